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

    /** A note in small print: a footnote's explanation under its section, a legend for a mark. */
    record Note(String text) implements Block {
    }

    /** Where the original has a picture the document does not carry: a framed line naming it. */
    record PictureMarker(String text) implements Block {
    }

    /** A numbered list (1., 2., …). */
    record Numbered(List<String> items) implements Block {
    }

    /** The first page: the title, the period, the association and lines about its standing (adopted when, by which minutes). */
    record Cover(String title, String subtitle, String association, List<String> lines, String quote, String quoteSource) implements Block {

        Cover(String title, String subtitle, String association, List<String> lines) {
            this(title, subtitle, association, lines, null, null);
        }
    }

    /** The table of contents: the level-2 headings that follow, with their pages (PDF) or a field Word fills in (DOCX). */
    record Contents(String title) implements Block {
    }
}
