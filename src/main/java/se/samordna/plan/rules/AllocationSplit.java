package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;
import se.samordna.plan.AllocationKey;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;

import java.math.BigDecimal;
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
                Money quarter = PlanCalculator.contributions(plan, withKey(allocation)).stream()
                        .filter(c -> c.kind() == ContributionKind.MUNICIPALITY).map(Contribution::amount).reduce(Money.ZERO, Money::plus);
                if (!sum.equals(quarter)) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "allocationFixedSum", fmt(sum), fmt(allocation.total()), fmt(quarter));
                }
            }
            if (allocation.key() == AllocationKey.UNSPECIFIED
                    && plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).count() > 1) {
                add("ALLOCATION_KEY_MISSING", Severity.INFO, year, "allocationKeyMissing", fmt(allocation.total().percent(BigDecimal.valueOf(25))));
            }
            List<Contribution> computed = PlanCalculator.contributions(plan, allocation);
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
