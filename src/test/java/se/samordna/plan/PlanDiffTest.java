package se.samordna.plan;

import se.samordna.shared.LineId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samordna.plan.rules.PlanEdits;
import se.samordna.shared.Money;

/** Versions of Västerbergslagen's plan compared: a renamed line is the same line, matched by its id. */
class PlanDiffTest {

    @Test
    void aRenamedLineIsOneRowWithBothNamesAndItsAmountsAreComparedToItself() {
        Plan before = Seeds.plan("vasterbergslagen-2025.yaml").withLineIds();
        int[] chief = before.lineIndex(LineId.of(before.budget().groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> l.name().equals("Förbundschef")).findFirst().orElseThrow().id())).orElseThrow();
        Plan.BudgetLine line = before.budget().groups().get(chief[0]).lines().get(chief[1]);
        SortedMap<Integer, Money> amounts = new TreeMap<>(line.amounts());
        amounts.put(2025, Money.ofKronor(440_000));
        Plan after = PlanEdits.replaceLine(before, chief[0], chief[1], line.withName("Förbundschef (heltid)").withAmounts(amounts));

        List<PlanDiff.Change> changes = PlanDiff.between(before, after);

        assertThat(changes).filteredOn(c -> c.part().equals("budget")).containsExactly(
                new PlanDiff.Change("budget", "Administration / 202 Förbundschef (heltid)", null,
                        "Administration / 202 Förbundschef", "Administration / 202 Förbundschef (heltid)"),
                new PlanDiff.Change("budget", "Administration / 202 Förbundschef (heltid)", 2025, "430000", "440000",
                        "Administration / 202 Förbundschef (heltid)", "430\u00a0tkr", "440\u00a0tkr"));
    }

    @Test
    void theNextPeriodComparedWithItsPlanShowsOnlyWhatChangedInWordsAndInThePlansUnit() {
        Plan plan = Seeds.plan("vasterbergslagen-2025.yaml").withLineIds();
        Plan next = RollForward.of(plan, null);

        List<PlanDiff.Change> changes = PlanDiff.between(plan, next);

        // The years moved one on: 2025 became the comparison column, 2028 is new; each a row of its own, in words.
        assertThat(changes).filteredOn(c -> c.part().equals("years")).extracting(PlanDiff.Change::label, PlanDiff.Change::beforeText,
                PlanDiff.Change::afterText).contains(org.assertj.core.groups.Tuple.tuple("2025", "Budget", "Fg. budget"),
                org.assertj.core.groups.Tuple.tuple("2028", "–", "Plan"));
        // Amounts only for years both plans hold and where they differ; none of the new year's amounts is a row.
        assertThat(changes).filteredOn(c -> c.part().equals("budget")).allSatisfy(c -> {
            assertThat(c.year()).isNotEqualTo(2028);
            assertThat(c.before()).isNotEqualTo(c.after());
            assertThat(c.beforeText() + c.afterText()).doesNotContain("PREVIOUS_BUDGET").matches(".*(tkr|–|raden finns).*");
        });
        assertThat(changes).extracting(PlanDiff.Change::beforeText, PlanDiff.Change::afterText).flatExtracting(t -> t.toList())
                .noneMatch(text -> String.valueOf(text).matches(".*\\d{5,}.*"));
    }

    @Test
    void changedRulesReadAsTheGuidelinesSayThemNotAsCode() {
        Plan before = Seeds.plan("vasterbergslagen-2025.yaml");
        Plan.FinancialRules r = before.rules();
        Plan after = before.withRules(new Plan.FinancialRules(r.equityCeilingPercent(), r.equityCeilingBase(), r.equityCeilingTiers(),
                Money.ofKronor(500_000), r.adminShareGoalPercent(), r.adminShareGoalYear(), r.targetSplit()));
        PlanDiff.Change rules = PlanDiff.between(before, after).stream().filter(c -> c.part().equals("rules")).findFirst().orElseThrow();
        assertThat(rules.beforeText()).contains("golv 400\u00a0000\u00a0kr").doesNotContain("FinancialRules", "=");
        assertThat(rules.afterText()).contains("golv 500\u00a0000\u00a0kr");
        assertThat(rules.label()).isEqualTo("Ekonomiska riktlinjer");

        // The same change for a reader who chose English: every word of the row in English, the figures the same.
        PlanDiff.Change english = PlanDiff.between(before, after, java.util.Locale.ENGLISH).stream()
                .filter(c -> c.part().equals("rules")).findFirst().orElseThrow();
        assertThat(english.label()).isEqualTo("Financial guidelines");
        assertThat(english.afterText()).contains("floor 500\u00a0000\u00a0kr").doesNotContain("golv", "tilldelningen");
    }
}
