package se.samordna.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samordna.plan.GoalRules;
import se.samordna.plan.TheoryOfChange;
import se.samordna.shared.Text;
import se.samordna.shared.Xml;

/**
 * Draws a theory of change as SVG: one column per level from activities (left) to long-term societal
 * effects (right), one band per target group, arrows between the boxes. Read right to left, as in
 * Västerbergslagen's appendix 1. The same picture goes on the page and into documents.
 */
public final class TheoryOfChangePicture {

    private static final int LABEL = 150;
    private static final int COLUMN = 190;
    private static final int BOX_W = 170;
    private static final int BOX_H = 78;
    private static final int GAP = 12;
    private static final int HEADER = 40;

    private TheoryOfChangePicture() {
    }

    public static String svg(TheoryOfChange toc) {
        TheoryOfChange.Level[] levels = TheoryOfChange.Level.values();
        List<String> rows = new ArrayList<>(toc.rows());
        toc.nodes().stream().map(TheoryOfChange.Node::row).filter(r -> !rows.contains(r)).forEach(rows::add);
        Map<String, int[]> position = new HashMap<>();
        int y = HEADER;
        List<int[]> bands = new ArrayList<>();
        for (String row : rows) {
            int tallest = 1;
            for (TheoryOfChange.Level level : levels) {
                int index = 0;
                for (TheoryOfChange.Node node : toc.nodes()) {
                    if (node.row().equals(row) && node.level() == level) {
                        position.put(node.id(), new int[]{LABEL + level.ordinal() * COLUMN + (COLUMN - BOX_W) / 2, y + GAP + index * (BOX_H + GAP)});
                        index++;
                    }
                }
                tallest = Math.max(tallest, index);
            }
            int height = tallest * (BOX_H + GAP) + GAP;
            bands.add(new int[]{y, height});
            y += height;
        }
        int width = LABEL + levels.length * COLUMN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(y + 10)
                .append("\" width=\"").append(width).append("\" height=\"").append(y + 10)
                .append("\" role=\"img\" aria-labelledby=\"toc-title\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">")
                .append("<title id=\"toc-title\">").append(escape(Text.of(toc.period() == null ? "toc.title" : "toc.titleWithPeriod",
                        toc.period(), toc.nodes().size(), toc.edges().size()).swedish())).append("</title>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#083a66\"/></marker></defs>");
        for (TheoryOfChange.Level level : levels) {
            int x = LABEL + level.ordinal() * COLUMN + COLUMN / 2;
            svg.append("<text x=\"").append(x).append("\" y=\"24\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(escape(capitalised(GoalRules.levelName(level)))).append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            int[] band = bands.get(i);
            svg.append("<rect x=\"0\" y=\"").append(band[0]).append("\" width=\"").append(width).append("\" height=\"").append(band[1])
                    .append("\" fill=\"").append(i % 2 == 0 ? "#f3f5f8" : "#ffffff").append("\"/>");
            lines(svg, rows.get(i), 8, band[0] + 20, 20, true);
        }
        arrows(svg, toc, position);
        for (TheoryOfChange.Node node : toc.nodes()) {
            int[] p = position.get(node.id());
            svg.append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"#0b4f8a\"/>");
            lines(svg, node.text(), p[0] + 6, p[1] + 15, 29, false);
        }
        return svg.append("</svg>").toString();
    }

    /** The arrows between the boxes, from the right edge of one to the left edge of the next. */
    private static void arrows(StringBuilder svg, TheoryOfChange toc, Map<String, int[]> position) {
        for (TheoryOfChange.Edge edge : toc.edges()) {
            int[] from = position.get(edge.from());
            int[] to = position.get(edge.to());
            if (from == null || to == null) {
                continue;
            }
            svg.append("<line x1=\"").append(from[0] + BOX_W).append("\" y1=\"").append(from[1] + BOX_H / 2)
                    .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1] + BOX_H / 2)
                    .append("\" stroke=\"#083a66\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
        }
    }


    private static void lines(StringBuilder svg, String text, int x, int y, int width, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        for (int i = 0; i < Math.min(lines.size(), 5); i++) {
            String content = i == 4 && lines.size() > 5 ? lines.get(i) + " …" : lines.get(i);
            svg.append("<text x=\"").append(x).append("\" y=\"").append(y + i * 13).append("\"")
                    .append(bold ? " font-weight=\"bold\"" : "").append(">").append(escape(content)).append("</text>");
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String escape(String text) {
        return Xml.text(text);
    }
}
