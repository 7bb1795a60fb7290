package se.samordna.plan.checks;

import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.AllocationKey;
import se.samordna.plan.budget.Contribution;
import se.samordna.plan.budget.ContributionKind;
import se.samordna.plan.budget.PlanCalculator;

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
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "Kommunernas andelar är tillsammans " + MoneyFormat.percent(sum)
                            + " av tilldelningen; lagen ger kommunerna tillsammans 25 %.");
                }
            }
            if (allocation.key() == AllocationKey.FIXED) {
                Money sum = allocation.municipalities().stream().map(Plan.MunicipalShare::amount).reduce(Money.ZERO, Money::plus);
                Money quarter = PlanCalculator.contributions(plan, withKey(allocation)).stream()
                        .filter(c -> c.kind() == ContributionKind.MUNICIPALITY).map(Contribution::amount).reduce(Money.ZERO, Money::plus);
                if (!sum.equals(quarter)) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "Kommunernas belopp är tillsammans " + fmt(sum)
                            + " men deras fjärdedel av " + fmt(allocation.total()) + " är " + fmt(quarter) + ".");
                }
            }
            if (allocation.key() == AllocationKey.UNSPECIFIED
                    && plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).count() > 1) {
                add("ALLOCATION_KEY_MISSING", Severity.INFO, year, "Planen anger inte hur kommunerna delar sin fjärdedel ("
                        + fmt(allocation.total().percent(BigDecimal.valueOf(25))) + "); ange en fördelningsnyckel för att se varje kommuns bidrag.");
            }
            List<Contribution> computed = PlanCalculator.contributions(plan, allocation);
            Money statedSum = Money.ZERO;
            for (Plan.StatedContribution stated : allocation.stated()) {
                statedSum = statedSum.plus(stated.amount());
                computed.stream().filter(c -> c.member().equals(stated.member())).findFirst().ifPresent(c -> {
                    if (!c.amount().equals(stated.amount())) {
                        add("ALLOCATION_SPLIT", Severity.ERROR, year, stated.member() + " anges bidra med " + fmt(stated.amount())
                                + " men enligt lagens andelar och förbundets nyckel blir det " + fmt(c.amount()) + ".");
                    }
                });
            }
            if (!allocation.stated().isEmpty() && !statedSum.equals(allocation.total())) {
                add("ALLOCATION_SPLIT", Severity.ERROR, year, "Medlemmarnas angivna bidrag är tillsammans " + fmt(statedSum)
                        + " men tilldelningen är " + fmt(allocation.total()) + ".");
            }
            figures.stream().filter(f -> f.year() == year && !f.contributions().isZero()).findFirst().ifPresent(f -> {
                if (!f.contributions().equals(allocation.total())) {
                    add("ALLOCATION_SPLIT", Severity.WARNING, year, "Budgetens medlemsbidrag " + fmt(f.contributions())
                            + " skiljer sig från tilldelningen " + fmt(allocation.total()) + ".");
                }
            });
        }
    }

    private static Plan.Allocation withKey(Plan.Allocation allocation) {
        return new Plan.Allocation(allocation.year(), allocation.total(), AllocationKey.UNSPECIFIED, List.of(), List.of());
    }
}
