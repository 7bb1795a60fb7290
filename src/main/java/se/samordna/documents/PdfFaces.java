package se.samordna.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The two DejaVu faces a PDF embeds, parsed from the classpath for one document (its subsets are cut from them).
 * Typographic ligatures are off: PDFBox would print "fi", "fl" and "ff" as one glyph each, and the PDF's text would
 * then hold the ligature characters (ﬁ U+FB01), so that a board member searching the document for "finansiering" or
 * "flera", or copying a sentence out of it, would not find or get the words. The layout measures text without them
 * anyway, and PDFBox's substitution pass over every line of text was a fifteenth of a command's PDF.
 */
record PdfFaces(TrueTypeFont regular, TrueTypeFont bold) {

    static PdfFaces read() {
        return new PdfFaces(parse("fonts/DejaVuSans.ttf"), parse("fonts/DejaVuSans-Bold.ttf"));
    }

    /** DejaVu Sans, or another face the application carries, without glyph substitution. */
    static TrueTypeFont parse(String resource) {
        try (InputStream in = PdfFaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(in));
            face.setEnableGsub(false);
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        try {
            regular.close();
            bold.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
