package se.samordna.documents;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the board's documents (plan document, annual report, interim and year-end reports, workbooks), from
 * {@code documents.properties}. The documents are in Swedish whatever the reader's language: they are what the board
 * adopts and signs. Arguments are shown as they are ({@code String.valueOf}, so a year is never "2 025").
 */
public final class DocumentWords {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("documents", Locale.ROOT, DocumentWords.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DocumentWords() {
    }

    /** The words under {@code key} with the arguments put in. */
    public static String of(String key, Object... args) {
        return new MessageFormat(WORDS.getString(key), SWEDISH).format(Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray());
    }
}
