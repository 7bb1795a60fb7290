package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
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

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/** Renders a document's blocks to PDF (XHTML through openhtmltopdf, with DejaVu embedded) and to DOCX (Apache POI). */
final class DocumentRenderer {

    private DocumentRenderer() {
    }

    static String xhtml(String title, String association, List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"/><title>").append(escape(title)).append("</title><style>")
                .append("@page { size: A4; margin: 18mm 15mm 20mm 15mm; @bottom-center { content: \"").append(cssString(association))
                .append(" – sida \" counter(page) \" av \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #111; }")
                .append("h1 { font-size: 20pt; color: #0b4f8a; margin: 0 0 4pt 0; } h2 { font-size: 13pt; color: #0b4f8a; margin: 14pt 0 4pt 0; }")
                .append("table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }")
                .append("th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 8.5pt; }")
                .append("th { background: #eef2f7; } td.num, th.num { text-align: right; white-space: nowrap; } tr.bold td { font-weight: bold; }")
                .append("ul { list-style: none; padding-left: 0; margin: 2pt 0 6pt 0; } li { margin: 0 0 2pt 10pt; } li:before { content: '• '; }")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; } .picture { width: 100%; }")
                .append("h2, h3 { page-break-after: avoid; } h3 { font-size: 11pt; color: #0b4f8a; margin: 10pt 0 3pt 0; } ol { margin: 2pt 0 6pt 0; padding-left: 16pt; }")
                .append(".cover { text-align: center; padding-top: 60mm; page-break-after: always; } .cover h1 { font-size: 26pt; }")
                .append(".cover .association { font-size: 15pt; margin-bottom: 18pt; } .cover .subtitle { font-size: 15pt; color: #0b4f8a; }")
                .append(".cover .line { font-size: 10.5pt; margin-top: 6pt; } .toc-title { font-size: 13pt; font-weight: bold; color: #0b4f8a; }")
                .append(".toc ul li:before { content: ''; } .toc li { margin: 0 0 3pt 0; } .toc a { color: #111; text-decoration: none; }")
                .append(".toc a::after { content: leader('.') target-counter(attr(href), page); } .toc { page-break-after: always; }")
                .append("</style></head><body>");
        int headings = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                String id = h.level() == 2 ? " id=\"h" + (++headings) + "\"" : "";
                html.append("<h").append(h.level()).append(id).append('>').append(escape(h.text())).append("</h").append(h.level()).append('>');
            } else if (block instanceof Block.Cover c) {
                html.append("<div class=\"cover\"><p class=\"association\">").append(escape(c.association())).append("</p><h1>")
                        .append(escape(c.title())).append("</h1>");
                if (c.subtitle() != null) {
                    html.append("<p class=\"subtitle\">").append(escape(c.subtitle())).append("</p>");
                }
                c.lines().forEach(l -> html.append("<p class=\"line\">").append(escape(l)).append("</p>"));
                html.append("</div>");
            } else if (block instanceof Block.Contents c) {
                html.append("<div class=\"toc\"><p class=\"toc-title\">").append(escape(c.title())).append("</p><ul>");
                int n = 0;
                for (Block b : blocks) {
                    if (b instanceof Block.Heading h && h.level() == 2) {
                        html.append("<li><a href=\"#h").append(++n).append("\">").append(escape(h.text())).append("</a></li>");
                    }
                }
                html.append("</ul></div>");
            } else if (block instanceof Block.Numbered list) {
                html.append("<ol>");
                list.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>"));
                html.append("</ol>");
            } else if (block instanceof Block.Paragraph p) {
                html.append("<p>").append(escape(p.text())).append("</p>");
            } else if (block instanceof Block.Bullets b) {
                    html.append("<ul>");
                    b.items().forEach(i -> html.append("<li>").append(escape(i)).append("</li>"));
                    html.append("</ul>");
            } else if (block instanceof Block.Table t) {
                    html.append("<table><thead><tr>");
                    for (int c = 0; c < t.headers().size(); c++) {
                        html.append("<th").append(t.numeric()[c] ? " class=\"num\"" : "").append('>').append(escape(t.headers().get(c))).append("</th>");
                    }
                    html.append("</tr></thead><tbody>");
                    for (int r = 0; r < t.rows().size(); r++) {
                        html.append(t.emphasised().contains(r) ? "<tr class=\"bold\">" : "<tr>");
                        List<String> row = t.rows().get(r);
                        for (int c = 0; c < row.size(); c++) {
                            html.append("<td").append(t.numeric()[c] ? " class=\"num\"" : "").append('>').append(escape(row.get(c))).append("</td>");
                        }
                        html.append("</tr>");
                    }
                    html.append("</tbody></table>");
            } else if (block instanceof Block.Picture p) {
                html.append("<div class=\"picture\">").append(fitted(p.svg(), 600).replace("font-family=\"DejaVu Sans, Arial, sans-serif\"",
                        "font-family=\"DejaVu Sans\"")).append("</div>");
            } else if (block instanceof Block.PageBreak) {
                html.append("<div style=\"page-break-after: always\"></div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    static byte[] pdf(String title, String association, List<Block> blocks) {
        return pdf(xhtml(title, association, blocks));
    }

    /** Renders XHTML; fonts come from the classpath, and no URL in the markup (http, file, …) is ever opened. */
    static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSans.ttf"), "DejaVu Sans", 400, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            // Nothing outside the document is ever fetched: fonts come from the classpath above, pictures inline.
            builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
            builder.useExternalResourceAccessControl(DocumentRenderer::inlineOnly, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(DocumentRenderer::inlineOnly, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String title, List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            doc.getProperties().getCoreProperties().setTitle(title);
            WordStyles.headings(doc);
            boolean contents = false;
            for (Block block : blocks) {
                if (!contents && block instanceof Block.Heading h && h.level() == 2 && blocks.stream().noneMatch(b -> b instanceof Block.Contents)) {
                    // The table of contents goes before the first section, after the title and its lines.
                    WordStyles.tableOfContents(doc);
                    contents = true;
                }
                if (block instanceof Block.Contents) {
                    WordStyles.tableOfContents(doc);
                    doc.createParagraph().setPageBreak(true);
                    contents = true;
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
                        run.setFontSize(h.level() == 1 ? 20 : 14);
                        run.setColor("0B4F8A");
                        run.setText(h.text());
                } else if (block instanceof Block.Paragraph para) {
                    doc.createParagraph().createRun().setText(para.text());
                } else if (block instanceof Block.Bullets b) {
                    b.items().forEach(i -> doc.createParagraph().createRun().setText("• " + i));
                } else if (block instanceof Block.Table t) {
                    table(doc, t);
                } else if (block instanceof Block.Picture pic) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setAlignment(ParagraphAlignment.CENTER);
                        byte[] png = png(pic.svg(), 1600);
                        p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                                "forandringsteori.png", Units.toEMU(480), Units.toEMU(480.0 * height(pic.svg()) / width(pic.svg())));
                } else if (block instanceof Block.PageBreak) {
                    doc.createParagraph().setPageBreak(true);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Could not write the DOCX document", e);
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

    private static InputStream font(String path) {
        InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Font missing from the application: " + path);
        }
        return in;
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
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
