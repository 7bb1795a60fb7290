package se.samordna.plan;

import java.util.Map;

import se.samordna.plan.file.FileFormat;
import se.samordna.plan.rules.FindingText;
import se.samordna.shared.Markup;

/**
 * Plans as files: the versioned YAML format described in {@code docs/plan-format.md} and
 * {@code docs/plan-format.schema.json}. Reading is all or nothing: an invalid file raises {@link PlanFileException}
 * with every problem and its line. Writing gives a file that reads back to an equal plan. The format itself is the
 * plan module's own ({@code plan.file}); this is its one door.
 */
public final class PlanFiles {

    /** The longest plan file, in characters: 5 MiB. */
    public static final int MAX_CHARS = FileFormat.MAX_CHARS;

    private PlanFiles() {
    }

    /**
     * What reading and checking any plan file needs, done ahead: the Markdown parser and the findings' sentences. A
     * command that reads one file runs it on a second thread while the first reads the file; both are safe to use from
     * several threads.
     */
    public static void warmUp() {
        Markup.warmUp();
        FindingText.warmUp();
    }

    /** A plan file (YAML or JSON) as a person wrote it, every problem named with its line. */
    public static Plan read(String text) {
        return FileFormat.read(text);
    }

    /** The file's tree as JSON (an API's body, a plan stored by an earlier release): the same validation, no lines. */
    public static Plan readJson(String json) {
        return FileFormat.readJson(json);
    }

    public static String writeYaml(Plan plan) {
        return FileFormat.writeYaml(plan);
    }

    /** The plan as the tree of the plan file (maps, lists and plain values), for JSON answers. */
    public static Map<String, Object> tree(Plan plan) {
        return FileFormat.tree(plan);
    }

    public static String writeJson(Plan plan) {
        return FileFormat.writeJson(plan);
    }

    public static Map<String, Object> theoryOfChangeTree(TheoryOfChange toc) {
        return FileFormat.theoryOfChangeTree(toc);
    }
}
