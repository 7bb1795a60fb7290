package se.samordna.plan.file;

import se.samordna.plan.Plan;
import se.samordna.plan.Goal;
import se.samordna.plan.TheoryOfChange;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes what the plan steers by: target areas, the theory of change, goals and activity plans. */
final class GoalsFileWriter {

    private GoalsFileWriter() {
    }

    static void goals(Plan.Goals goals, Map<String, Object> root) {
        if (!goals.areas().isEmpty()) {
            root.put("areas", goals.areas());
        }
        TheoryOfChange toc = goals.theoryOfChange();
        if (!toc.nodes().isEmpty() || !toc.rows().isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            FileValues.putIfSet(t, "period", toc.period());
            FileValues.putIfSet(t, "reading", toc.reading());
            t.put("rows", toc.rows());
            t.putAll(theoryOfChangeTree(toc));
            root.put("theoryOfChange", t);
        }
        if (!goals.goals().isEmpty()) {
            root.put("goals", goals.goals().stream().map(g -> {
                Map<String, Object> goal = new LinkedHashMap<>();
                goal.put("id", g.id());
                goal.put("title", g.title());
                goal.put("year", g.year());
                FileValues.putIfSet(goal, "area", g.area());
                FileValues.putIfSet(goal, "node", g.node());
                FileValues.putIfSet(goal, "initiative", g.initiative());
                goal.put("indicators", g.indicators().stream().map(GoalsFileWriter::indicator).toList());
                return goal;
            }).toList());
        }
        if (!goals.activityPlans().isEmpty()) {
            root.put("activityPlans", goals.activityPlans().stream().map(a -> {
                Map<String, Object> plan = new LinkedHashMap<>();
                plan.put("id", a.id());
                plan.put("name", a.name());
                plan.put("year", a.year());
                plan.put("activities", a.activities().stream().map(x -> {
                    Map<String, Object> activity = new LinkedHashMap<>();
                    activity.put("id", x.id());
                    activity.put("title", x.title());
                    FileValues.putIfSet(activity, "date", x.date() == null ? null : x.date().toString());
                    activity.put("done", x.done());
                    return activity;
                }).toList());
                return plan;
            }).toList());
        }
    }

    private static Map<String, Object> indicator(Goal.Indicator i) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", i.id());
        indicator.put("name", i.name());
        indicator.put("source", i.source().name());
        FileValues.putIfSet(indicator, "sourceText", i.sourceText());
        if (i.target() != null) {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("kind", i.target().kind().name());
            if (i.target().kind() == Goal.Target.Kind.NUMBER || i.target().kind() == Goal.Target.Kind.SHARE) {
                target.put("comparison", i.target().comparison().name());
            }
            FileValues.putIfSet(target, "value", i.target().value());
            FileValues.putIfSet(target, "date", i.target().date() == null ? null : i.target().date().toString());
            FileValues.putIfSet(target, "text", i.target().text());
            if (i.target().assumed()) {
                target.put("assumed", true);
            }
            indicator.put("target", target);
        }
        FileValues.putIfSet(indicator, "unit", i.unit());
        FileValues.putIfSet(indicator, "computed", i.computed() == null ? null : i.computed().name());
        FileValues.putIfSet(indicator, "activityPlan", i.activityPlan());
        FileValues.putIfSet(indicator, "nnsIndicator", i.nnsIndicator());
        FileValues.putIfSet(indicator, "respondentGroup", i.respondentGroup());
        return indicator;
    }


    /** The theory of change's nodes and arrows as the plan file writes them (also what {@code plan goals --json} prints). */
    public static Map<String, Object> theoryOfChangeTree(TheoryOfChange toc) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("nodes", toc.nodes().stream().map(n -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("level", n.level().name());
            node.put("row", n.row());
            node.put("text", n.text());
            return node;
        }).toList());
        tree.put("edges", toc.edges().stream().map(e -> Map.of("from", e.from(), "to", e.to())).toList());
        return tree;
    }
}
