package se.samordna.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's words, from {@code cli.properties}: the commands' help (picocli reads it by the command's
 * qualified name, {@link #BUNDLE}) and what they print ({@link #of}). The command line speaks Swedish, like the
 * files and documents it works with.
 */
final class CliWords {

    static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cli", Locale.ROOT, CliWords.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private CliWords() {
    }

    /** The words under {@code key} with the arguments put in (shown as they are, so a year is never "2 025"). */
    static String of(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), SWEDISH).format(Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray());
    }
}
