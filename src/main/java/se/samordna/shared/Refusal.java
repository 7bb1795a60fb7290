package se.samordna.shared;

import java.util.List;

/** What a page tells a person whose form was refused: the messages, and the answer's status (400 invalid, 409 conflict). */
public final class Refusal {

    private Refusal() {
    }

    /** The messages in the reader's language. */
    public static List<String> messages(RuntimeException refused, java.util.Locale locale) {
        if (refused instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(p -> p.message(locale)).toList();
        }
        return List.of(message(refused, locale));
    }

    /** The refusal's message in the reader's language, for the refusals Samordna answers with 4xx. */
    public static String message(RuntimeException refused, java.util.Locale locale) {
        if (refused instanceof InvalidInputException e) {
            return e.message(locale);
        }
        return refused instanceof TextException e ? e.message(locale) : refused.getMessage();
    }

    public static int status(RuntimeException refused) {
        return refused instanceof InvalidInputException ? 400 : 409;
    }
}
