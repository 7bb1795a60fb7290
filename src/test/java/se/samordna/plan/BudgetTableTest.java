package se.samordna.plan;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** Printed in tkr, every seed's parts add up to its printed totals, and the result and equity follow from them. */
class BudgetTableTest {

    static long value(BudgetTable.Cell cell) {
        return Long.parseLong(cell.text().replace("\u00a0", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void printedPartsAddUpToPrintedTotals(String file) {
        Plan plan = Seeds.plan(file);
        BudgetTable table = BudgetTable.of(plan, "tkr", 1);

        for (int y = 0; y < table.years().size(); y++) {
            long costGroups = 0;
            for (int g = 0; g < table.groups().size(); g++) {
                BudgetTable.Group group = table.groups().get(g);
                long lines = 0;
                for (int l = 0; l < group.lines().size(); l++) {
                    // Each line is printed with its sign within the group (an income in a cost group is minus).
                    lines += value(group.lines().get(l).cells().get(y));
                }
                assertThat(lines).as("%s %s %d", file, group.name(), table.years().get(y)).isEqualTo(value(group.subtotal().get(y)));
                if (!group.income()) {
                    costGroups += value(group.subtotal().get(y));
                }
            }
            long income = value(table.summary().get(0).cells().get(y));
            long costs = value(table.summary().get(1).cells().get(y));
            long result = value(table.summary().get(2).cells().get(y));
            assertThat(result).isEqualTo(income - costs);
            if (!plan.budget().otherIncomeNettedInCosts()) {
                assertThat(costGroups).as("%s costs %d", file, table.years().get(y)).isEqualTo(costs);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml"})
    void plansInKronorAreShownToTheKronaWhenAskedFor(String file) {
        Plan plan = Seeds.plan(file);
        BudgetTable table = BudgetTable.of(plan, "kr", 1);

        for (int g = 0; g < table.groups().size(); g++) {
            for (int l = 0; l < table.groups().get(g).lines().size(); l++) {
                for (int y = 0; y < table.years().size(); y++) {
                    assertThat(value(table.groups().get(g).lines().get(l).cells().get(y)))
                            .isEqualTo(plan.budget().groups().get(g).lines().get(l).amount(table.years().get(y)).kronor());
                }
            }
        }
    }
}
