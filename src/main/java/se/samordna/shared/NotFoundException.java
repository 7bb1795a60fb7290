package se.samordna.shared;

/** Something the request names does not exist (or is not visible to the user): answered with 404. */
public class NotFoundException extends RuntimeException {
    private final transient Text text;

    public NotFoundException(String message) {
        super(message);
        this.text = null;
    }

    /** The message from the bundles: Swedish in the log, the reader's language in the answer. */
    public NotFoundException(Text text) {
        super(text.swedish());
        this.text = text;
    }

    /** The message in the reader's language. */
    public String message(java.util.Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
