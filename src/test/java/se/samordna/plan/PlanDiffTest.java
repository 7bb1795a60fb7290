package se.samordna.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samordna.plan.budget.PlanEdits;
import se.samordna.shared.Money;

/** Versions of Västerbergslagen's plan compared: a renamed line is the same line, matched by its id. */
class PlanDiffTest {

    @Test
    void aRenamedLineIsOneRowWithBothNamesAndItsAmountsAreComparedToItself() {
        Plan before = Seeds.plan("vasterbergslagen-2025.yaml").withLineIds();
        int[] chief = before.lineIndex(before.budget().groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> l.name().equals("Förbundschef")).findFirst().orElseThrow().id()).orElseThrow();
        Plan.BudgetLine line = before.budget().groups().get(chief[0]).lines().get(chief[1]);
        SortedMap<Integer, Money> amounts = new TreeMap<>(line.amounts());
        amounts.put(2025, Money.ofKronor(440_000));
        Plan after = PlanEdits.replaceLine(before, chief[0], chief[1], line.withName("Förbundschef (heltid)").withAmounts(amounts));

        List<PlanDiff.Change> changes = PlanDiff.between(before, after);

        assertThat(changes).filteredOn(c -> c.part().equals("budget")).containsExactly(
                new PlanDiff.Change("budget", "Administration / 202 Förbundschef (heltid)", null,
                        "Administration / 202 Förbundschef", "Administration / 202 Förbundschef (heltid)"),
                new PlanDiff.Change("budget", "Administration / 202 Förbundschef (heltid)", 2025, "430000", "440000"));
    }
}
