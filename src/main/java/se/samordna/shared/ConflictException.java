package se.samordna.shared;

/** Somebody else changed the same thing first: answered with 409, nothing is overwritten. */
public class ConflictException extends RuntimeException {
    private final transient Text text;

    public ConflictException(String message) {
        super(message);
        this.text = null;
    }

    /** The message from the bundles: Swedish in the log, the reader's language in the answer. */
    public ConflictException(Text text) {
        super(text.swedish());
        this.text = text;
    }

    /** The message in the reader's language. */
    public String message(java.util.Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
