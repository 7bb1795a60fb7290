package se.samordna.documents;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;

/**
 * What a command that renders one PDF and exits ({@code plan document --format pdf}) does before it reads its plan.
 * <ul>
 * <li>PDFBox's standard fonts, which the PDF library sets up for every document although ours embeds only DejaVu, get
 * a font mapper that never searches the system's fonts: the default one reads its cache of them, then parses three of
 * them as stand-ins, a tenth of the command. The stand-in is our own DejaVu Sans, parsed only if something asks for an
 * outline, which writing a PDF does not.</li>
 * <li>Nothing is kept for a next document ({@link RenderedPdfs}): there is none.</li>
 * <li>The documents' words, the two DejaVu faces the document embeds, the standard fonts' metrics, PDFBox's glyph lists
 * and the colour classes its document loads are read on a second thread while the first reads the plan file: none of
 * them depends on the plan. The next document rendered in this JVM takes the faces ({@link #takeFaces()}): a parsed
 * font serves one document, whose subsets are cut from it.</li>
 * </ul>
 * The server keeps PDFBox's own mapper, which searches once and keeps what it found.
 */
public final class CommandLinePdf {

    private CommandLinePdf() {
    }

    private static final AtomicReference<CompletableFuture<PdfFaces>> FACES = new AtomicReference<>();

    public static void prepare() {
        // Inherited by the warm-up thread, so both find the one logging factory Commons Logging keeps for it.
        Thread.currentThread().setContextClassLoader(new NoLoggingConfiguration(Thread.currentThread().getContextClassLoader()));
        FontMappers.set(new BundledFonts());
        RenderedPdfs.keeping(false);
        CompletableFuture<PdfFaces> faces = new CompletableFuture<>();
        FACES.set(faces);
        Thread warmUp = new Thread(new WarmUp(faces), "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * The application's class loader, except that it has no {@code commons-logging.properties} and no
     * {@code simplelog.properties}. Commons Logging, which PDFBox logs through, asks the thread's class loader for every
     * file of the first name before it reads the system properties that choose its simple log
     * ({@code CommandLine.quietLogging}), and the simple log then asks for the second. The application's loader answers
     * each by opening every one of its 169 jars: together a fifth of the PDF command's CPU. None of them holds either.
     */
    private static final class NoLoggingConfiguration extends ClassLoader {
        NoLoggingConfiguration(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return unused(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            return unused(name) ? null : super.getResource(name);
        }

        private static boolean unused(String name) {
            return "commons-logging.properties".equals(name) || "simplelog.properties".equals(name);
        }
    }

    /** A class, not a lambda: the thread that reads the plan is linking the JVM's first lambdas meanwhile. */
    private static final class WarmUp implements Runnable {
        private final CompletableFuture<PdfFaces> faces;

        WarmUp(CompletableFuture<PdfFaces> faces) {
            this.faces = faces;
        }

        @Override
        public void run() {
            // The faces first: the document waits for them; tables not read here yet when the renderer is made are read
            // there, by the document's own thread.
            DocumentWords.of("doc.documentWarmUp.uppvarmning"); // the documents' words, a bundle of their own
            try {
                faces.complete(PdfFaces.read());
            } catch (RuntimeException e) {
                faces.completeExceptionally(e);
            }
            readFontTables();
        }
    }

    /**
     * The faces {@link #prepare()} is parsing, once (null if none were prepared or they were taken already), to be waited
     * for when the document first needs them; if they could not be read, the document reads its own.
     */
    static CompletableFuture<PdfFaces> takeFaces() {
        CompletableFuture<PdfFaces> faces = FACES.getAndSet(null);
        return faces == null ? null : faces.exceptionally(unread -> PdfFaces.read());
    }

    /** Each is read once per JVM and kept by PDFBox; a failure here is met again, and reported, where the document needs it. */
    private static void readFontTables() {
        try {
            new PDDocument().close();
            for (Standard14Fonts.FontName font : Standard14Fonts.FontName.values()) {
                Standard14Fonts.getAFM(font.getName());
            }
            GlyphList.getAdobeGlyphList();
            GlyphList.getZapfDingbats();
        } catch (IOException | RuntimeException e) {
            // the document's own thread reads them again and reports what fails
        }
    }

    /** Every font PDFBox asks for is stood in for by the DejaVu Sans the documents embed. */
    private static final class BundledFonts implements FontMapper {
        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(Sans.font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            // Not marked as a fallback: PDFBox would name it in a warning, and so parse it.
            return new FontMapping<>(new LazySans(), false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
            return new CIDFontMapping(null, Sans.font(), true);
        }
    }

    /** DejaVu Sans from the classpath, parsed the first time it is asked for. */
    private static final class Sans {
        private static final TrueTypeFont FONT = PdfFaces.parse("fonts/DejaVuSans.ttf");

        static TrueTypeFont font() {
            return FONT;
        }
    }

    /** A stand-in that parses DejaVu Sans only when one of its glyphs or measures is asked for. */
    private static final class LazySans implements FontBoxFont {
        @Override
        public String getName() throws IOException {
            return Sans.font().getName();
        }

        @Override
        public BoundingBox getFontBBox() throws IOException {
            return Sans.font().getFontBBox();
        }

        @Override
        public List<Number> getFontMatrix() throws IOException {
            return Sans.font().getFontMatrix();
        }

        @Override
        public GeneralPath getPath(String name) throws IOException {
            return Sans.font().getPath(name);
        }

        @Override
        public float getWidth(String name) throws IOException {
            return Sans.font().getWidth(name);
        }

        @Override
        public boolean hasGlyph(String name) throws IOException {
            return Sans.font().hasGlyph(name);
        }
    }
}
