package se.samordna.plan.rules;

import se.samordna.plan.CostCategory;
import se.samordna.plan.LineType;
import se.samordna.plan.Plan;
import se.samordna.plan.Initiative;

import java.util.ArrayList;
import java.util.List;

/** Changes of a plan as new immutable plans. */
public final class PlanEdits {

    static final String GRANTS_GROUP = "Beviljade insatser";

    private PlanEdits() {
    }

    /**
     * Makes the budget carry a grant: the line that funds the initiative (linked by its id) gets the granted amount in every
     * budget year the grant covers; without such a line, one is added to the first group of the
     * initiative's category (or to a new group of granted initiatives).
     */
    public static Plan applyGrant(Plan plan, Initiative initiative) {
        Plan.Budget budget = plan.budget();
        java.util.SortedMap<Integer, se.samordna.shared.Money> granted = new java.util.TreeMap<>(initiative.granted());
        granted.keySet().retainAll(budget.years().stream().map(Plan.BudgetYear::year).toList());
        if (granted.isEmpty()) {
            return plan;
        }
        List<Plan.LineGroup> groups = new ArrayList<>(budget.groups());
        for (int g = 0; g < groups.size(); g++) {
            List<Plan.BudgetLine> lines = groups.get(g).lines();
            for (int l = 0; l < lines.size(); l++) {
                Plan.BudgetLine line = lines.get(l);
                if (plan.funds(line, initiative)) {
                    java.util.SortedMap<Integer, se.samordna.shared.Money> amounts = new java.util.TreeMap<>(line.amounts());
                    amounts.putAll(granted);
                    return replaceLine(plan, g, l, line.withAmounts(amounts).withInitiative(initiative.id()));
                }
            }
        }
        CostCategory category = initiative.kind().category();
        Plan.BudgetLine line = new Plan.BudgetLine(null, initiative.name(), LineType.COST, category, initiative.id(), granted);
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).type() == LineType.COST && groups.get(g).category() == category) {
                return addLine(plan, g, line);
            }
        }
        groups.add(new Plan.LineGroup(GRANTS_GROUP, LineType.COST, category, List.of(line), new java.util.TreeMap<>()));
        return plan.withBudget(budget.withGroups(List.copyOf(groups))).withLineIds();
    }

    public static Plan addLine(Plan plan, int groupIndex, Plan.BudgetLine line) {
        return withLines(plan, groupIndex, lines -> lines.add(line));
    }

    public static Plan removeLine(Plan plan, int groupIndex, int lineIndex) {
        return withLines(plan, groupIndex, lines -> lines.remove(lineIndex));
    }

    public static Plan replaceLine(Plan plan, int groupIndex, int lineIndex, Plan.BudgetLine line) {
        return withLines(plan, groupIndex, lines -> lines.set(lineIndex, line));
    }

    private static Plan withLines(Plan plan, int groupIndex, java.util.function.Consumer<List<Plan.BudgetLine>> change) {
        Plan.Budget budget = plan.budget();
        List<Plan.LineGroup> groups = new ArrayList<>(budget.groups());
        Plan.LineGroup group = groups.get(groupIndex);
        List<Plan.BudgetLine> lines = new ArrayList<>(group.lines());
        change.accept(lines);
        groups.set(groupIndex, new Plan.LineGroup(group.name(), group.type(), group.category(), List.copyOf(lines), group.stated()));
        return plan.withBudget(budget.withGroups(List.copyOf(groups))).withLineIds();
    }
}
