package se.samordna.goals;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.Goal;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.ConflictException;

/**
 * What the plan steers by, changed on its own (with the modules it depends on: the plan it lives in, follow-up): a target area and a goal in it are added from
 * the version the director read, and a change from a version someone else has since changed in the same part is refused.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class GoalsModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    PlanGoals goals;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTargetAreaAndAGoalAreAddedFromTheVersionReadAndAStaleChangeIsRefused() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Mål");
        ModuleTestDatabase.as("forbundschef-test", () -> {
            StoredPlan imported = plans.importFile(AssociationId.of(id), Seeds.text("klaralvdalen-2025.yaml"), null);
            StoredPlan withArea = goals.addArea(AssociationId.of(id), imported.version(), "Unga vuxna i arbete");
            StoredPlan withGoal = goals.addGoal(AssociationId.of(id), withArea.version(), "Fler unga vuxna i arbete eller studier", 2025, "Unga vuxna i arbete", null);
            assertThat(withGoal.plan().goals().areas()).contains("Unga vuxna i arbete");
            assertThat(withGoal.plan().goals().goals()).extracting(Goal::title, Goal::area)
                    .contains(org.assertj.core.groups.Tuple.tuple("Fler unga vuxna i arbete eller studier", "Unga vuxna i arbete"));
            assertThatThrownBy(() -> goals.addArea(AssociationId.of(id), imported.version(), "Ett annat område"))
                    .as("the areas changed since that version").isInstanceOf(ConflictException.class);
        });
    }
}
