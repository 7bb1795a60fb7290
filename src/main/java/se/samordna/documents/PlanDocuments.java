package se.samordna.documents;

import se.samordna.plan.Plan;

/** The plan document in the board's formats. */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    public static byte[] pdf(Plan plan) {
        return DocumentRenderer.pdf(PlanDocument.title(plan), plan.association().name(), PlanDocument.blocks(plan));
    }

    public static byte[] docx(Plan plan) {
        return DocumentRenderer.docx(PlanDocument.title(plan), PlanDocument.blocks(plan));
    }

    public static String html(Plan plan) {
        return DocumentRenderer.xhtml(PlanDocument.title(plan), plan.association().name(), PlanDocument.blocks(plan));
    }
}
