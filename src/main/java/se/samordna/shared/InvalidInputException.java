package se.samordna.shared;

import java.util.List;

/**
 * Input that breaks a rule. Carries every problem, each with the place it concerns and a message in
 * Swedish; answered with 400 (or 422) and nothing is saved.
 */
public class InvalidInputException extends RuntimeException {

    public record Problem(String place, String message) {
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "Ogiltiga uppgifter" : problems.get(0).place() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String place, String message) {
        this(List.of(new Problem(place, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
