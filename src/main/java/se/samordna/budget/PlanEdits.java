package se.samordna.budget;

import java.util.ArrayList;
import java.util.List;

/** Changes of a plan as new immutable plans. */
final class PlanEdits {

    private PlanEdits() {
    }

    static Plan addLine(Plan plan, int groupIndex, Plan.BudgetLine line) {
        return withLines(plan, groupIndex, lines -> lines.add(line));
    }

    static Plan removeLine(Plan plan, int groupIndex, int lineIndex) {
        return withLines(plan, groupIndex, lines -> lines.remove(lineIndex));
    }

    static Plan replaceLine(Plan plan, int groupIndex, int lineIndex, Plan.BudgetLine line) {
        return withLines(plan, groupIndex, lines -> lines.set(lineIndex, line));
    }

    private static Plan withLines(Plan plan, int groupIndex, java.util.function.Consumer<List<Plan.BudgetLine>> change) {
        Plan.Budget budget = plan.budget();
        List<Plan.LineGroup> groups = new ArrayList<>(budget.groups());
        Plan.LineGroup group = groups.get(groupIndex);
        List<Plan.BudgetLine> lines = new ArrayList<>(group.lines());
        change.accept(lines);
        groups.set(groupIndex, new Plan.LineGroup(group.name(), group.type(), group.category(), List.copyOf(lines), group.stated()));
        Plan.Budget changed = new Plan.Budget(budget.unit(), budget.years(), budget.equityStart(), List.copyOf(groups),
                budget.stated(), budget.otherIncomeNettedInCosts());
        return new Plan(plan.association(), plan.members(), plan.rules(), plan.allocations(), changed, plan.overview());
    }
}
