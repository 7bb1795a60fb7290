package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samordna.plan.Seeds;

/** The budget part's sentences about the equity rules, whole sentences from documents.properties with the seeds' figures. */
class PlanBudgetBlocksTest {

    /** The lines with ordinary spaces (figures keep their parts together with no-break spaces). */
    static java.util.List<String> spaced(se.samordna.plan.Plan plan) {
        return PlanBudgetBlocks.rules(plan).stream().map(line -> line.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    @Test
    void theEquityRulesAreSaidInWholeSentencesWithTheSeedsFigures() {
        assertThat(spaced(Seeds.plan("klaralvdalen-2025.yaml")))
                .first().isEqualTo("Förbundets riktlinje: eget kapital bör inte överstiga 20 % av årets tilldelning.");
        assertThat(spaced(Seeds.plan("norra-vastmanland-2022.yaml")))
                .first().isEqualTo("Förbundets riktlinje: eget kapital bör inte överstiga 20 % av de budgeterade intäkterna.");
        // Södra Dalarna keeps a floor of 400 tkr: each year's line names the ceiling and the floor, marked as Samordna's computation.
        assertThat(spaced(Seeds.plan("sodra-dalarna-2025.yaml")))
                .contains("Eget kapital bör inte understiga 400 tkr.")
                .anySatisfy(line -> assertThat(line).startsWith("Beräknat av Samordna: 2025: beräknat eget kapital vid årets slut ").contains("(tak ").endsWith(", golv 400 tkr)."));
    }
}
