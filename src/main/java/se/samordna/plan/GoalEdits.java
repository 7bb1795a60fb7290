package se.samordna.plan;

import se.samordna.shared.ActivityId;
import se.samordna.shared.ActivityPlanId;
import se.samordna.shared.NodeId;
import se.samordna.shared.GoalId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/** Changes of the theory of change and the activity plans, refusing what breaks their rules. */
public final class GoalEdits {

    private GoalEdits() {
    }

    public static Plan addNode(Plan plan, TheoryOfChange.Level level, String row, String text) {
        TheoryOfChange toc = plan.goals().theoryOfChange();
        if (level == null) {
            throw new InvalidInputException(Text.of("place.niva"), Text.of("error.valjNiva"));
        }
        if (text == null || text.isBlank() || text.length() > 300) {
            throw new InvalidInputException(Text.of("place.text"), Text.of("error.skrivNodensTextHogst300"));
        }
        if (row == null || row.isBlank() || row.length() > 100) {
            throw new InvalidInputException(Text.of("place.rad"), Text.of("error.angeMalgruppenRadenSomNoden"));
        }
        List<String> rows = new ArrayList<>(toc.rows());
        if (!rows.contains(row.trim())) {
            rows.add(row.trim());
        }
        int n = toc.nodes().size() + 1;
        String id = "n" + n;
        while (toc.node(id).isPresent()) {
            id = "n" + (++n);
        }
        List<TheoryOfChange.Node> nodes = new ArrayList<>(toc.nodes());
        nodes.add(new TheoryOfChange.Node(id, level, row.trim(), text.trim()));
        return with(plan, toc.with(rows, nodes, toc.edges()));
    }

    public static Plan addEdge(Plan plan, NodeId from, NodeId to) {
        TheoryOfChange toc = plan.goals().theoryOfChange();
        Map<String, TheoryOfChange.Node> byId = new HashMap<>();
        toc.nodes().forEach(n -> byId.put(n.id(), n));
        TheoryOfChange.Edge edge = new TheoryOfChange.Edge(text(from), text(to));
        Text problem = GoalRules.edgeProblem(byId, edge);
        if (problem != null) {
            throw new InvalidInputException(Text.of("place.pil"), problem);
        }
        if (toc.edges().contains(edge)) {
            throw new InvalidInputException(Text.of("place.pil"), Text.of("error.pilenFinnsRedan"));
        }
        List<TheoryOfChange.Edge> edges = new ArrayList<>(toc.edges());
        edges.add(edge);
        return with(plan, toc.with(toc.rows(), toc.nodes(), edges));
    }

    public static Plan removeEdge(Plan plan, NodeId from, NodeId to) {
        TheoryOfChange toc = plan.goals().theoryOfChange();
        List<TheoryOfChange.Edge> edges = new ArrayList<>(toc.edges());
        if (!edges.remove(new TheoryOfChange.Edge(text(from), text(to)))) {
            throw new NotFoundException(Text.of("error.pilenFinnsInte"));
        }
        return with(plan, toc.with(toc.rows(), toc.nodes(), edges));
    }

    /** Removes a node with its arrows; a node that a goal is tied to cannot be removed. */
    public static Plan removeNode(Plan plan, NodeId id) {
        TheoryOfChange toc = plan.goals().theoryOfChange();
        if (toc.node(text(id)).isEmpty()) {
            throw new NotFoundException(Text.of("error.nodenFinnsInte"));
        }
        plan.goals().goals().stream().filter(g -> text(id) != null && text(id).equals(g.node())).findFirst().ifPresent(g -> {
            throw new InvalidInputException(Text.of("place.nod"), Text.of("error.maletArKnutetTillNoden", g.title()));
        });
        List<TheoryOfChange.Node> nodes = toc.nodes().stream().filter(n -> !n.id().equals(text(id))).toList();
        List<TheoryOfChange.Edge> edges = toc.edges().stream().filter(e -> !e.from().equals(text(id)) && !e.to().equals(text(id))).toList();
        return with(plan, toc.with(toc.rows(), nodes, edges));
    }

