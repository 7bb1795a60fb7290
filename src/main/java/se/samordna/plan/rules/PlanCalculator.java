package se.samordna.plan.rules;

import se.samordna.plan.Apportion;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;
import se.samordna.plan.CostCategory;
import se.samordna.plan.EquityBase;
import se.samordna.plan.YearFigures;
import se.samordna.plan.Member;
import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;

import java.math.BigDecimal;
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

    /** Each member's contribution of a year's allocation by the law's shares and the association's key. */
    public static List<Contribution> contributions(Plan plan, Plan.Allocation allocation) {
        long total = allocation.total().kronor();
        long state = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(50))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        long region = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(25))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        long municipalities = total - state - region;
        List<Contribution> result = new ArrayList<>();
        String stateMember = plan.members().stream().filter(m -> m.kind() == MemberKind.FORSAKRINGSKASSAN)
                .map(Member::name).findFirst().orElse("Försäkringskassan");
        String regionMember = plan.members().stream().filter(m -> m.kind() == MemberKind.REGION)
                .map(Member::name).findFirst().orElse("Regionen");
        result.add(new Contribution(stateMember, ContributionKind.STATE, Money.ofKronor(state)));
        result.add(new Contribution(regionMember, ContributionKind.REGION, Money.ofKronor(region)));
        List<Member> towns = plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).toList();
        List<Plan.MunicipalShare> shares = allocation.municipalities();
        switch (allocation.key()) {
            case FIXED -> shares.forEach(s -> result.add(new Contribution(s.member(), ContributionKind.MUNICIPALITY, s.amount())));
            case PERCENT_OF_TOTAL -> {
                BigDecimal percentSum = shares.stream().map(Plan.MunicipalShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (percentSum.compareTo(BigDecimal.valueOf(25)) == 0) {
                    long[] parts = Apportion.largestRemainder(municipalities, shares.stream().map(Plan.MunicipalShare::percent).toList());
                    for (int i = 0; i < shares.size(); i++) {
                        result.add(new Contribution(shares.get(i).member(), ContributionKind.MUNICIPALITY, Money.ofKronor(parts[i])));
                    }
                } else {
                    shares.forEach(s -> result.add(new Contribution(s.member(), ContributionKind.MUNICIPALITY,
                            Money.ofKronor(total).percent(s.percent()))));
                }
            }
            case POPULATION -> {
                long[] parts = Apportion.largestRemainder(municipalities,
                        shares.stream().map(s -> BigDecimal.valueOf(s.population())).toList());
                for (int i = 0; i < shares.size(); i++) {
                    result.add(new Contribution(shares.get(i).member(), ContributionKind.MUNICIPALITY, Money.ofKronor(parts[i])));
                }
            }
            case UNSPECIFIED -> {
                String name = towns.size() == 1 ? towns.get(0).name()
                        : "Kommunerna tillsammans (" + String.join(", ", towns.stream().map(Member::name).toList()) + ")";
                result.add(new Contribution(name, ContributionKind.MUNICIPALITY, Money.ofKronor(municipalities)));
            }
        }
        return result;
    }
}
