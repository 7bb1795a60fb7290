package se.samordna.plan;

import java.math.BigDecimal;
import java.util.Map;

import se.samordna.shared.Text;

/** The rules of goals and the theory of change, each with the sentence from the bundles ({@code goal.rule.*}) that names what is wrong. */
public final class GoalRules {

    private GoalRules() {
    }

    /** An arrow must run forward through the levels: from activities towards long-term effects. */
    public static Text edgeProblem(Map<String, TheoryOfChange.Node> nodes, TheoryOfChange.Edge edge) {
        TheoryOfChange.Node from = nodes.get(edge.from());
        TheoryOfChange.Node to = nodes.get(edge.to());
        if (from == null || to == null) {
            return Text.of("goal.rule.arrowNodesMissing", edge.from(), edge.to());
        }
        if (from.level().ordinal() >= to.level().ordinal()) {
            return Text.of("goal.rule.arrowBackwards", from.text(), level(from.level()), to.text(), level(to.level()));
        }
        return null;
    }

    public static Text targetProblem(Goal.Target target) {
        if (target.kind() == null) {
            return null;
        }
        return switch (target.kind()) {
            case NUMBER -> target.value() == null ? Text.of("goal.rule.numberNeedsValue") : null;
            case SHARE -> target.value() == null || target.value().signum() < 0 || target.value().compareTo(BigDecimal.valueOf(100)) > 0
                    ? Text.of("goal.rule.shareNeedsValue") : null;
            case DATE -> target.date() == null ? Text.of("goal.rule.dateNeedsDate") : null;
            case YES_NO, TEXT -> null;
        };
    }

    /** A computed indicator needs a target of the kind its computation gives. */
    public static Text computationProblem(Goal.Computation computation, Goal.Target target, String activityPlan, Integer nnsIndicator) {
        if (computation == Goal.Computation.SURVEY_AGREEMENT) {
            if (target == null || target.kind() != Goal.Target.Kind.SHARE) {
                return Text.of("goal.rule.surveyShare");
            }
            return nnsIndicator == null || nnsIndicator < 1 || nnsIndicator > 15 ? Text.of("goal.rule.nnsIndicator") : null;
        }
        return computationProblem(computation, target, activityPlan);
    }

    public static Text computationProblem(Goal.Computation computation, Goal.Target target, String activityPlan) {
        if (computation == null) {
            return null;
        }
        Goal.Target.Kind kind = target == null ? null : target.kind();
        return switch (computation) {
            case ADMIN_SHARE -> kind == Goal.Target.Kind.SHARE ? null
                    : Text.of("goal.rule.adminShare");
            case ACTIVITIES_DONE -> kind != Goal.Target.Kind.SHARE ? Text.of("goal.rule.activitiesShare")
                    : activityPlan == null ? Text.of("goal.rule.activityPlan") : null;
            case EQUITY_SPENT, BUDGET_BALANCED -> kind == Goal.Target.Kind.YES_NO || kind == Goal.Target.Kind.DATE ? null
                    : Text.of("goal.rule.yesNo");
            case SURVEY_AGREEMENT -> kind == Goal.Target.Kind.SHARE ? null : Text.of("goal.rule.surveyShareTarget");
            case EXIT_OUTCOME_SHARE, STEP_MOVEMENT_SHARE -> kind == Goal.Target.Kind.SHARE ? null
                    : Text.of("goal.rule.exitShare");
            case SUPPORT_SHARE -> kind == Goal.Target.Kind.SHARE || kind == Goal.Target.Kind.TEXT ? null
                    : Text.of("goal.rule.supportShare");
        };
    }

    /** A level's name in any language ({@code goal.level.*}). */
    public static Text level(TheoryOfChange.Level level) {
        return Text.of("goal.level." + level.name());
    }

    /** A level's name in Swedish, as the plan document's picture prints it. */
    public static String levelName(TheoryOfChange.Level level) {
        return Text.of("goal.level." + level.name()).swedish();
    }
}
