package se.samordna.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text for people, by its key in the message bundles ({@code messages.properties}, Swedish, and
 * {@code messages_en.properties}) with its arguments: Swedish where it is stored, logged or printed, the reader's
 * language where it is shown. Plain Java (no Spring), so the command line and the documents read the same bundles.
 * Arguments are shown as they are ({@code String.valueOf}, so a year is never "2 025"); an argument may itself be a
 * {@code Text} or any {@link Localized}, rendered in the same language.
 */
public record Text(String key, List<Object> args) {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    public Text {
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public static Text of(String key, Object... args) {
        return new Text(key, java.util.Arrays.asList(args));
    }

    /** The text in Swedish, the language of the records. */
    public String swedish() {
        return in(SWEDISH);
    }

    /** The text in the given language; a key the language lacks is given in Swedish. */
    public String in(Locale locale) {
        Object[] rendered = args.stream().map(a -> a instanceof Text t ? t.in(locale) : a instanceof Localized l ? l.in(locale) : String.valueOf(a)).toArray();
        return new MessageFormat(pattern(locale, key), locale).format(rendered);
    }

    private static String pattern(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return bundle(SWEDISH).getString(key);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fall-back to the machine's own language: Swedish is the base bundle, English its own.
        return ResourceBundle.getBundle("messages", "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                Text.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
