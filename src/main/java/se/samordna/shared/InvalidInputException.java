package se.samordna.shared;

import java.util.List;
import java.util.Locale;

/**
 * Input that breaks a rule. Carries every problem, each with the place it concerns and a message: Swedish in
 * {@link Problem#place()} and {@link Problem#message()}, the reader's language from {@link Problem#place(Locale)} and
 * {@link Problem#message(Locale)} when the problem was made from the bundles' {@link Text}s. Answered with 400 (or
 * 422) and nothing is saved.
 */
public class InvalidInputException extends RuntimeException {

    public record Problem(String place, String message, Text placeText, Text messageText) {

        public Problem(String place, String message) {
            this(place, message, null, null);
        }

        public static Problem of(Text place, Text message) {
            return new Problem(place.swedish(), message.swedish(), place, message);
        }

        public static Problem of(String place, Text message) {
            return new Problem(place, message.swedish(), null, message);
        }

        public String place(Locale locale) {
            return placeText == null ? place : placeText.in(locale);
        }

        public String message(Locale locale) {
            return messageText == null ? message : messageText.in(locale);
        }
    }

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "Ogiltiga uppgifter" : problems.get(0).place() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String place, String message) {
        this(List.of(new Problem(place, message)));
    }

    public InvalidInputException(Text place, Text message) {
        this(List.of(Problem.of(place, message)));
    }

    public InvalidInputException(String place, Text message) {
        this(List.of(Problem.of(place, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem as one line in the reader's language. */
    public String message(Locale locale) {
        return problems.isEmpty() ? getMessage() : problems.get(0).place(locale) + ": " + problems.get(0).message(locale);
    }
}