    /** Adds a target area (målområde) the association's goals can be tied to. */
    public static Plan addArea(Plan plan, String area) {
        String a = area == null ? "" : area.trim();
        if (a.isEmpty() || a.length() > 200) {
            throw new InvalidInputException(Text.of("place.malomrade"), Text.of("error.skrivMalomradetsNamnHogst200"));
        }
        if (plan.goals().areas().contains(a)) {
            throw new InvalidInputException(Text.of("place.malomrade"), Text.of("error.malomradetFinnsRedan", a));
        }
        List<String> areas = new ArrayList<>(plan.goals().areas());
        areas.add(a);
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(areas, g.theoryOfChange(), g.goals(), g.activityPlans()));
    }

    /** Removes a target area; one that a goal is tied to cannot be removed. */
    public static Plan removeArea(Plan plan, String area) {
        if (!plan.goals().areas().contains(area)) {
            throw new NotFoundException(Text.of("error.malomradetFinnsInte"));
        }
        plan.goals().goals().stream().filter(g -> area.equals(g.area())).findFirst().ifPresent(g -> {
            throw new InvalidInputException(Text.of("place.malomrade"), Text.of("error.maletHorTillMalomradetFlytta", g.title()));
        });
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(g.areas().stream().filter(a -> !a.equals(area)).toList(), g.theoryOfChange(), g.goals(),
                g.activityPlans()));
    }

    /** Adds a goal for a year, tied to a target area or a node of the theory of change. */
    public static Plan addGoal(Plan plan, String title, int year, String area, NodeId node) {
        if (title == null || title.isBlank() || title.length() > 500) {
            throw new InvalidInputException(Text.of("place.mal"), Text.of("error.skrivMaletHogst500Tecken"));
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretLiggerUtanfor20002100", year));
        }
        String a = area == null || area.isBlank() ? null : area.trim();
        String n = node == null || node.value().isBlank() ? null : node.value().trim();
        if (a != null && !plan.goals().areas().contains(a)) {
            throw new InvalidInputException(Text.of("place.malomrade"), Text.of("error.malomradetFinnsInteBlandForbundets", a, plan.goals().areas()));
        }
        if (n != null && plan.goals().theoryOfChange().node(n).isEmpty()) {
            throw new InvalidInputException(Text.of("place.nod"), Text.of("error.nodenFinnsInteIForandringsteorin", n));
        }
        List<Goal> goals = new ArrayList<>(plan.goals().goals());
        int k = goals.size() + 1;
        String id = "mal-" + k;
        while (hasGoal(goals, id)) {
            id = "mal-" + (++k);
        }
        goals.add(new Goal(id, title.trim(), year, a, n, null, List.of()));
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(g.areas(), g.theoryOfChange(), goals, g.activityPlans()));
    }

    /** Adds an indicator to a goal; the target must fit its kind. */
    public static Plan addIndicator(Plan plan, GoalId goalId, String name, Goal.Source source, String sourceText, Goal.Target target,
                                    String unit) {
        if (name == null || name.isBlank() || name.length() > 500) {
            throw new InvalidInputException(Text.of("place.indikator"), Text.of("error.skrivVadSomMatsHogst"));
        }
        if (target != null) {
            Text problem = GoalRules.targetProblem(target);
            if (problem != null) {
                throw new InvalidInputException(Text.of("place.malvarde"), problem);
            }
        }
        List<Goal> goals = new ArrayList<>();
        boolean found = false;
        for (Goal goal : plan.goals().goals()) {
            if (goalId != null && goal.id().equals(goalId.value())) {
                found = true;
                List<Goal.Indicator> indicators = new ArrayList<>(goal.indicators());
                int k = indicators.size() + 1;
                String id = goal.id() + "-" + k;
                while (hasIndicator(indicators, id)) {
                    id = goal.id() + "-" + (++k);
                }
                indicators.add(new Goal.Indicator(id, name.trim(), source == null ? Goal.Source.OTHER : source, sourceText, target, unit, null, null));
                goals.add(new Goal(goal.id(), goal.title(), goal.year(), goal.area(), goal.node(), goal.initiative(), indicators));
            } else {
                goals.add(goal);
            }
        }
        if (!found) {
            throw new NotFoundException(Text.of("error.maletFinnsInte"));
        }
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(g.areas(), g.theoryOfChange(), goals, g.activityPlans()));
    }

    private static boolean hasGoal(List<Goal> goals, String id) {
        return goals.stream().anyMatch(g -> g.id().equals(id));
    }

    private static boolean hasIndicator(List<Goal.Indicator> indicators, String id) {
        return indicators.stream().anyMatch(i -> i.id().equals(id));
    }

    public static Plan markActivity(Plan plan, ActivityPlanId activityPlanId, ActivityId activityId, boolean done) {
        List<ActivityPlan> plans = new ArrayList<>();
        boolean found = false;
        for (ActivityPlan p : plan.goals().activityPlans()) {
            if (activityPlanId != null && p.id().equals(activityPlanId.value())) {
                List<ActivityPlan.Activity> activities = new ArrayList<>();
                for (ActivityPlan.Activity a : p.activities()) {
                    if (activityId != null && a.id().equals(activityId.value())) {
                        found = true;
                        activities.add(new ActivityPlan.Activity(a.id(), a.title(), a.date(), done));
                    } else {
                        activities.add(a);
                    }
                }
                plans.add(new ActivityPlan(p.id(), p.name(), p.year(), activities));
            } else {
                plans.add(p);
            }
        }
        if (!found) {
            throw new NotFoundException(Text.of("error.aktivitetenFinnsInte"));
        }
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(g.areas(), g.theoryOfChange(), g.goals(), plans));
    }

    private static Plan with(Plan plan, TheoryOfChange toc) {
        Plan.Goals g = plan.goals();
        return plan.withGoals(new Plan.Goals(g.areas(), toc, g.goals(), g.activityPlans()));
    }

    /** A node's id as the theory of change keeps it; none for none (a form that named no box). */
    private static String text(NodeId id) {
        return id == null ? null : id.value();
    }
}
