package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;
import se.samordna.plan.AllocationKey;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;
import se.samordna.plan.Member;
import se.samordna.plan.Apportion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The members' contributions by the law's shares (the state half, the region a quarter, the municipalities a quarter
 * divided by the association's key), against what the plan states and what its budget lines carry.
 * <p>Findings: {@code ALLOCATION_SPLIT}, {@code ALLOCATION_KEY_MISSING}.
 */
final class AllocationSplit extends Check {

    AllocationSplit(Context context) {
        super(context);
    }

    /**
     * Each member's contribution of a year's allocation: the state half and the region a quarter, rounded to the krona,
     * and the municipalities the rest, divided by the association's key (fixed amounts, percentages of the whole, the
     * population by largest remainder, or together when the plan gives no key).
     */
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

    @Override
    void whole() {
        for (Plan.Allocation allocation : plan.allocations()) {
            int year = allocation.year();
            if (allocation.key() == AllocationKey.PERCENT_OF_TOTAL) {
                BigDecimal sum = allocation.municipalities().stream().map(Plan.MunicipalShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(BigDecimal.valueOf(25)) != 0) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "allocationPercentSum", MoneyFormat.percent(sum));
                }
            }
            if (allocation.key() == AllocationKey.FIXED) {
                Money sum = allocation.municipalities().stream().map(Plan.MunicipalShare::amount).reduce(Money.ZERO, Money::plus);
                Money quarter = contributions(plan, withKey(allocation)).stream()
                        .filter(c -> c.kind() == ContributionKind.MUNICIPALITY).map(Contribution::amount).reduce(Money.ZERO, Money::plus);
                if (!sum.equals(quarter)) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "allocationFixedSum", fmt(sum), fmt(allocation.total()), fmt(quarter));
                }
            }
            if (allocation.key() == AllocationKey.UNSPECIFIED
                    && plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).count() > 1) {
                add("ALLOCATION_KEY_MISSING", Severity.INFO, year, "allocationKeyMissing", fmt(allocation.total().percent(BigDecimal.valueOf(25))));
            }
            List<Contribution> computed = contributions(plan, allocation);
            Money statedSum = Money.ZERO;
            for (Plan.StatedContribution stated : allocation.stated()) {
                statedSum = statedSum.plus(stated.amount());
                computed.stream().filter(c -> c.member().equals(stated.member())).findFirst().ifPresent(c -> {
                    if (!c.amount().equals(stated.amount())) {
                        add("ALLOCATION_SPLIT", Severity.ERROR, year, "allocationMember", stated.member(), fmt(stated.amount()), fmt(c.amount()));
                    }
                });
            }
            if (!allocation.stated().isEmpty() && !statedSum.equals(allocation.total())) {
                add("ALLOCATION_SPLIT", Severity.ERROR, year, "allocationStatedSum", fmt(statedSum), fmt(allocation.total()));
            }
            figures.stream().filter(f -> f.year() == year && !f.contributions().isZero()).findFirst().ifPresent(f -> {
                if (!f.contributions().equals(allocation.total())) {
                    add("ALLOCATION_SPLIT", Severity.WARNING, year, "allocationBudgetLines", fmt(f.contributions()), fmt(allocation.total()));
                }
            });
        }
    }

    private static Plan.Allocation withKey(Plan.Allocation allocation) {
        return new Plan.Allocation(allocation.year(), allocation.total(), AllocationKey.UNSPECIFIED, List.of(), List.of());
    }
}
