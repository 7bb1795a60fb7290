package se.samordna.initiative;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

/**
 * What an initiative keeps beside the plan, on its own (with the modules it depends on: plan, association, identity, audit): a
 * year's outcome is kept in öre per initiative and year, changed in place, and a negative outcome is refused.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class InitiativeModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    InitiativeRecords records;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearsOutcomeIsKeptPerInitiativeAndChangedInPlace() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Utfall");
        ModuleTestDatabase.as("forbundschef-test", () -> {
            plans.importFile(AssociationId.of(id), Seeds.text("klaralvdalen-2025.yaml"), null);
            records.recordOutcome(AssociationId.of(id), "modus-munkfors", 2025, Money.ofKronor(310_500));
            records.recordOutcome(AssociationId.of(id), "modus-munkfors", 2025, Money.ofKronor(322_750));
            assertThat(records.outcomes(AssociationId.of(id), "modus-munkfors")).isEqualTo(Map.of(2025, Money.ofKronor(322_750)));
            assertThatThrownBy(() -> records.recordOutcome(AssociationId.of(id), "modus-munkfors", 2025, Money.ofKronor(-1)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(records.outcomes(AssociationId.of(id), "modus-munkfors")).containsEntry(2025, Money.ofKronor(322_750));
        });
    }
}
