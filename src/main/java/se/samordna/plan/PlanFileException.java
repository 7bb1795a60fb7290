package se.samordna.plan;

import java.util.List;

import se.samordna.shared.Text;

/** A plan file that cannot be read or breaks the format: every problem with its line. Nothing is imported. */
public class PlanFileException extends RuntimeException {

    /**
     * One problem: the line in the file (0 when unknown), the place (a path such as {@code budget/groups/2/lines/0/amounts/2025})
     * and what is wrong, in Swedish ({@code message}) and, when it comes from the bundles, as a {@link Text} for other languages.
     */
    public record Problem(int line, String path, String message, Text text) {

        public Problem(int line, String path, String message) {
            this(line, path, message, null);
        }

        public Problem(int line, String path, Text text) {
            this(line, path, text.swedish(), text);
        }

        /** What is wrong in the reader's language. */
        public String message(java.util.Locale locale) {
            return text == null ? message : text.in(locale);
        }

        @Override
        public String toString() {
            return (line > 0 ? Text.of("place.rad2", line).swedish() + ": " : "") + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    private final transient List<Problem> problems;

    public PlanFileException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : Text.of("file.problems", problems.size(), problems.get(0)).swedish());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
