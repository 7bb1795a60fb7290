package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.YearKind;

import java.util.Set;

/**
 * The law's three-year plan: the budget year and the two after it, in the budget table or as totals in the overview.
 * <p>Findings: {@code THREE_YEAR_PLAN}.
 */
final class ThreeYearPlan extends Check {

    ThreeYearPlan(Context context) {
        super(context);
    }

    @Override
    void whole() {
        long futureYears = plan.budget().years().stream().filter(y -> y.kind().isFuture()).count();
        if (futureYears >= 3) {
            return;
        }
        Set<Integer> covered = new java.util.TreeSet<>();
        plan.budget().years().stream().filter(y -> y.kind().isFuture()).forEach(y -> covered.add(y.year()));
        plan.overview().stream().filter(o -> o.kind().isFuture()).forEach(o -> covered.add(o.year()));
        Integer first = plan.budget().years().stream().filter(y -> y.kind() == YearKind.BUDGET).map(Plan.BudgetYear::year)
                .findFirst().orElse(null);
        boolean outlookCovers = first != null && covered.containsAll(Set.of(first, first + 1, first + 2));
        add("THREE_YEAR_PLAN", outlookCovers ? Severity.INFO : Severity.WARNING, first, outlookCovers ? "threeYearsInOverview" : "threeYears",
                String.valueOf(futureYears));
    }
}
