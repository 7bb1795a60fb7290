package se.samordna.plan.file;

import se.samordna.plan.Plan;
import se.samordna.plan.ActivityPlan;
import se.samordna.plan.Goal;
import se.samordna.plan.GoalRules;
import se.samordna.plan.TheoryOfChange;
import se.samordna.plan.Initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samordna.shared.Text;
import tools.jackson.databind.JsonNode;

/** Reads what the plan steers by: target areas, the theory of change, goals with indicators, activity plans. */
final class GoalsFileReader extends FileNodes {

GoalsFileReader(FileNodes file) {
    super(file);
}

    Plan.Goals goals(JsonNode root, List<Initiative> initiatives) {
        List<String> areas = list(root.get("areas"), "/areas", this::scalar);
        TheoryOfChange toc = TheoryOfChange.empty();
        JsonNode t = root.get("theoryOfChange");
        if (t != null && object(t, "/theoryOfChange")) {
            List<String> rows = list(t.get("rows"), "/theoryOfChange/rows", this::scalar);
            List<TheoryOfChange.Node> nodes = list(t.get("nodes"), "/theoryOfChange/nodes", (n, p) -> {
                if (!object(n, p)) {
                    return null;
                }
                String row = text(n, p, "row", true);
                if (row != null && !rows.contains(row)) {
                    fail(p + "/row", Text.of("file.radenFinnsInteBlandForandringsteorins", row, rows));
                }
                return new TheoryOfChange.Node(text(n, p, "id", true), enumValue(n.get("level"), p + "/level", TheoryOfChange.Level.class, true),
                        row, text(n, p, "text", true));
            });
            java.util.Map<String, TheoryOfChange.Node> byId = new java.util.HashMap<>();
            nodes.forEach(n -> {
                if (n.id() != null && byId.put(n.id(), n) != null) {
                    fail("/theoryOfChange/nodes", Text.of("file.tvaNoderHarId", n.id()));
                }
            });
            List<TheoryOfChange.Edge> edges = list(t.get("edges"), "/theoryOfChange/edges", (n, p) -> {
                if (!object(n, p)) {
                    return null;
                }
                TheoryOfChange.Edge edge = new TheoryOfChange.Edge(text(n, p, "from", true), text(n, p, "to", true));
                Text problem = GoalRules.edgeProblem(byId, edge);
                if (problem != null) {
                    fail(p, problem);
                }
                return edge;
            });
            String reading = text(t, "/theoryOfChange", "reading", false);
            if (reading != null && reading.length() > 2000) {
                fail("/theoryOfChange/reading", Text.of("file.quoteTooLong", 2000));
            }
            toc = new TheoryOfChange(text(t, "/theoryOfChange", "period", false), rows, nodes, edges, reading);
        }
        List<ActivityPlan> activityPlans = list(root.get("activityPlans"), "/activityPlans", (n, p) -> {
            if (!object(n, p)) {
                return null;
            }
            Integer year = year(n.get("year"), p + "/year");
            List<ActivityPlan.Activity> activities = list(n.get("activities"), p + "/activities", (a, ap) -> object(a, ap)
                    ? new ActivityPlan.Activity(text(a, ap, "id", true), text(a, ap, "title", true), date(a.get("date"), ap + "/date"),
                    a.has("done") && a.get("done").asBoolean())
                    : null);
            return new ActivityPlan(text(n, p, "id", true), text(n, p, "name", true), year == null ? 0 : year, activities);
        });
        TheoryOfChange theory = toc;
        List<Goal> goals = list(root.get("goals"), "/goals", (n, p) -> goal(n, p, areas, theory, initiatives, activityPlans));
        return new Plan.Goals(areas, toc, goals, activityPlans);
    }

