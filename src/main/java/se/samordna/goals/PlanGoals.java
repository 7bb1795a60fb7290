package se.samordna.goals;

import se.samordna.shared.ActivityId;
import se.samordna.shared.ActivityPlanId;
import se.samordna.shared.NodeId;
import se.samordna.shared.GoalId;
import se.samordna.shared.AssociationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.Goal;
import se.samordna.plan.GoalEdits;
import se.samordna.plan.TheoryOfChange;

/**
 * The changes to what the plan steers by, one method per change, used by the pages and the API alike: each is one
 * save of the plan from the version the person started from, with one wording in the audit log.
 */
@Service
public class PlanGoals {

    private final Plans plans;

    PlanGoals(Plans plans) {
        this.plans = plans;
    }

    public StoredPlan addGoal(AssociationId associationId, long version, String title, int year, String area, String node) {
        return plans.change(associationId, version, p -> GoalEdits.addGoal(p, title, year, area, NodeId.of(node)), "goal", title, "added",
                Map.of("title", title, "year", year));
    }

    public StoredPlan addIndicator(AssociationId associationId, long version, String goalId, String name, Goal.Source source, String sourceText,
                                   Goal.Target target, String unit) {
        return plans.change(associationId, version, p -> GoalEdits.addIndicator(p, GoalId.of(goalId), name, source, sourceText, target, unit),
                "goal", goalId, "indicator-added", Map.of("name", String.valueOf(name)));
    }

    public StoredPlan addArea(AssociationId associationId, long version, String area) {
        return plans.change(associationId, version, p -> GoalEdits.addArea(p, area), "target-area", area, "added", Map.of("area", area));
    }

    public StoredPlan removeArea(AssociationId associationId, long version, String area) {
        return plans.change(associationId, version, p -> GoalEdits.removeArea(p, area), "target-area", area, "removed", Map.of("area", area));
    }

    public StoredPlan addNode(AssociationId associationId, long version, TheoryOfChange.Level level, String row, String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level == null ? null : level.name());
        details.put("row", row);
        details.put("text", text);
        return plans.change(associationId, version, p -> GoalEdits.addNode(p, level, row, text), "theory-of-change", "node", "added", details);
    }

    public StoredPlan removeNode(AssociationId associationId, long version, String node) {
        return plans.change(associationId, version, p -> GoalEdits.removeNode(p, NodeId.of(node)), "theory-of-change", node, "removed", Map.of());
    }

    public StoredPlan addEdge(AssociationId associationId, long version, String from, String to) {
        return plans.change(associationId, version, p -> GoalEdits.addEdge(p, NodeId.of(from), NodeId.of(to)), "theory-of-change", from + "->" + to,
                "arrow-added", Map.of());
    }

    public StoredPlan removeEdge(AssociationId associationId, long version, String from, String to) {
        return plans.change(associationId, version, p -> GoalEdits.removeEdge(p, NodeId.of(from), NodeId.of(to)), "theory-of-change", from + "->" + to,
                "arrow-removed", Map.of());
    }

    public StoredPlan markActivity(AssociationId associationId, long version, String planId, String activityId, boolean done) {
        return plans.change(associationId, version, p -> GoalEdits.markActivity(p, ActivityPlanId.of(planId), ActivityId.of(activityId), done), "activity",
                planId + "/" + activityId, done ? "done" : "not-done", Map.of());
    }
}
