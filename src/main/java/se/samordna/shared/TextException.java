package se.samordna.shared;

import java.util.Locale;

/**
 * A refusal with one message: written as Swedish text by older code, or as a {@link Text} from the bundles, which the
 * answer renders in the reader's language (the exception's own message, for logs, stays Swedish).
 */
public abstract class TextException extends RuntimeException {

    private final transient Text text;

    protected TextException(String message) {
        super(message);
        this.text = null;
    }

    protected TextException(Text text) {
        super(text.swedish());
        this.text = text;
    }

    /** The message in the reader's language. */
    public String message(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
