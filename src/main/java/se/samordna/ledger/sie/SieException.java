package se.samordna.ledger.sie;

import java.util.List;
import java.util.Locale;

import se.samordna.shared.Text;

/** A SIE file that cannot be taken: every problem found, each with its line ("rad N: …"). Nothing of the file is used. */
public class SieException extends RuntimeException {

    /** One problem: the line it is on (0 for the file as a whole) and what is wrong, from the message bundles. */
    public record Problem(long line, Text text) {

        /** What is wrong, in Swedish. */
        public String message() {
            return text.swedish();
        }

        /** What is wrong in the reader's language. */
        public String message(Locale locale) {
            return text.in(locale);
        }

        /** The line ("rad 5" / "line 5") or the file as a whole, in the reader's language. */
        public Text place() {
            return line > 0 ? Text.of("place.rad2", line) : Text.of("place.wholeFile");
        }

        @Override
        public String toString() {
            return line > 0 ? place().swedish() + ": " + message() : message();
        }
    }

    private final transient List<Problem> problems;

    public SieException(List<Problem> problems) {
        super(problems.isEmpty() ? Text.of("sie.unreadable").swedish() : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
