package se.samordna.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import se.samordna.shared.PlanId;

import org.springframework.stereotype.Component;

import se.samordna.plan.Plan;

/**
 * The plan document of a plan still being worked on, kept for the few plans people are downloading: a plan's content is
 * fixed by its id and version (every save moves the version on), so the same board papers are written once, not once per
 * board member. At most {@value #ENTRIES} documents (a few MB); an adopted plan's document comes from {@link PlanArchive}.
 */
@Component
public class RenderedPlans {

    static final int ENTRIES = 48;

    private final Map<String, byte[]> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The document as PDF or DOCX ({@code format}), with the checks as an appendix when asked. */
    public byte[] document(PlanId planId, long version, Plan plan, String format, boolean checks) {
        return document(planId, version, plan, format, new PlanDocument.Options(checks));
    }

    /** As above, with the board as the register holds it (part of what the document is kept by). */
    public byte[] document(PlanId planId, long version, Plan plan, String format, PlanDocument.Options options) {
        String key = planId + ":" + version + ":" + format + ":" + options.checksAppendix() + ":" + options.board().hashCode();
        synchronized (rendered) {
            byte[] known = rendered.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] content = "pdf".equals(format) ? PlanDocuments.pdf(plan, options) : PlanDocuments.docx(plan, options);
        synchronized (rendered) {
            rendered.put(key, content);
        }
        return content;
    }
}
