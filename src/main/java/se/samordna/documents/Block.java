package se.samordna.documents;

import java.util.List;

/** The parts of a document, written once and rendered to both PDF (through XHTML) and DOCX. */
sealed interface Block {

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** A table; {@code numeric} marks the columns aligned right; {@code emphasised} rows are printed bold. */
    record Table(List<String> headers, List<List<String>> rows, boolean[] numeric, List<Integer> emphasised) implements Block {
    }

    record Picture(String svg, String caption) implements Block {
    }

    record PageBreak() implements Block {
    }
}
