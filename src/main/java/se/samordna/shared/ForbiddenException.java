package se.samordna.shared;

/** The person may not do this here: answered with 403, nothing is shown or changed. */
public class ForbiddenException extends TextException {

    public ForbiddenException(String message) {
        super(message);
    }

    public ForbiddenException(Text text) {
        super(text);
    }
}
