package se.samordna.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import se.samordna.plan.rules.PlanEdits;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * The next period of a plan, built from this one so nothing is typed again: every year moves one on (the same number of
 * plan years); the old budget year's budget becomes the comparison column; the new budget year opens with the equity the
 * old plan computes at the end of the old budget year; each line keeps its amounts, a new last year starting from the year
 * before it; lines of initiatives carry what the board granted for the new years (commitments made earlier come in here);
 * members, rules, initiatives and goals come along to be edited. The figures the old document printed do not: a plan made
 * here is computed here.
 */
public final class RollForward {

    private RollForward() {
    }

    /** The next period; {@code openingEquity} null takes the old plan's computed equity at the end of its budget year. */
    public static Plan of(Plan plan, Money openingEquity) {
        int oldBudgetYear = plan.budgetYear();
        int budgetYear = oldBudgetYear + 1;
        int lastYear = plan.budget().years().stream().filter(y -> y.kind().isFuture()).mapToInt(Plan.BudgetYear::year)
                .max().orElse(oldBudgetYear) + 1;
        List<Plan.BudgetYear> years = new ArrayList<>();
        years.add(new Plan.BudgetYear(oldBudgetYear, YearKind.PREVIOUS_BUDGET));
        years.add(new Plan.BudgetYear(budgetYear, YearKind.BUDGET));
        for (int y = budgetYear + 1; y <= lastYear; y++) {
            years.add(new Plan.BudgetYear(y, YearKind.PLAN));
        }
        Money opening = openingEquity != null ? openingEquity : closingEquity(plan, oldBudgetYear);
        List<Plan.LineGroup> groups = plan.budget().groups().stream().map(g -> new Plan.LineGroup(g.name(), g.type(), g.category(),
                g.lines().stream().map(l -> line(plan, l, oldBudgetYear, budgetYear, lastYear)).toList(), new TreeMap<>())).toList();
        Plan.Budget budget = new Plan.Budget(plan.budget().unit(), List.copyOf(years), new Plan.EquityStart(budgetYear, opening),
                groups, new TreeMap<>(), false, plan.budget().legends(), plan.budget().signs());
        Plan next = new Plan(plan.association().standing(null, Text.of("plan.source.rolledForward", label(plan, oldBudgetYear)).swedish(), null),
                plan.members(), plan.rules(), allocations(plan, budgetYear, lastYear), budget, List.of(), plan.initiativeRules(),
                plan.initiatives(), goals(plan.goals(), oldBudgetYear, budgetYear), plan.sections());
        for (Initiative initiative : plan.initiatives()) {
            if (initiative.granted().keySet().stream().anyMatch(y -> y >= budgetYear)) {
                next = PlanEdits.applyGrant(next, initiative);
            }
        }
        return next;
    }

    /**
     * The goals the new period starts from: the old budget year's goals become the new budget year's (the same aims, to
     * be reviewed and given this year's targets), goals of later years stay, goals of earlier years stay with the old plan.
     */
    static Plan.Goals goals(Plan.Goals goals, int oldBudgetYear, int budgetYear) {
        List<se.samordna.plan.Goal> carried = goals.goals().stream().filter(g -> g.year() >= oldBudgetYear)
                .map(g -> g.year() == oldBudgetYear && budgetYear > oldBudgetYear
                        ? new se.samordna.plan.Goal(g.id(), g.title(), budgetYear, g.area(), g.node(), g.initiative(), g.indicators())
                        : g)
                .toList();
        return new Plan.Goals(goals.areas(), goals.theoryOfChange(), carried, goals.activityPlans());
    }

    /** The equity the plan computes at the end of {@code year}; the opening equity of that year when the chain does not reach it. */
    public static Money closingEquity(Plan plan, int year) {
        return se.samordna.plan.PlanFigures.of(plan).years().stream().filter(f -> f.year() == year).map(YearFigures::equityEnd)
                .filter(java.util.Objects::nonNull).findFirst()
                .orElse(plan.budget().equityStart() == null ? Money.ZERO : plan.budget().equityStart().amount());
    }

