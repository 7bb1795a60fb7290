package se.samordna.plan.rules;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences of the findings, from their own bundles ({@code findings.properties}, {@code finding.text.*}; apart from
 * {@code messages.properties}, so that the command line loads only these): Swedish for the stored and printed
 * message, and the reader's language on the pages. Plain Java (no Spring), so the command line reads them too.
 * An argument may itself be a {@link Text} (a label in the bundles), rendered in the same language.
 */
public final class FindingText {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** A piece of text from the bundles, with its own arguments. */
    public record Text(String key, List<Object> args) {
        public static Text of(String key, Object... args) {
            return new Text(key, List.of(args));
        }
    }

    private FindingText() {
    }

    public static String render(Locale locale, String key, List<Object> args) {
        ResourceBundle bundle = bundle(locale);
        Object[] rendered = args.stream().map(a -> a instanceof Text t ? render(locale, t.key(), t.args()) : String.valueOf(a)).toArray();
        String pattern;
        try {
            pattern = bundle.getString("finding.text." + key);
        } catch (MissingResourceException e) {
            pattern = bundle(SWEDISH).getString("finding.text." + key);
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    /** Reads the Swedish sentences and prepares a message's formatting: on a command's second thread (PlanFiles.warmUp). */
    public static void warmUp() {
        new MessageFormat(bundle(SWEDISH).getString("finding.text.mismatch"), SWEDISH).format(new Object[] {"a", "1", "2", "3"});
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fall-back to the machine's own language: Swedish is the base bundle, English its own.
        return ResourceBundle.getBundle("findings", "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                FindingText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
