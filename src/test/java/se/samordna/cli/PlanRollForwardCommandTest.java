package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.plan.Plan;
import se.samordna.plan.YearKind;
import se.samordna.plan.PlanFiles;
import se.samordna.shared.Money;
import tools.jackson.databind.json.JsonMapper;

class PlanRollForwardCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void vasterbergslagen2025RollsForwardTo2026WithItsComputedEquityAndTheDiffShowsWhatMoved(@TempDir Path dir) throws Exception {
        Path next = dir.resolve("vasterbergslagen-2026.yaml");
        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run("plan", "roll-forward", "examples/plans/vasterbergslagen-2025.yaml", "--out", next.toString());

        assertThat(run.exit()).isZero();
        String yaml = Files.readString(next);
        // The 2025 plan computes 1 301 − 196 = 1 105 tkr at the end of 2025; the file says where the figure comes from.
        assertThat(yaml).contains("# Ingående eget kapital 2026 = den gamla planens beräknade eget kapital vid utgången av 2025");
        Plan plan = PlanFiles.read(yaml);
        assertThat(plan.budget().years()).extracting(Plan.BudgetYear::year, Plan.BudgetYear::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2025, YearKind.PREVIOUS_BUDGET), org.assertj.core.groups.Tuple.tuple(2026, YearKind.BUDGET),
                org.assertj.core.groups.Tuple.tuple(2027, YearKind.PLAN), org.assertj.core.groups.Tuple.tuple(2028, YearKind.PLAN));
        assertThat(plan.budget().equityStart().amount()).isEqualTo(Money.ofTkr(1105));
        assertThat(plan.budget().stated()).isEmpty();
        // The director's salary: 2026 and 2027 as planned (439, 447 tkr), 2028 starts from 2027.
        Plan.BudgetLine chief = plan.budget().groups().get(1).lines().get(1);
        assertThat(chief.amount(2026)).isEqualTo(Money.ofTkr(439));
        assertThat(chief.amount(2028)).isEqualTo(Money.ofTkr(447));
        assertThat(PlanCheckCommandTest.run("plan", "check", next.toString()).exit()).isNotEqualTo(2);

        PlanCheckCommandTest.Run diff = PlanCheckCommandTest.run("plan", "diff", "examples/plans/vasterbergslagen-2025.yaml", next.toString(), "--json");
        assertThat(diff.exit()).isEqualTo(1);
        Map<String, Object> json = JsonMapper.builder().build().readValue(diff.out(), Map.class);
        List<Map<String, Object>> changes = (List<Map<String, Object>>) json.get("changes");
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("part")).isEqualTo("years");
            assertThat(c.get("item")).isEqualTo("2028");
            assertThat(c.get("after")).isEqualTo("PLAN");
        });
        // 2028 is a new year: one row of its own, not a row per line; amounts are compared for the years both plans hold.
        assertThat(changes).noneSatisfy(c -> {
            assertThat(c.get("part")).isEqualTo("budget");
            assertThat(c.get("year")).isEqualTo(2028);
        });
        assertThat(changes).filteredOn(c -> "budget".equals(c.get("part")) && c.get("year") != null)
                .allSatisfy(c -> assertThat(c.get("before")).isNotEqualTo(c.get("after")));
        assertThat(PlanCheckCommandTest.run("plan", "diff", next.toString(), next.toString()).out()).contains("Planerna är lika.");
    }
}
