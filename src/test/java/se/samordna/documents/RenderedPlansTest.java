package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import se.samordna.shared.PlanId;

import org.junit.jupiter.api.Test;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;

/** A plan version's document is written once and handed out again; a new version, format or appendix is written anew. */
class RenderedPlansTest {

    @Test
    void theSameVersionIsWrittenOnceAndANewVersionAnew() {
        RenderedPlans rendered = new RenderedPlans();
        Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");
        PlanId id = PlanId.of(UUID.randomUUID());

        byte[] first = rendered.document(id, 3, plan, "pdf", false);
        assertThat(rendered.document(id, 3, plan, "pdf", false)).isSameAs(first);
        assertThat(rendered.document(id, 3, plan, "pdf", true)).isNotSameAs(first);
        byte[] word = rendered.document(id, 3, plan, "docx", false);
        assertThat(new String(word, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(rendered.document(id, 3, plan, "docx", false)).isSameAs(word);

        // A new version that prints the same (a save that changed nothing printed) is the same PDF (RenderedPdfs keeps
        // PDFs by their content); one that prints differently is rendered anew.
        assertThat(rendered.document(id, 4, plan, "pdf", false)).isSameAs(first);
        Plan renamed = plan.withHeader(new Plan.Header("Södra Dalarnas förbund", plan.association().decided(), plan.association().source()));
        assertThat(new String(rendered.document(id, 5, renamed, "pdf", false), java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEqualTo(
                new String(first, java.nio.charset.StandardCharsets.ISO_8859_1));

        // Bounded: the oldest documents make room.
        for (int v = 100; v < 100 + RenderedPlans.ENTRIES; v++) {
            rendered.document(id, v, plan, "docx", false);
        }
        assertThat(rendered.document(id, 3, plan, "docx", false)).isNotSameAs(word);
    }
}
