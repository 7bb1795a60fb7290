package se.samordna.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import se.samordna.shared.Money;

/** The database's form of a plan: its own records with amounts in öre, read back to exactly the plan that was stored. */
class StoredFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml",
            "sodra-dalarna-2025.yaml", "vasterbergslagen-2025.yaml"})
    void everySeedReadsBackAsTheSamePlanFromItsStoredFormAndFromTheFormerFileForm(String seed) {
        Plan plan = Seeds.plan(seed);
        assertThat(StoredForm.read(StoredForm.write(plan))).isEqualTo(plan);
        assertThat(StoredForm.read(PlanFiles.writeJson(plan))).as("stored by an earlier release").isEqualTo(plan);
        assertThat(StoredForm.read(StoredForm.write(RollForward.of(plan, null)))).isEqualTo(RollForward.of(plan, null));
    }

    @Test
    void amountsAreKeptInOreWhateverUnitThePlanIsWrittenIn() {
        Plan ornskoldsvik = Seeds.plan("ornskoldsvik-2025.yaml");
        assertThat(ornskoldsvik.budget().unit()).isEqualTo("tkr");
        String stored = StoredForm.write(ornskoldsvik);
        // Region Västernorrland's contribution, 1 231 tkr in the file, is 123 100 000 öre in the database.
        assertThat(stored).contains("\"storedForm\":1").contains("\"amounts\":{\"2025\":123100000,");
        Plan back = StoredForm.read(stored);
        Plan.BudgetLine region = back.budget().groups().get(0).lines().get(0);
        assertThat(region.name()).isEqualTo("Region Västernorrland");
        assertThat(region.amount(2025)).isEqualTo(Money.ofKronor(1_231_000));
        assertThat(region.id()).isEqualTo(ornskoldsvik.budget().groups().get(0).lines().get(0).id());
    }

    @Test
    void aPlanReadFromTheDatabaseCannotBeChangedInPlaceSoOneReadPlanCanBeShared() {
        Plan back = StoredForm.read(StoredForm.write(Seeds.plan("klaralvdalen-2025.yaml")));
        List<Plan.BudgetLine> lines = back.budget().groups().get(0).lines();
        assertThatThrownBy(() -> lines.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lines.get(0).amounts().put(2030, Money.ZERO)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> back.initiatives().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFormThisReleaseDoesNotKnowIsRefusedWithItsNumberNotMisread() {
        String later = StoredForm.write(Seeds.plan("klaralvdalen-2025.yaml")).replace("\"storedForm\":1", "\"storedForm\":7");
        assertThatThrownBy(() -> StoredForm.read(later)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("form 7");
        assertThat(StoredForm.isCurrent(later)).isFalse();
        assertThat(StoredForm.isCurrent(PlanFiles.writeJson(Seeds.plan("klaralvdalen-2025.yaml")))).isFalse();
    }
}
