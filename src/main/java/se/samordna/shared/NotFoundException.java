package se.samordna.shared;

/** Something the request names does not exist (or is not visible to the user): answered with 404. */
public class NotFoundException extends TextException {

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(Text text) {
        super(text);
    }
}
