package se.samordna.plan;

import java.util.Map;

import se.samordna.shared.Money;

/**
 * What the lines of one year give: income (member contributions plus other income), costs by
 * category, result = income − costs, equity at start and end (null before the year the equity chain
 * starts), the equity ceiling and what is available for new initiatives above the floor.
 */
public record YearFigures(int year, YearKind kind, Money contributions, Money otherIncome, Money equityUseLines,
                          Money costs, Map<CostCategory, Money> costsByCategory, Money equityStart, Money equityEnd,
                          Money equityCeiling, Money available) {

    public Money income() {
        return contributions.plus(otherIncome);
    }

    public Money result() {
        return income().minus(costs);
    }

    public Money category(CostCategory category) {
        return costsByCategory.getOrDefault(category, Money.ZERO);
    }
}
