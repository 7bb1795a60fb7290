package se.samordna.documents;

import se.samordna.plan.Plan;

/** The plan document in the board's formats. */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    public static byte[] pdf(Plan plan) {
        return pdf(plan, PlanDocument.Options.BOARD);
    }

    public static byte[] docx(Plan plan) {
        return docx(plan, PlanDocument.Options.BOARD);
    }

    /** The document with what the director chose to add (the checks as an appendix). */
    public static byte[] pdf(Plan plan, PlanDocument.Options options) {
        return DocumentRenderer.pdf(PlanDocument.title(plan), plan.association().name(), PlanDocument.blocks(plan, options));
    }

    public static byte[] docx(Plan plan, PlanDocument.Options options) {
        return DocumentRenderer.docx(PlanDocument.title(plan), PlanDocument.blocks(plan, options));
    }

    public static String html(Plan plan) {
        return DocumentRenderer.xhtml(PlanDocument.title(plan), plan.association().name(), PlanDocument.blocks(plan));
    }
}
