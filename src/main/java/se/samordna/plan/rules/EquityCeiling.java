package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.EquityBase;
import se.samordna.plan.YearFigures;

import java.math.BigDecimal;

import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The ceiling on equity: the association's rule (a percentage of the year's allocation or of its budgeted income, with
 * optional size tiers: from an allocation of at least {@code from}, the tier's percentage applies) and the finding when
 * the year's closing equity is above it.
 * <p>Findings: {@code EQUITY_ABOVE_CEILING}.
 */
public final class EquityCeiling extends Check {

    EquityCeiling(Context context) {
        super(context);
    }

    /**
     * The year's ceiling: the percentage of its base, the base being the budgeted income or the year's allocation (the
     * plan's stated allocation, else the contribution lines).
     */
    public static Money amount(Plan plan, int year, Money contributions, Money income) {
        Money base = plan.rules().equityCeilingBase() == EquityBase.BUDGETED_INCOME ? income : allocationTotal(plan, year, contributions);
        return base.percent(percent(plan.rules(), base));
    }

    private static Money allocationTotal(Plan plan, int year, Money contributionLines) {
        return plan.allocations().stream().filter(a -> a.year() == year).findFirst()
                .map(Plan.Allocation::total).orElse(contributionLines);
    }

    /** The ceiling's percentage for a base of this size: the rule's own, or the highest tier the base reaches. */
    public static BigDecimal percent(Plan.FinancialRules rules, Money base) {
        BigDecimal percent = rules.equityCeilingPercent();
        for (Plan.CeilingTier tier : rules.equityCeilingTiers()) {
            if (!base.lessThan(tier.from())) {
                percent = tier.percent();
            }
        }
        return percent;
    }

    @Override
    void year(YearFigures year) {
        if (year.equityEnd() == null || !year.kind().isFuture()) {
            return;
        }
        if (year.equityEnd().greaterThan(year.equityCeiling())) {
            add("EQUITY_ABOVE_CEILING", Severity.WARNING, year.year(), "equityAboveCeiling", fmt(year.equityEnd()), fmt(year.equityCeiling()),
                    MoneyFormat.percent(ceilingPercent(year)), baseName(), fmt(year.equityEnd().minus(year.equityCeiling())));
        }
    }

    private BigDecimal ceilingPercent(YearFigures year) {
        Money base = plan.rules().equityCeilingBase() == EquityBase.BUDGETED_INCOME ? year.income()
                : allocationTotal(plan, year.year(), year.contributions());
        return percent(plan.rules(), base);
    }
}
