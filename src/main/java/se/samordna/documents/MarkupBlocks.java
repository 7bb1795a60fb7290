package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import se.samordna.shared.Markup;

/**
 * The plan's own text as document blocks: headings (printed one level under the section's), paragraphs, bulleted and
 * numbered lists, tables; a link is printed as its text with the address after it; a footnote's mark as a raised number
 * and its explanation in small print after the section's text; a picture marker as a framed line naming the picture the
 * original has. Every piece reaches the PDF and DOCX as text, so nothing a person wrote can become markup there.
 */
final class MarkupBlocks {

    private MarkupBlocks() {
    }

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        for (Node node = Markup.parse(text).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteDefinition note) {
                StringBuilder explanation = new StringBuilder();
                for (Node part = note.getFirstChild(); part != null; part = part.getNext()) {
                    explanation.append(explanation.length() == 0 ? "" : " ").append(inline(part));
                }
                notes.add(new Block.Note(mark(note.getLabel()) + " " + explanation.toString().strip()));
            } else {
                block(node, blocks);
            }
        }
        blocks.addAll(notes);
        return blocks;
    }

    /** A footnote's mark as printed: its number raised (¹, ²…), another label in brackets. */
    static String mark(String label) {
        if (label.matches("\\d{1,3}")) {
            StringBuilder raised = new StringBuilder();
            label.chars().forEach(c -> raised.append("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079".charAt(c - '0')));
            return raised.toString();
        }
        return "[" + label + "]";
    }

    private static void block(Node node, List<Block> blocks) {
        if (node instanceof Paragraph && node.getFirstChild() instanceof Image image && image.getNext() == null) {
            blocks.add(new Block.PictureMarker(picture(image)));
        } else if (node instanceof Heading) {
            blocks.add(new Block.Heading(3, inline(node)));
        } else if (node instanceof Paragraph) {
            blocks.add(new Block.Paragraph(inline(node)));
        } else if (node instanceof BulletList) {
            blocks.add(new Block.Bullets(items(node)));
        } else if (node instanceof OrderedList) {
            blocks.add(new Block.Numbered(items(node)));
        } else if (node instanceof TableBlock) {
            blocks.add(table(node));
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child, blocks);
            }
        } else if (node instanceof FencedCodeBlock code) {
            blocks.add(new Block.Paragraph(code.getLiteral().strip()));
        } else if (node instanceof IndentedCodeBlock code) {
            blocks.add(new Block.Paragraph(code.getLiteral().strip()));
        } else if (node instanceof HtmlBlock html) {
            blocks.add(new Block.Paragraph(html.getLiteral().strip()));
        }
    }

    /** A list's items as lines; an item's own sub-list follows it with a dash. */
    private static List<String> items(Node list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof BulletList || part instanceof OrderedList) {
                    items.add(line.toString().strip());
                    line.setLength(0);
                    items(part).forEach(sub -> items.add("– " + sub));
                } else {
                    line.append(line.length() == 0 ? "" : " ").append(inline(part));
                }
            }
            if (line.length() > 0) {
                items.add(line.toString().strip());
            }
        }
        return items;
    }

    private static Block.Table table(Node table) {
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cell instanceof TableCell ? inline(cell) : "");
                }
                if (section instanceof TableHead) {
                    headers.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        int width = headers.size();
        List<List<String>> even = rows.stream().map(r -> {
            List<String> row = new ArrayList<>(r.subList(0, Math.min(width, r.size())));
            while (row.size() < width) {
                row.add("");
            }
            return row;
        }).toList();
        boolean[] numeric = new boolean[width];
        for (int c = 0; c < width; c++) {
            int column = c;
            numeric[c] = !even.isEmpty() && even.stream().allMatch(r -> r.get(column).matches("[−\\-+]?[0-9  .,%]+( ?(kr|tkr|%))?"));
        }
        return new Block.Table(headers, even, numeric, List.of());
    }

    /** The text of a node's inline content; links keep their address in parentheses, HTML stays as the characters typed. */
    static String inline(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                text.append(' ');
            } else if (child instanceof HardLineBreak) {
                text.append('\n');
            } else if (child instanceof HtmlInline html) {
                text.append(html.getLiteral());
            } else if (child instanceof FootnoteReference reference) {
                text.append(mark(reference.getLabel()));
            } else if (child instanceof Image image) {
                text.append('[').append(picture(image)).append(']');
            } else if (child instanceof Link link) {
                String label = inline(link);
                text.append(label);
                if (Markup.allowedLink(link.getDestination()) && !label.equals(link.getDestination())) {
                    text.append(" (").append(link.getDestination()).append(')');
                }
            } else {
                text.append(inline(child));
            }
        }
        return text.toString();
    }

    /** The words standing for a picture the original has ("Bild i originalet: …"); a picture with an address is only named too. */
    private static String picture(Image image) {
        return DocumentWords.of("doc.markup.pictureMarker", Markup.pictureWords(image));
    }
}