    Goal goal(JsonNode n, String p, List<String> areas, TheoryOfChange toc, List<Initiative> initiatives,
                      List<ActivityPlan> activityPlans) {
        if (!object(n, p)) {
            return null;
        }
        allowOnly(n, p, "id", "title", "year", "area", "node", "initiative", "indicators");
        String id = text(n, p, "id", true);
        String area = text(n, p, "area", false);
        if (area != null && !areas.contains(area)) {
            fail(p + "/area", Text.of("file.malomradetFinnsInteBlandForbundets", area, areas));
        }
        String node = text(n, p, "node", false);
        if (node != null && toc.node(node).isEmpty()) {
            fail(p + "/node", Text.of("file.nodenFinnsInteIForandringsteorin", node));
        }
        String initiative = text(n, p, "initiative", false);
        if (initiative != null && initiatives.stream().noneMatch(i -> i.id().equals(initiative))) {
            fail(p + "/initiative", Text.of("file.insatsenFinnsInteIPlanen", initiative));
        }
        Integer year = year(n.get("year"), p + "/year");
        List<Goal.Indicator> indicators = new ArrayList<>();
        JsonNode list = n.get("indicators");
        if (list != null && list.isArray()) {
            for (int k = 0; k < list.size(); k++) {
                Goal.Indicator indicator = indicator(list.get(k), p + "/indicators/" + k, id + "-" + (k + 1), activityPlans);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
        }
        return new Goal(id, text(n, p, "title", true), year == null ? 0 : year, area, node, initiative, List.copyOf(indicators));
    }

    Goal.Indicator indicator(JsonNode n, String p, String defaultId, List<ActivityPlan> activityPlans) {
        if (!object(n, p)) {
            return null;
        }
        allowOnly(n, p, "id", "name", "source", "sourceText", "target", "unit", "computed", "activityPlan", "nnsIndicator", "respondentGroup");
        Goal.Target target = null;
        JsonNode t = n.get("target");
        if (t != null && object(t, p + "/target")) {
            Goal.Target.Kind kind = enumValue(t.get("kind"), p + "/target/kind", Goal.Target.Kind.class, true);
            Goal.Target.Comparison comparison = t.has("comparison")
                    ? enumValue(t.get("comparison"), p + "/target/comparison", Goal.Target.Comparison.class, true) : Goal.Target.Comparison.AT_LEAST;
            BigDecimal value = t.has("value") ? number(t.get("value"), p + "/target/value", true) : null;
            LocalDate date = date(t.get("date"), p + "/target/date");
            boolean assumed = t.has("assumed") && t.get("assumed").asBoolean();
            target = new Goal.Target(kind, comparison, value, date, text(t, p + "/target", "text", false), assumed);
            Text problem = GoalRules.targetProblem(target);
            if (problem != null) {
                fail(p + "/target", problem);
            }
        }
        Goal.Computation computed = n.has("computed") ? enumValue(n.get("computed"), p + "/computed", Goal.Computation.class, true) : null;
        String plan = text(n, p, "activityPlan", false);
        if (plan != null && activityPlans.stream().noneMatch(a -> plan.equals(a.id()))) {
            fail(p + "/activityPlan", Text.of("file.aktivitetsplanenFinnsInteIPlanen", plan));
        }
        Integer nns = n.has("nnsIndicator") ? wholeNumber(n.get("nnsIndicator"), p + "/nnsIndicator") == null ? null
                : n.get("nnsIndicator").intValue() : null;
        String group = text(n, p, "respondentGroup", false);
        if (group != null && !java.util.Set.of("PARTICIPANTS_TWO_MONTHS", "PARTICIPANTS_EXIT", "STAFF", "PREPARATION_GROUP",
                "STEERING_GROUPS", "BOARD").contains(group)) {
            fail(p + "/respondentGroup", Text.of("file.okandSvarsgrupp", group));
        }
        Text problem = GoalRules.computationProblem(computed, target, plan, nns);
        if (problem != null) {
            fail(p + "/computed", problem);
        }
        return new Goal.Indicator(n.has("id") ? text(n, p, "id", true) : defaultId, text(n, p, "name", true),
                n.has("source") ? enumValue(n.get("source"), p + "/source", Goal.Source.class, true) : Goal.Source.OTHER,
                text(n, p, "sourceText", false), target, text(n, p, "unit", false), computed, plan, nns, group);
    }

}
