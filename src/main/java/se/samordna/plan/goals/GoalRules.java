package se.samordna.plan.goals;

import java.math.BigDecimal;
import java.util.Map;

/** The rules of goals and the theory of change, with the Swedish sentence that names what is wrong. */
public final class GoalRules {

    private GoalRules() {
    }

    /** An arrow must run forward through the levels: from activities towards long-term effects. */
    public static String edgeProblem(Map<String, TheoryOfChange.Node> nodes, TheoryOfChange.Edge edge) {
        TheoryOfChange.Node from = nodes.get(edge.from());
        TheoryOfChange.Node to = nodes.get(edge.to());
        if (from == null || to == null) {
            return "Pilen går mellan noder som inte finns (" + edge.from() + " → " + edge.to() + ").";
        }
        if (from.level().ordinal() >= to.level().ordinal()) {
            return "Pilen från '" + from.text() + "' (" + levelName(from.level()) + ") till '" + to.text() + "' ("
                    + levelName(to.level()) + ") går bakåt genom nivåerna; pilar går från aktiviteter mot långsiktiga effekter.";
        }
        return null;
    }

    public static String targetProblem(Goal.Target target) {
        if (target.kind() == null) {
            return null;
        }
        return switch (target.kind()) {
            case NUMBER -> target.value() == null ? "Ett mål i antal ska ha ett värde (value)." : null;
            case SHARE -> target.value() == null || target.value().signum() < 0 || target.value().compareTo(BigDecimal.valueOf(100)) > 0
                    ? "Ett mål i andel ska ha ett värde mellan 0 och 100 (procent)." : null;
            case DATE -> target.date() == null ? "Ett datummål ska ha ett datum (date, ÅÅÅÅ-MM-DD)." : null;
            case YES_NO, TEXT -> null;
        };
    }

    /** A computed indicator needs a target of the kind its computation gives. */
    public static String computationProblem(Goal.Computation computation, Goal.Target target, String activityPlan, Integer nnsIndicator) {
        if (computation == Goal.Computation.SURVEY_AGREEMENT) {
            if (target == null || target.kind() != Goal.Target.Kind.SHARE) {
                return "Andelen som instämmer är en andel: indikatorn ska ha ett mål av slaget SHARE.";
            }
            return nnsIndicator == null || nnsIndicator < 1 || nnsIndicator > 15 ? "Ange vilken NNS-indikator (1–15) andelen räknas på." : null;
        }
        return computationProblem(computation, target, activityPlan);
    }

    public static String computationProblem(Goal.Computation computation, Goal.Target target, String activityPlan) {
        if (computation == null) {
            return null;
        }
        Goal.Target.Kind kind = target == null ? null : target.kind();
        return switch (computation) {
            case ADMIN_SHARE -> kind == Goal.Target.Kind.SHARE ? null
                    : "Administrationens andel är en andel: indikatorn ska ha ett mål av slaget SHARE.";
            case ACTIVITIES_DONE -> kind != Goal.Target.Kind.SHARE ? "Andelen genomförda aktiviteter ska ha ett mål av slaget SHARE."
                    : activityPlan == null ? "Ange vilken aktivitetsplan (activityPlan) andelen räknas på." : null;
            case EQUITY_SPENT, BUDGET_BALANCED -> kind == Goal.Target.Kind.YES_NO || kind == Goal.Target.Kind.DATE ? null
                    : "Indikatorn blir ja eller nej: målet ska vara av slaget YES_NO eller DATE.";
            case SURVEY_AGREEMENT -> kind == Goal.Target.Kind.SHARE ? null : "Andelen som instämmer ska ha ett mål av slaget SHARE.";
            case EXIT_OUTCOME_SHARE, STEP_MOVEMENT_SHARE -> kind == Goal.Target.Kind.SHARE ? null
                    : "Andelen av årets avslut räknas i procent: indikatorn ska ha ett mål av slaget SHARE.";
            case SUPPORT_SHARE -> kind == Goal.Target.Kind.SHARE || kind == Goal.Target.Kind.TEXT ? null
                    : "Andelen med offentlig försörjning är en andel: målet ska vara av slaget SHARE eller en beskrivning (TEXT).";
        };
    }

    public static String levelName(TheoryOfChange.Level level) {
        return switch (level) {
            case ACTIVITY -> "aktivitet";
            case OUTPUT -> "prestation";
            case SHORT_TERM -> "resultat på kort sikt";
            case MEDIUM_TERM -> "resultat på medellång sikt";
            case EFFECT -> "effekt";
            case LONG_TERM -> "långsiktig samhällseffekt";
        };
    }
}
