package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.Initiative;
import se.samordna.shared.MoneyFormat;

/**
 * Every sentence of a seed's plan document comes from the plan file, or is a computed aid marked as Samordna's: a
 * paragraph or list item that neither the plan holds nor a Samordna-marked text introduces fails the test, naming it.
 * The only sentences in the plan's voice that Samordna writes are the plan's own guidelines put into words, and those
 * are held to the plan's figures.
 */
class PlanDocumentProvenanceTest {

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml",
            "vasterbergslagen-2025.yaml"})
    void everySentenceIsThePlansOrMarkedAsSamordnas(String seed) {
        Plan plan = Seeds.plan(seed);
        Set<String> held = held(plan);
        List<String> unheld = new ArrayList<>();
        boolean underSamordna = false;
        for (Block block : PlanDocument.blocks(plan)) {
            List<String> texts = texts(block);
            if (block instanceof Block.Heading) {
                underSamordna = false;
            }
            for (String text : texts) {
                boolean marked = text.contains("Samordna");
                if (!held.contains(text) && !marked && !(underSamordna && block instanceof Block.Bullets) && !guideline(plan, text)) {
                    unheld.add(text);
                }
            }
            // A list right after a paragraph that names Samordna ("Samordnas anmärkningar:") is Samordna's.
            if (block instanceof Block.Paragraph p) {
                underSamordna = p.text().contains("Samordna");
            }
        }
        assertThat(unheld).as("%s: sentences in the plan's voice that the plan does not hold", seed).isEmpty();
    }

    /** The sentences a block prints: a paragraph, a note, a picture marker, a list's items. */
    private static List<String> texts(Block block) {
        if (block instanceof Block.Paragraph p) {
            return List.of(p.text());
        } else if (block instanceof Block.Note n) {
            return List.of(n.text());
        } else if (block instanceof Block.PictureMarker m) {
            return List.of(m.text());
        } else if (block instanceof Block.Bullets b) {
            return b.items();
        } else if (block instanceof Block.Numbered n) {
            return n.items();
        }
        return List.of();
    }

    /** What the plan file holds, as the document prints it. */
    private static Set<String> held(Plan plan) {
        Set<String> held = new HashSet<>();
        for (Plan.Section section : plan.sections()) {
            MarkupBlocks.of(section.text()).forEach(b -> held.addAll(texts(b)));
        }
        for (Initiative i : plan.initiatives()) {
            held.add(i.name() + ": " + i.purpose());
            held.add(DocumentWords.of("doc.planDocument.initiativeGoals", i.name()));
            held.addAll(i.goals() == null ? List.of() : i.goals());
        }
        plan.budget().legends().forEach(l -> held.add(l.mark() + " " + l.text()));
        if (plan.goals().theoryOfChange().reading() != null) {
            held.add(plan.goals().theoryOfChange().reading());
        }
        return held;
    }

    /** The plan's own guidelines put into words, each holding the plan's figure. */
    private static boolean guideline(Plan plan, String text) {
        Plan.FinancialRules rules = plan.rules();
        if (text.startsWith("Förbundets riktlinje: eget kapital bör inte överstiga ")) {
            return text.contains(MoneyFormat.percent(rules.equityCeilingPercent()));
        }
        if (text.startsWith("Eget kapital bör inte understiga ")) {
            return text.equals(DocumentWords.of("doc.planBudgetBlocks.egetKapitalBorInteUnderstiga", PlanBudgetBlocks.money(rules.equityFloor(), plan)));
        }
        if (text.startsWith("Målet är att administrationens kostnader")) {
            return rules.adminShareGoalPercent() != null && text.contains(MoneyFormat.percent(rules.adminShareGoalPercent()));
        }
        return false;
    }
}
