package se.samordna.plan;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.plan.rules.PlanChecks;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.Money;

/**
 * The plan module on its own (with the platform's database and the audit log it writes to): a plan is stored, changed
 * from the version it was read in, and checked, without the pages or any other module.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class PlanModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlanIsStoredChangedFromItsVersionAndChecked() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Plan");
        ModuleTestDatabase.as("module-test", () -> {
            StoredPlan stored = plans.importFile(AssociationId.of(id), Seeds.text("sodra-dalarna-2025.yaml"), null);
            List<Finding> findings = PlanChecks.check(stored.plan());
            assertThat(findings).extracting(Finding::code).contains("FUNDS_EXCEEDED");

            StoredPlan changed = plans.changeAmount(AssociationId.of(id), 0, 0, 2025, Money.ofTkr(29), stored.version());
            assertThat(changed.version()).isGreaterThan(stored.version());
            assertThat(PlanChecks.check(changed.plan())).extracting(Finding::code).doesNotContain("FUNDS_EXCEEDED");
        });
    }
}
