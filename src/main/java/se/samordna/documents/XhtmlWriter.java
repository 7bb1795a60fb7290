package se.samordna.documents;

import java.util.List;

/**
 * A document's blocks as XHTML for openhtmltopdf: the page and the styles, each block as its element, every text
 * escaped; level-2 headings carry ids so the table of contents can print their page numbers.
 */
final class XhtmlWriter {

    private XhtmlWriter() {
    }

    static String xhtml(String title, String association, List<Block> blocks) {
        StringBuilder html = new StringBuilder();
        head(html, title, association);
        int headings = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                String id = h.level() == 2 ? " id=\"h" + (++headings) + "\"" : "";
                html.append("<h").append(h.level()).append(id).append('>').append(escape(h.text())).append("</h").append(h.level()).append('>');
            } else if (block instanceof Block.Cover c) {
                cover(html, c);
            } else if (block instanceof Block.Contents c) {
                contents(html, c, blocks);
            } else if (block instanceof Block.Numbered list) {
                list(html, "ol", list.items());
            } else if (block instanceof Block.Paragraph p) {
                html.append("<p>").append(escape(p.text())).append("</p>");
            } else if (block instanceof Block.Bullets b) {
                list(html, "ul", b.items());
            } else if (block instanceof Block.Table t) {
                table(html, t);
            } else if (block instanceof Block.Picture p) {
                html.append("<div class=\"picture\">").append(DocumentRenderer.fitted(p.svg(), 600).replace("font-family=\"DejaVu Sans, Arial, sans-serif\"",
                        "font-family=\"DejaVu Sans\"")).append("</div>");
            } else if (block instanceof Block.Note n) {
                html.append("<p class=\"note\">").append(escape(n.text())).append("</p>");
            } else if (block instanceof Block.PictureMarker m) {
                html.append("<p class=\"picture-marker\">").append(escape(m.text())).append("</p>");
            } else if (block instanceof Block.PageBreak) {
                html.append("<div style=\"page-break-after: always\"></div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static void head(StringBuilder html, String title, String association) {
        html.append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"/><title>").append(escape(title)).append("</title><style>")
                .append("@page { size: A4; margin: 18mm 15mm 20mm 15mm; @bottom-center { content: \"").append(DocumentRenderer.cssString(association))
                .append(" – sida \" counter(page) \" av \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }")
                .append("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #111; }")
                .append("h1 { font-size: 20pt; color: #0b4f8a; margin: 0 0 4pt 0; } h2 { font-size: 13pt; color: #0b4f8a; margin: 14pt 0 4pt 0; }")
                .append("table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }")
                .append("th, td { border-bottom: 0.5pt solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 8.5pt; }")
                .append("th { background: #eef2f7; } td.num, th.num { text-align: right; white-space: nowrap; } tr.bold td { font-weight: bold; }")
                .append("ul { list-style: none; padding-left: 0; margin: 2pt 0 6pt 0; } ul > li { margin: 0 0 2pt 10pt; } ul > li:before { content: '• '; } ol > li { margin: 0 0 2pt 0; }")
                .append("thead { display: table-header-group; } tr { page-break-inside: avoid; } .picture { width: 100%; }")
                .append("h2, h3, h4 { page-break-after: avoid; } h3 { font-size: 11pt; color: #0b4f8a; margin: 10pt 0 3pt 0; } h4 { font-size: 10pt; margin: 8pt 0 2pt 0; } ol { margin: 2pt 0 6pt 0; padding-left: 16pt; }")
                .append(".cover { text-align: center; padding-top: 60mm; page-break-after: always; } .cover h1 { font-size: 26pt; }")
                .append(".cover .association { font-size: 15pt; margin-bottom: 18pt; } .cover .subtitle { font-size: 15pt; color: #0b4f8a; }")
                .append("p.note { font-size: 7.5pt; color: #333; margin: 2pt 0; } p.picture-marker { border: 0.5pt dashed #777; padding: 6pt; font-style: italic; color: #333; text-align: center; }")
                .append(".cover .quote { font-style: italic; font-size: 11pt; margin: 24pt 20mm 2pt 20mm; } .cover .quote-source { font-size: 9pt; margin: 0 20mm 12pt 20mm; }")
                .append(".cover .line { font-size: 10.5pt; margin-top: 6pt; } .toc-title { font-size: 13pt; font-weight: bold; color: #0b4f8a; }")
                .append(".toc ul li:before { content: ''; } .toc li { margin: 0 0 3pt 0; } .toc a { color: #111; text-decoration: none; }")
                .append(".toc a::after { content: leader('.') target-counter(attr(href), page); } .toc { page-break-after: always; }")
                .append("</style></head><body>");
    }

    private static void cover(StringBuilder html, Block.Cover c) {
        html.append("<div class=\"cover\"><p class=\"association\">").append(escape(c.association())).append("</p><h1>")
                .append(escape(c.title())).append("</h1>");
        if (c.subtitle() != null) {
            html.append("<p class=\"subtitle\">").append(escape(c.subtitle())).append("</p>");
        }
        if (c.quote() != null) {
            html.append("<p class=\"quote\">").append(escape("\u201d" + c.quote() + "\u201d")).append("</p>");
            if (c.quoteSource() != null) {
                html.append("<p class=\"quote-source\">").append(escape("\u2013 " + c.quoteSource())).append("</p>");
            }
        }
        c.lines().forEach(l -> html.append("<p class=\"line\">").append(escape(l)).append("</p>"));
        html.append("</div>");
    }

    /** The level-2 headings that the document holds, each with the page it lands on (openhtmltopdf's target-counter). */
    private static void contents(StringBuilder html, Block.Contents c, List<Block> blocks) {
        html.append("<div class=\"toc\"><p class=\"toc-title\">").append(escape(c.title())).append("</p><ul>");
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() == 2) {
                html.append("<li><a href=\"#h").append(++n).append("\">").append(escape(h.text())).append("</a></li>");
            }
        }
        html.append("</ul></div>");
    }

    private static void list(StringBuilder html, String element, List<String> items) {
        html.append('<').append(element).append('>');
        items.forEach(i -> html.append("<li>").append(escape(i)).append("</li>"));
        html.append("</").append(element).append('>');
    }

    private static void table(StringBuilder html, Block.Table t) {
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
    }

    private static String escape(String text) {
        return DocumentRenderer.escape(text);
    }
}
