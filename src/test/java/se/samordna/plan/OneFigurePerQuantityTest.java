package se.samordna.plan;

import se.samordna.shared.LineId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * A year's equity is one quantity and prints as one figure wherever the plan's papers show it: the budget table gives
 * the same whole thousands as the overview, the equity guidelines and the findings (each its exact figure rounded once).
 */
class OneFigurePerQuantityTest {

    private static Plan shift(Plan plan, String name, long kronor) {
        int[] place = plan.lineIndex(LineId.of(plan.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(l -> l.name().equals(name))
                .findFirst().orElseThrow().id())).orElseThrow();
        Plan.BudgetLine line = plan.budget().groups().get(place[0]).lines().get(place[1]);
        java.util.SortedMap<Integer, Money> amounts = new java.util.TreeMap<>(line.amounts());
        amounts.put(2026, line.amount(2026).plus(Money.ofKronor(kronor)));
        return se.samordna.plan.rules.PlanEdits.replaceLine(plan, place[0], place[1], line.withAmounts(amounts));
    }

    @Test
    void theBudgetTablesEquityIsTheExactFigureRoundedOnceInEveryYear() {
        // Västerbergslagen rolled forward on a forecast's equity that is not whole thousands (67 400 kr), with the
        // contributions 400 kr up and the director 400 kr down in 2026: each total rounds away its 400 kr, the equity not.
        Plan rolled = RollForward.of(Seeds.plan("vasterbergslagen-2025.yaml").withLineIds(), Money.ofKronor(67_400));
        Plan plan = shift(shift(rolled, "Bidrag", 400), "Förbundschef", -400);
        BudgetTable table = BudgetTable.of(plan, "tkr", 1);
        List<YearFigures> figures = PlanFigures.of(plan).years();
        BudgetTable.Row start = table.summary().stream().filter(r -> r.key().equals("budget.equityStart")).findFirst().orElseThrow();
        BudgetTable.Row end = table.summary().stream().filter(r -> r.key().equals("budget.equityEnd")).findFirst().orElseThrow();
        int checked = 0;
        for (int y = 0; y < figures.size(); y++) {
            YearFigures f = figures.get(y);
            if (f.equityEnd() == null) {
                continue;
            }
            assertThat(start.cells().get(y).text().replace('\u00a0', ' '))
                    .isEqualTo(MoneyFormat.group(MoneyFormat.toTkr(f.equityStart())).replace('\u00a0', ' '));
            assertThat(end.cells().get(y).text().replace('\u00a0', ' '))
                    .as("%d", f.year()).isEqualTo(MoneyFormat.group(MoneyFormat.toTkr(f.equityEnd())).replace('\u00a0', ' '));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }
}
