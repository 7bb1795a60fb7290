package se.samordna.comparison;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.Money;

/**
 * The national comparison on its own (with the modules it depends on): an association's key figures come from its
 * plan only once it has chosen to take part, and one association is never shown as an aggregate.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class ComparisonModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    NationalComparison comparison;
    @Autowired
    Associations associations;
    @Autowired
    Plans plans;

    @Test
    void anAssociationsFiguresAreComparedOnlyOnceItTakesPart() throws Exception {
        ModuleTestDatabase.as("forbundschef-test", () -> {
            Association association = associations.create("Testförbundet Jämförelse " + UUID.randomUUID().toString().substring(0, 6));
            plans.importFile(association.id(), Seeds.text("klaralvdalen-2025.yaml"), null);
            assertThat(comparison.figures()).extracting(KeyFigures::associationId).doesNotContain(association.id());

            associations.joinNationalComparison(association.id(), true);
            KeyFigures figures = comparison.figures().stream().filter(f -> f.associationId().equals(association.id())).findFirst().orElseThrow();
            assertThat(figures.year()).isEqualTo(2025);
            assertThat(figures.allocation()).isEqualTo(Money.ofKronor(2_560_000));
            assertThat(NationalComparison.aggregates(List.of(figures), 3)).noneMatch(NationalComparison.Aggregate::shown);
        });
    }
}
