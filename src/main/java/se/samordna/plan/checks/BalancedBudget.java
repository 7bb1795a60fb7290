package se.samordna.plan.checks;

import se.samordna.plan.budget.YearFigures;

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
            add("BUDGET_DEFICIT", Severity.INFO, year.year(), "Kostnaderna överstiger intäkterna med " + fmt(deficit)
                    + ". Eget kapital vid årets början (" + fmt(year.equityStart()) + ") ligger över taket " + fmt(year.equityCeiling())
                    + ", så att förbruka det är ett sådant synnerligt skäl som lagen (21 §) godtar.");
        } else {
            String start = year.equityStart() == null ? "" : " Eget kapital vid årets början (" + fmt(year.equityStart())
                    + ") ligger inte över taket " + fmt(year.equityCeiling()) + ", så underskottet motiveras inte av för stort eget kapital.";
            add("BUDGET_DEFICIT", Severity.WARNING, year.year(), "Kostnaderna överstiger intäkterna med " + fmt(deficit) + "."
                    + start + " Lagen (21 §) kräver att intäkterna överstiger kostnaderna om inte synnerliga skäl finns.");
        }
    }
}
