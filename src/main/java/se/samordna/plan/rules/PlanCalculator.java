package se.samordna.plan.rules;

import se.samordna.plan.Contribution;
import se.samordna.plan.CostCategory;
import se.samordna.plan.YearFigures;
import se.samordna.plan.Plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.samordna.shared.Money;

/**
 * Computes a plan's figures from its lines. Result = income − costs; equity at year end = equity at year
 * start + result, carried into the next year. Equity used from earlier years is never income.
 *
 * <p>Rounding rule of the allocation split (in whole kronor): the state's half and the region's quarter
 * are rounded half up; the municipalities get the rest, so the three shares add up to the total to the
 * krona. The municipalities' quarter is divided by the association's key with the largest remainder
 * method (ties to the member listed first), so their parts add up to the quarter to the krona.
 */
public final class PlanCalculator {

    private PlanCalculator() {
    }

    public static List<YearFigures> years(Plan plan) {
        Plan.Budget budget = plan.budget();
        List<Plan.BudgetYear> years = new ArrayList<>(budget.years());
        years.sort(Comparator.comparingInt(Plan.BudgetYear::year));
        List<YearFigures> result = new ArrayList<>();
        Money carried = null;
        for (Plan.BudgetYear year : years) {
            Money contributions = Money.ZERO;
            Money other = Money.ZERO;
            Money equityUse = Money.ZERO;
            Money costs = Money.ZERO;
            Map<CostCategory, Money> byCategory = new EnumMap<>(CostCategory.class);
            for (Plan.LineGroup group : budget.groups()) {
                for (Plan.BudgetLine line : group.lines()) {
                    Money amount = line.amount(year.year());
                    switch (line.type()) {
                        case CONTRIBUTION -> contributions = contributions.plus(amount);
                        case OTHER_INCOME -> other = other.plus(amount);
                        case EQUITY_USE -> equityUse = equityUse.plus(amount);
                        case COST -> {
                            costs = costs.plus(amount);
                            byCategory.merge(line.category(), amount, Money::plus);
                        }
                    }
                }
            }
            Money start = null;
            Money end = null;
            Plan.EquityStart equityStart = budget.equityStart();
            if (equityStart != null && year.year() >= equityStart.year()) {
                start = year.year() == equityStart.year() ? equityStart.amount() : carried;
                if (start != null) {
                    end = start.plus(contributions.plus(other).minus(costs));
                }
            }
            carried = end;
            Money ceiling = EquityCeiling.amount(plan, year.year(), contributions, contributions.plus(other));
            Money available = end == null ? null : end.minus(floor(plan.rules()));
            result.add(new YearFigures(year.year(), year.kind(), contributions, other, equityUse, costs, byCategory,
                    start, end, ceiling, available));
        }
        return result;
    }

    /** The floor under equity: the rule lives in {@link EquityFloor}. */
    public static Money floor(Plan.FinancialRules rules) {
        return EquityFloor.amount(rules);
    }

    /** Each member's contribution of a year's allocation: the rule lives in {@link AllocationSplit}. */
    public static List<Contribution> contributions(Plan plan, Plan.Allocation allocation) {
        return AllocationSplit.contributions(plan, allocation);
    }
}
