package se.samordna.shared;

import java.util.List;

/** What a page tells a person whose form was refused: the messages, and the answer's status (400 invalid, 409 conflict). */
public final class Refusal {

    private Refusal() {
    }

    public static List<String> messages(RuntimeException refused) {
        return refused instanceof InvalidInputException invalid ? invalid.problems().stream().map(InvalidInputException.Problem::message).toList()
                : List.of(refused.getMessage());
    }

    public static int status(RuntimeException refused) {
        return refused instanceof InvalidInputException ? 400 : 409;
    }
}
