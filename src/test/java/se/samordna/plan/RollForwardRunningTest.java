package se.samordna.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.samordna.shared.Money;

/**
 * Rolling a plan forward keeps what is running: a team that runs on into the new year keeps its money in the new budget
 * year and the new last plan year (the old plan's figure for the year, else the year before's), never nothing.
 */
class RollForwardRunningTest {

    @Test
    void everyRunningTeamOfEachSeedKeepsItsMoneyInTheNewYears() {
        int checked = 0;
        for (String seed : new String[]{"norra-vastmanland-2022.yaml", "klaralvdalen-2025.yaml", "vasterbergslagen-2025.yaml",
                "sodra-dalarna-2025.yaml", "ornskoldsvik-2025.yaml"}) {
            Plan plan = Seeds.plan(seed).withLineIds();
            Plan next = RollForward.of(plan, null);
            int newYear = next.budgetYear();
            int lastYear = next.budget().years().stream().mapToInt(Plan.BudgetYear::year).max().orElseThrow();
            for (Plan.LineGroup group : plan.budget().groups()) {
                for (Plan.BudgetLine line : group.lines()) {
                    Initiative initiative = plan.initiativeOf(line).orElse(null);
                    if (initiative == null || initiative.state() != InitiativeState.RUNNING
                            || (initiative.end() != null && initiative.end().isBefore(LocalDate.of(newYear, 1, 1)))) {
                        continue;
                    }
                    Plan.BudgetLine rolled = next.budget().groups().stream().flatMap(g -> g.lines().stream())
                            .filter(l -> line.id().equals(l.id())).findFirst().orElseThrow();
                    Money own = line.amounts().get(newYear);
                    Money expected = own != null && !own.isZero() ? own : line.amount(plan.budgetYear());
                    if (initiative.granted().containsKey(newYear)) {
                        expected = initiative.granted().get(newYear);
                    }
                    assertThat(rolled.amount(newYear)).as("%s %s in %d", seed, line.name(), newYear).isEqualTo(expected);
                    assertThat(rolled.amount(lastYear)).as("%s %s in %d", seed, line.name(), lastYear).isNotEqualTo(Money.ZERO);
                    checked++;
                }
            }
        }
        assertThat(checked).as("running teams with lines in the seeds").isPositive();
    }
}
