package se.samordna.plan.rules;

import se.samordna.plan.AllocationKey;
import se.samordna.plan.Contribution;
import se.samordna.plan.ContributionKind;
import se.samordna.plan.Member;
import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import se.samordna.shared.Money;

/** The rounding rule of the allocation split, over random totals and keys (seeded; the seed is in the failure message). */
class ContributionSplitTest {

    @RepeatedTest(200)
    void contributionsAddUpToTheTotalToTheKronaWhateverTheKey(RepetitionInfo repetition) {
        long seed = 7919L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        long total = 100_000 + random.nextInt(50_000_000);
        int towns = 1 + random.nextInt(6);
        List<Member> members = new ArrayList<>(List.of(new Member("Försäkringskassan", MemberKind.FORSAKRINGSKASSAN, null, null, null),
                new Member("Region", MemberKind.REGION, null, null, null)));
        List<Plan.MunicipalShare> byPopulation = new ArrayList<>();
        List<Plan.MunicipalShare> byPercent = new ArrayList<>();
        int[] percents = splitTwentyFive(random, towns);
        for (int i = 0; i < towns; i++) {
            members.add(new Member("Kommun " + i, MemberKind.MUNICIPALITY, null, "00" + (10 + i), null));
            byPopulation.add(new Plan.MunicipalShare("Kommun " + i, null, null, 1000L + random.nextInt(90_000)));
            byPercent.add(new Plan.MunicipalShare("Kommun " + i, null, BigDecimal.valueOf(percents[i]), null));
        }
        Plan plan = new Plan(null, members, Plan.FinancialRules.defaults(), List.of(), null, List.of());

        for (Plan.Allocation allocation : List.of(
                new Plan.Allocation(2025, Money.ofKronor(total), AllocationKey.POPULATION, byPopulation, List.of()),
                new Plan.Allocation(2025, Money.ofKronor(total), AllocationKey.PERCENT_OF_TOTAL, byPercent, List.of()),
                new Plan.Allocation(2025, Money.ofKronor(total), AllocationKey.UNSPECIFIED, List.of(), List.of()))) {
            List<Contribution> contributions = PlanCalculator.contributions(plan, allocation);

            long sum = contributions.stream().mapToLong(c -> c.amount().ore()).sum();
            assertThat(sum).as("seed %d, key %s", seed, allocation.key()).isEqualTo(Money.ofKronor(total).ore());
            assertThat(contributions).allSatisfy(c -> assertThat(c.amount().ore() % 100).isZero());
            long state = contributions.stream().filter(c -> c.kind() == ContributionKind.STATE).mapToLong(c -> c.amount().kronor()).sum();
            assertThat(Math.abs(state * 2 - total)).as("seed %d", seed).isLessThanOrEqualTo(1);
        }
    }

    private static int[] splitTwentyFive(Random random, int parts) {
        int[] result = new int[parts];
        int left = 25;
        for (int i = 0; i < parts - 1; i++) {
            result[i] = random.nextInt(left - (parts - 1 - i)) + 1;
            left -= result[i];
        }
        result[parts - 1] = left;
        return result;
    }
}
