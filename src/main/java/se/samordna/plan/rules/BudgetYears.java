package se.samordna.plan.rules;

import se.samordna.plan.YearKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import se.samordna.plan.Plan;
import se.samordna.plan.Initiative;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * Adds a year to the budget or removes one, without a plan file. A year is added next to the years there are: after the
 * last as a plan year (each line starts from the year before it; an initiative's line from what the board granted for the
 * year), or before the first as a comparison column (the previous budget, starting at zero). The budget year itself stays.
 */
public final class BudgetYears {

    public static final int MAX_YEARS = 8;

    private BudgetYears() {
    }

    public static Plan add(Plan plan, int year) {
        List<Plan.BudgetYear> years = sorted(plan);
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        if (years.size() >= MAX_YEARS) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.budgetenHarRedanArDet", MAX_YEARS));
        }
        if (year != last + 1 && year != first - 1) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.ettArLaggsTillDirekt", last, first, year));
        }
        boolean after = year == last + 1;
        YearKind kind = after ? YearKind.PLAN : YearKind.PREVIOUS_BUDGET;
        List<Plan.BudgetYear> changed = new ArrayList<>(years);
        changed.add(new Plan.BudgetYear(year, kind));
        changed.sort(Comparator.comparingInt(Plan.BudgetYear::year));
        List<Plan.LineGroup> groups = plan.budget().groups().stream().map(g -> new Plan.LineGroup(g.name(), g.type(), g.category(),
                g.lines().stream().map(l -> {
                    SortedMap<Integer, Money> amounts = new TreeMap<>(l.amounts());
                    amounts.put(year, after ? startingAmount(plan, l, year, last) : Money.ZERO);
                    return l.withAmounts(amounts);
                }).toList(), g.stated())).toList();
        Plan.Budget b = plan.budget();
        return plan.withBudget(b.with(List.copyOf(changed), b.equityStart(), groups, b.stated()));
    }

    public static Plan remove(Plan plan, int year) {
        List<Plan.BudgetYear> years = sorted(plan);
        Plan.BudgetYear removed = years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new InvalidInputException(Text.of("place.ar"), Text.of("error.aretFinnsInteIBudgeten2", year)));
        if (removed.kind() == YearKind.BUDGET) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.budgetaretKanInteTasBort", year));
        }
        if (year != years.get(0).year() && year != years.get(years.size() - 1).year()) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.baraDetForstaEllerDet"));
        }
        List<Plan.BudgetYear> changed = years.stream().filter(y -> y.year() != year).toList();
        List<Plan.LineGroup> groups = plan.budget().groups().stream().map(g -> {
            SortedMap<Integer, Money> stated = new TreeMap<>(g.stated());
            stated.remove(year);
            return new Plan.LineGroup(g.name(), g.type(), g.category(), g.lines().stream().map(l -> {
                SortedMap<Integer, Money> amounts = new TreeMap<>(l.amounts());
                amounts.remove(year);
                return l.withAmounts(amounts);
            }).toList(), stated);
        }).toList();
        Plan.Budget b = plan.budget();
        SortedMap<Integer, Plan.StatedFigures> stated = new TreeMap<>(b.stated());
        stated.remove(year);
        return plan.withBudget(b.with(changed, b.equityStart(), groups, stated));
    }

    private static Money startingAmount(Plan plan, Plan.BudgetLine line, int year, int last) {
        if (line.initiative() == null) {
            return line.amount(last);
        }
        java.util.Optional<Initiative> initiative = plan.initiativeOf(line);
        Money granted = initiative.map(Initiative::granted).map(g -> g.getOrDefault(year, Money.ZERO)).orElse(Money.ZERO);
        // A team running on into the new year with no grant for it yet keeps the year before's amount, never nothing.
        boolean running = initiative.filter(i -> i.state() == se.samordna.plan.InitiativeState.RUNNING
                && (i.end() == null || !i.end().isBefore(java.time.LocalDate.of(year, 1, 1)))).isPresent();
        return running && granted.isZero() ? line.amount(last) : granted;
    }

    private static List<Plan.BudgetYear> sorted(Plan plan) {
        List<Plan.BudgetYear> years = new ArrayList<>(plan.budget().years());
        years.sort(Comparator.comparingInt(Plan.BudgetYear::year));
        return years;
    }
}
