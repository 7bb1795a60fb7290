package se.samordna.shared;

/** The person may not do this here: answered with 403, nothing is shown or changed. */
public class ForbiddenException extends RuntimeException {
    private final transient Text text;

    public ForbiddenException(String message) {
        super(message);
        this.text = null;
    }

    /** The message from the bundles: Swedish in the log, the reader's language in the answer. */
    public ForbiddenException(Text text) {
        super(text.swedish());
        this.text = text;
    }

    /** The message in the reader's language. */
    public String message(java.util.Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