    private static Plan.BudgetLine line(Plan plan, Plan.BudgetLine line, int oldBudgetYear, int budgetYear, int lastYear) {
        SortedMap<Integer, Money> amounts = new TreeMap<>();
        amounts.put(oldBudgetYear, line.amount(oldBudgetYear));
        Money carried = line.amount(oldBudgetYear);
        boolean running = line.initiative() != null && plan.initiativeOf(line).filter(i -> runsInto(i, budgetYear)).isPresent();
        for (int y = budgetYear; y <= lastYear; y++) {
            Money own = line.amounts().get(y);
            if (running) {
                // A team that runs on into the new year keeps its money: the old plan's figure for the year, else the year
                // before's — never nothing (a grant for the year, applied after, still decides where there is one).
                if (own != null && !own.isZero()) {
                    carried = own;
                }
            } else if (own != null) {
                carried = own;
            } else if (line.initiative() != null) {
                // An initiative's line holds what the board granted; a year it has not granted starts at nothing.
                carried = Money.ZERO;
            }
            amounts.put(y, carried);
        }
        return line.withAmounts(amounts);
    }

    /** An initiative running with no end, or an end on or after 1 January of {@code year}. */
    private static boolean runsInto(Initiative initiative, int year) {
        return initiative.state() == se.samordna.plan.InitiativeState.RUNNING
                && (initiative.end() == null || !initiative.end().isBefore(java.time.LocalDate.of(year, 1, 1)));
    }

    private static List<Plan.Allocation> allocations(Plan plan, int budgetYear, int lastYear) {
        List<Plan.Allocation> result = new ArrayList<>();
        Plan.Allocation latest = null;
        for (int y = budgetYear - 1; y <= lastYear; y++) {
            int year = y;
            Plan.Allocation own = plan.allocations().stream().filter(a -> a.year() == year).findFirst().orElse(null);
            if (own != null) {
                latest = own;
            }
            if (latest != null && y >= budgetYear) {
                result.add(new Plan.Allocation(y, latest.total(), latest.key(), latest.municipalities(), List.of()));
            }
        }
        if (result.isEmpty()) {
            plan.allocations().stream().max(java.util.Comparator.comparingInt(Plan.Allocation::year)).ifPresent(a -> {
                for (int y = budgetYear; y <= lastYear; y++) {
                    result.add(new Plan.Allocation(y, a.total(), a.key(), a.municipalities(), List.of()));
                }
            });
        }
        return List.copyOf(result);
    }

    private static String label(Plan plan, int budgetYear) {
        int last = plan.budget().years().stream().filter(y -> y.kind().isFuture()).mapToInt(Plan.BudgetYear::year).max().orElse(budgetYear);
        return last == budgetYear ? String.valueOf(budgetYear) : budgetYear + "–" + last;
    }

    /** The plan as computed here: the figures an imported document printed are let go (no more STATED_FIGURE findings). */
    public static Plan withoutStatedFigures(Plan plan) {
        Plan.Budget b = plan.budget();
        List<Plan.LineGroup> groups = b.groups().stream()
                .map(g -> new Plan.LineGroup(g.name(), g.type(), g.category(), g.lines(), new TreeMap<>())).toList();
        List<Plan.Allocation> allocations = plan.allocations().stream()
                .map(a -> new Plan.Allocation(a.year(), a.total(), a.key(), a.municipalities(), List.of())).toList();
        Plan.Budget budget = b.with(b.years(), b.equityStart(), groups, new TreeMap<>());
        return new Plan(plan.association(), plan.members(), plan.rules(), allocations, budget, List.of(), plan.initiativeRules(),
                plan.initiatives(), plan.goals(), plan.sections());
    }

    /** Whether the plan still holds figures an imported document printed. */
    public static boolean hasStatedFigures(Plan plan) {
        return !plan.budget().stated().isEmpty() || !plan.overview().isEmpty()
                || plan.budget().groups().stream().anyMatch(g -> !g.stated().isEmpty())
                || plan.allocations().stream().anyMatch(a -> !a.stated().isEmpty());
    }
}
