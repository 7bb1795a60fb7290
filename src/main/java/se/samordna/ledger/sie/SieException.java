package se.samordna.ledger.sie;

import java.util.List;

/** A SIE file that cannot be taken: every problem found, each with its line ("rad N: …"). Nothing of the file is used. */
public class SieException extends RuntimeException {

    /** One problem: the line it is on (0 for the file as a whole) and what is wrong, in Swedish. */
    public record Problem(long line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "rad " + line + ": " + message : message;
        }
    }

    private final List<Problem> problems;

    public SieException(List<Problem> problems) {
        super(problems.isEmpty() ? "Filen kan inte läsas" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
