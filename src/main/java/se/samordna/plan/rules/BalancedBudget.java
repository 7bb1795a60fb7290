package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.YearFigures;

import se.samordna.shared.Money;

/**
 * The law's balanced budget (21 § of the Finsam act): income should exceed costs unless there are special reasons;
 * spending down equity above the ceiling is such a reason.
 * <p>Findings: {@code BUDGET_DEFICIT}.
 */
final class BalancedBudget extends Check {

    BalancedBudget(Context context) {
        super(context);
    }

    @Override
    void year(YearFigures year) {
        if (!year.kind().isFuture() || !year.result().isNegative()) {
            return;
        }
        Money deficit = year.result().negate();
        if (year.equityStart() != null && year.equityStart().greaterThan(year.equityCeiling())) {
            add("BUDGET_DEFICIT", Severity.INFO, year.year(), "deficitAboveCeiling", fmt(deficit), fmt(year.equityStart()),
                    fmt(year.equityCeiling()));
        } else if (year.equityStart() == null) {
            add("BUDGET_DEFICIT", Severity.WARNING, year.year(), "deficit", fmt(deficit));
        } else {
            add("BUDGET_DEFICIT", Severity.WARNING, year.year(), "deficitBelowCeiling", fmt(deficit), fmt(year.equityStart()),
                    fmt(year.equityCeiling()));
        }
    }
}
