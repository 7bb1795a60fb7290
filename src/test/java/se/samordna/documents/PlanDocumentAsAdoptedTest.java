package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.shared.Money;

/**
 * The plan's own budget table and overview print what the board adopted and nothing else: each row is a group, a line, a
 * subtotal or a total the plan file holds, with the figure it states; everything Samordna computes stands apart under a
 * heading that names Samordna.
 */
class PlanDocumentAsAdoptedTest {

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml",
            "vasterbergslagen-2025.yaml"})
    void theBudgetTableHoldsOnlyThePlansRowsWithTheFiguresItStates(String seed) {
        Plan plan = Seeds.plan(seed);
        boolean tkr = "tkr".equals(plan.budget().unit());
        List<Block> blocks = PlanBudgetBlocks.budget(plan);
        Block.Table table = (Block.Table) blocks.get(0);
        List<Integer> years = plan.budget().years().stream().map(Plan.BudgetYear::year).sorted().toList();
        List<String> unknown = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String label = row.get(1);
            Plan.LineGroup group = plan.budget().groups().stream().filter(g -> label.startsWith(g.name())).findFirst().orElse(null);
            boolean line = plan.budget().groups().stream().flatMap(g -> g.lines().stream()).anyMatch(l -> l.name().equals(label));
            Plan.LineGroup summed = plan.budget().groups().stream().filter(g -> label.equals(DocumentWords.of("doc.planBudgetBlocks.summa", g.name())))
                    .findFirst().orElse(null);
            if (summed != null) {
                assertThat(summed.stated()).as("%s: a subtotal row the plan states: %s", seed, label).isNotEmpty();
                for (int y = 0; y < years.size(); y++) {
                    Money stated = summed.stated().get(years.get(y));
                    assertThat(row.get(2 + y)).as("%s %s %d", seed, label, years.get(y)).isEqualTo(stated == null ? "" : PlanBudgetBlocks.plain(stated, tkr));
                }
            } else if (isTotal(label)) {
                assertThat(plan.budget().stated()).as("%s: a total the plan states: %s", seed, label).isNotEmpty();
                for (int y = 0; y < years.size(); y++) {
                    Plan.StatedFigures stated = plan.budget().stated().get(years.get(y));
                    if (stated == null) {
                        assertThat(row.get(2 + y)).as("%s %s %d", seed, label, years.get(y)).isEmpty();
                    }
                }
            } else if (group == null && !line) {
                unknown.add(label);
            }
        }
        assertThat(unknown).as("%s: rows of the plan's table that the plan does not hold", seed).isEmpty();
        assertThat(table.rows()).as("%s: Samordna's ceiling and available funds are not rows of the plan's table", seed)
                .noneMatch(r -> r.get(1).equals(DocumentWords.of("doc.planBudgetBlocks.takForEgetKapital")));
        // Samordna's own arithmetic follows, under a heading that names Samordna.
        assertThat(((Block.Paragraph) blocks.get(1)).text()).contains("Samordna");
        assertThat(blocks).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Paragraph.class)
                .satisfies(p -> assertThat(((Block.Paragraph) p).text()).isEqualTo(DocumentWords.of("doc.planBudgetBlocks.samordnasNotes"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml",
            "vasterbergslagen-2025.yaml"})
    void theOverviewPrintsTheAdoptedYearsAndMarksSamordnasComputation(String seed) {
        Plan plan = Seeds.plan(seed);
        List<Block> blocks = PlanOverview.blocks(plan);
        if (!plan.overview().isEmpty()) {
            Block.Table stated = (Block.Table) blocks.get(0);
            assertThat(stated.headers().subList(1, stated.headers().size()))
                    .containsExactlyElementsOf(plan.overview().stream().map(o -> String.valueOf(o.year())).sorted().toList());
            assertThat(stated.rows()).noneMatch(r -> r.get(0).equals(DocumentWords.of("doc.planOverview.takForEgetKapital")));
        }
        assertThat(blocks).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Paragraph.class)
                .satisfies(p -> assertThat(((Block.Paragraph) p).text()).startsWith("Beräknat av Samordna")));
    }

    private static boolean isTotal(String label) {
        return List.of("doc.planBudgetBlocks.intakterTotalt", "doc.planBudgetBlocks.kostnaderTotalt", "doc.planBudgetBlocks.resultat",
                "doc.planBudgetBlocks.egetKapitalVidAretsBorjan", "doc.planBudgetBlocks.egetKapitalVidAretsSlut", "doc.planBudgetBlocks.tillgangligtForNyaInsatser")
                .stream().map(DocumentWords::of).anyMatch(label::equals);
    }
}
