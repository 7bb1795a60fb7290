package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/** Renders a document's blocks to PDF (XHTML through openhtmltopdf, with DejaVu embedded) and to DOCX (Apache POI). */
final class DocumentRenderer {

    private DocumentRenderer() {
    }

    static String xhtml(String title, String association, List<Block> blocks) {
        return XhtmlWriter.xhtml(title, association, blocks);
    }

    static {
        // openhtmltopdf logs nothing; without a logger of its own it would still make its java.util.logging one, with a
        // console handler and a random UUID: 27 ms of a command's main thread.
        XRLog.setLoggerImpl(new NoLog());
        XRLog.setLoggingEnabled(false);
    }

    private static final class NoLog implements XRLogger {
        @Override
        public void log(String where, Level level, String message) {
            // logging is off
        }

        @Override
        public void log(String where, Level level, String message, Throwable th) {
            // logging is off
        }

        @Override
        public void setLevel(String logger, Level level) {
            // logging is off
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    static byte[] pdf(String title, String association, List<Block> blocks) {
        return pdf(xhtml(title, association, blocks));
    }

    /**
     * Renders XHTML, or gives the PDF already rendered from the same XHTML ({@link RenderedPdfs}); fonts come from the
     * classpath, and no URL in the markup (http, file, …) is ever opened.
     */
    static byte[] pdf(String xhtml) {
        return RenderedPdfs.pdf(xhtml, DocumentRenderer::render);
    }

    static byte[] render(String xhtml) {
        // The faces the command line is parsing on its second thread (CommandLinePdf); in the server each document reads its own.
        CompletableFuture<PdfFaces> prepared = CommandLinePdf.takeFaces();
        CompletableFuture<PdfFaces> faces = prepared != null ? prepared : CompletableFuture.completedFuture(PdfFaces.read());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new Face(document, () -> faces.join().regular()), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(new Face(document, () -> faces.join().bold()), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            // Nothing outside the document is ever fetched: fonts come from the classpath above, pictures inline.
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
            builder.useExternalResourceAccessControl(DocumentRenderer::inlineOnly, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(DocumentRenderer::inlineOnly, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(XhtmlDom.parse(xhtml), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            faces.join().close();
        }
    }

    /**
     * A face embedded in the document as a subset of the glyphs it prints, made when the layout first measures text
     * with it (openhtmltopdf asks each supplier once).
     */
    private static final class Face extends PDFontSupplier {
        private final PDDocument document;
        private final Supplier<TrueTypeFont> face;

        Face(PDDocument document, Supplier<TrueTypeFont> face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, face.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static byte[] docx(String title, List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(title);
            WordStyles.headings(doc);
            boolean contents = blocks.stream().anyMatch(b -> b instanceof Block.Contents);
            for (Block block : blocks) {
                if (!contents && block instanceof Block.Heading h && h.level() == 2) {
                    // Without a contents block the table of contents goes before the first section, after the title and its lines.
                    WordStyles.tableOfContents(doc);
                    contents = true;
                }
                word(doc, block);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the DOCX document", e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(850));
        margins.setRight(BigInteger.valueOf(850));
        margins.setTop(BigInteger.valueOf(1000));
        margins.setBottom(BigInteger.valueOf(1000));
    }

    /** One block in Word: headings in the heading styles, lists as marked paragraphs, tables in the table style. */
    private static void word(XWPFDocument doc, Block block) {
        if (block instanceof Block.Contents) {
            WordStyles.tableOfContents(doc);
            doc.createParagraph().setPageBreak(true);
        } else if (block instanceof Block.Cover c) {
            cover(doc, c);
        } else if (block instanceof Block.Numbered list) {
            for (int i = 0; i < list.items().size(); i++) {
                doc.createParagraph().createRun().setText((i + 1) + ". " + list.items().get(i));
            }
        } else if (block instanceof Block.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + h.level());
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setFontSize(h.level() == 1 ? 20 : h.level() == 2 ? 14 : 12);
            run.setColor("0B4F8A");
            run.setText(h.text());
        } else if (block instanceof Block.Paragraph para) {
            doc.createParagraph().createRun().setText(para.text());
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(i -> doc.createParagraph().createRun().setText("• " + i));
        } else if (block instanceof Block.Table t) {
            table(doc, t);
        } else if (block instanceof Block.Picture pic) {
            picture(doc, pic);
        } else if (block instanceof Block.Note n) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setFontSize(8);
            run.setText(n.text());
        } else if (block instanceof Block.PictureMarker m) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            XWPFRun run = p.createRun();
            run.setItalic(true);
            run.setText(m.text());
        } else if (block instanceof Block.PageBreak) {
            doc.createParagraph().setPageBreak(true);
        }
    }

    private static void picture(XWPFDocument doc, Block.Picture pic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        byte[] png = png(pic.svg(), 1600);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    "forandringsteori.png", Units.toEMU(480), Units.toEMU(480.0 * height(pic.svg()) / width(pic.svg())));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Could not add the picture to the DOCX document", e);
        }
    }

    private static void cover(XWPFDocument doc, Block.Cover c) {
        XWPFParagraph space = doc.createParagraph();
        space.setSpacingBefore(2400);
        coverLine(doc, c.association(), 16, false, "111111");
        coverLine(doc, c.title(), 26, true, "0B4F8A");
        if (c.subtitle() != null) {
            coverLine(doc, c.subtitle(), 16, false, "0B4F8A");
        }
        if (c.quote() != null) {
            coverLine(doc, "\u201d" + c.quote() + "\u201d", 11, false, "111111");
            if (c.quoteSource() != null) {
                coverLine(doc, "\u2013 " + c.quoteSource(), 9, false, "111111");
            }
        }
        c.lines().forEach(l -> coverLine(doc, l, 11, false, "111111"));
        doc.createParagraph().setPageBreak(true);
    }

    private static void coverLine(XWPFDocument doc, String text, int size, boolean bold, String color) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setFontSize(size);
        run.setBold(bold);
        run.setColor(color);
        run.setText(text);
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        table.setStyleID(WordStyles.TABLE_STYLE);
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook look = table.getCTTbl().getTblPr().addNewTblLook();
        look.setFirstRow(Boolean.TRUE);
        look.setNoVBand(Boolean.TRUE);
        look.setVal(new byte[]{0x04, 0x20});
        for (int c = 0; c < t.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), t.headers().get(c), true, t.numeric()[c]);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), row.get(c), t.emphasised().contains(r), t.numeric()[c]);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setFontSize(8);
        run.setBold(bold);
        run.setText(text);
    }

    static byte[] png(String svg, float widthPixels) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PNGTranscoder transcoder = new PNGTranscoder();
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, widthPixels);
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Could not draw the theory of change", e);
        }
    }

    /** The same picture drawn at most {@code maxWidth} CSS pixels wide (the viewBox keeps its coordinates). */
    static String fitted(String svg, double maxWidth) {
        double width = width(svg);
        if (width <= maxWidth) {
            return svg;
        }
        double height = height(svg) * maxWidth / width;
        return svg.replaceFirst(" width=\"[0-9.]+\" height=\"[0-9.]+\"",
                " width=\"" + (int) maxWidth + "\" height=\"" + (int) Math.ceil(height) + "\"");
    }

    private static double width(String svg) {
        return attribute(svg, "width");
    }

    private static double height(String svg) {
        return attribute(svg, "height");
    }

    private static double attribute(String svg, String name) {
        int at = svg.indexOf(" " + name + "=\"");
        int start = at + name.length() + 3;
        return new java.math.BigDecimal(svg.substring(start, svg.indexOf('"', start))).doubleValue();
    }

    static boolean inlineOnly(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }

    /**
     * Text for a quoted CSS string inside the XHTML style element: every character but letters, digits and
     * spaces becomes a CSS hex escape, so no quote, backslash, brace or markup character can end the string.
     */
    static String cssString(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder css = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.toString();
    }

    static String escape(String text) {
        return se.samordna.shared.Xml.text(text);
    }
}
