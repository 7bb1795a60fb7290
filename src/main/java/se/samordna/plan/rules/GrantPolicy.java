package se.samordna.plan.rules;

import se.samordna.plan.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.samordna.plan.Plan;

/**
 * What a grant may do to the budget: a grant that leaves a year's costs beyond its funds (income and the equity above
 * the floor) is shown to the board with the figures and taken only when the board confirms it. Only problems the grant
 * itself brings count; those the plan already had do not stop a decision.
 */
public final class GrantPolicy {

    private static final Set<String> SHORTFALLS = Set.of("FUNDS_EXCEEDED", "EQUITY_BELOW_FLOOR");

    private GrantPolicy() {
    }

    /** The shortfalls the plan {@code after} the grant has that the plan {@code before} it did not. */
    public static List<Finding> newShortfalls(Plan before, Plan after) {
        Set<String> earlier = PlanChecks.check(before).stream().map(GrantPolicy::key).collect(Collectors.toSet());
        return PlanChecks.check(after).stream()
                .filter(f -> SHORTFALLS.contains(f.code()))
                .filter(f -> !earlier.contains(key(f)))
                .toList();
    }

    private static String key(Finding finding) {
        return finding.code() + "/" + finding.year() + "/" + finding.message();
    }
}
