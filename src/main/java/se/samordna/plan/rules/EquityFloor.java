package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.YearFigures;

import se.samordna.shared.Money;

/**
 * The floor under equity: the least equity the association keeps, and the funds a year may spend (its income plus the
 * equity above the floor). Costs beyond those funds and closing equity below the floor are one gap, reported once.
 * <p>Findings: {@code FUNDS_EXCEEDED} (an error), {@code EQUITY_BELOW_FLOOR}.
 */
public final class EquityFloor extends Check {

    EquityFloor(Context context) {
        super(context);
    }

    /** The floor of the association's rules (none is zero). */
    public static Money amount(Plan.FinancialRules rules) {
        return rules.equityFloor() == null ? Money.ZERO : rules.equityFloor();
    }

    @Override
    void year(YearFigures year) {
        if (year.equityEnd() == null || !year.kind().isFuture()) {
            return;
        }
        Money floor = amount(plan.rules());
        // One gap is one finding: costs beyond the funds above the floor are the same amount as the equity below it.
        Money spendable = year.income().plus(year.equityStart().minus(floor));
        if (year.costs().greaterThan(spendable)) {
            add("FUNDS_EXCEEDED", Severity.ERROR, year.year(), "fundsExceeded", fmt(year.costs()), fmt(year.income()),
                    fmt(year.equityStart().minus(floor)), fmt(spendable), fmt(year.costs().minus(spendable)), fmt(year.equityEnd()), fmt(floor));
        } else if (floor.isPositive() && year.equityEnd().lessThan(floor)) {
            add("EQUITY_BELOW_FLOOR", Severity.WARNING, year.year(), "equityBelowFloor", fmt(year.equityEnd()), fmt(floor),
                    fmt(floor.minus(year.equityEnd())));
        }
    }
}
