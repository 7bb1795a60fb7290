package se.samordna.plan.file;

import java.util.List;
import java.util.regex.Pattern;

import se.samordna.plan.Plan;
import se.samordna.shared.Markup;
import se.samordna.shared.Text;
import tools.jackson.databind.JsonNode;

/**
 * Reads the plan's own words beside its figures: its text sections (and appendices) and the marks of its budget table
 * with what they mean. Every text is bounded and checked before it is kept.
 */
final class WordsFileReader extends FileNodes {

    /** The most text sections a plan has. */
    static final int MAX_SECTIONS = 40;

    /** The most explained marks a budget table has, and the longest explanation. */
    static final int MAX_LEGENDS = 20;
    static final int MAX_LEGEND_CHARS = 1000;

    /** A mark in the budget table: one to three asterisks, daggers or a footnote's number. */
    private static final Pattern MARK = Pattern.compile("\\*{1,3}|\u2020{1,2}|\u2021|[0-9]{1,2}");

    WordsFileReader(FileNodes file) {
        super(file);
    }

    /** The plan's own text sections: at most 40, a heading of 1–200 characters, a text in the safe markup. */
    List<Plan.Section> sections(JsonNode node) {
        List<Plan.Section> sections = list(node, "/sections", (n, p) -> {
            if (!object(n, p)) {
                return null;
            }
            allowOnly(n, p, "heading", "text", "appendix");
            String heading = text(n, p, "heading", true);
            if (heading != null && (heading.isBlank() || heading.length() > 200 || heading.contains("\n"))) {
                fail(p + "/heading", Text.of("file.rubrikenSkaVaraEnRad"));
            }
            String text = Markup.clean(text(n, p, "text", false));
            Markup.problems(text).forEach(problem -> fail(p + "/text", problem));
            return heading == null ? null : new Plan.Section(heading.strip(), text, n.has("appendix") && n.get("appendix").asBoolean());
        });
        if (sections.size() > MAX_SECTIONS) {
            fail("/sections", Text.of("file.planenHarTextavsnittHogst", sections.size(), MAX_SECTIONS));
        }
        return sections;
    }

    /** The budget table's marks and what the plan says they mean ({@code budget.legends}). */
    List<Plan.Legend> legends(JsonNode node) {
        List<Plan.Legend> legends = list(node, "/budget/legends", (n, p) -> {
            if (!object(n, p)) {
                return null;
            }
            allowOnly(n, p, "mark", "text");
            String mark = mark(n, p, true);
            String text = text(n, p, "text", true);
            if (text != null && text.length() > MAX_LEGEND_CHARS) {
                fail(p + "/text", Text.of("file.quoteTooLong", MAX_LEGEND_CHARS));
            }
            return mark == null || text == null ? null : new Plan.Legend(mark, text.strip());
        });
        if (legends.size() > MAX_LEGENDS) {
            fail("/budget/legends", Text.of("file.tooManyLegends", legends.size(), MAX_LEGENDS));
        }
        return List.copyOf(legends);
    }

    /** A mark on a line or a legend, checked against the forms a table uses. */
    String mark(JsonNode node, String path, boolean required) {
        String mark = text(node, path, "mark", required);
        if (mark != null && !MARK.matcher(mark).matches()) {
            fail(path + "/mark", Text.of("file.markForm"));
        }
        return mark;
    }
}
