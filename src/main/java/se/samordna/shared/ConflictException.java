package se.samordna.shared;

/** Somebody else changed the same thing first: answered with 409, nothing is overwritten. */
public class ConflictException extends TextException {

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(Text text) {
        super(text);
    }
}
