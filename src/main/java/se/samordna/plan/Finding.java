package se.samordna.plan;

import se.samordna.plan.rules.FindingText;
import java.util.List;
import java.util.Locale;

/**
 * One result of checking a plan: a stable code, a severity, its year (or null), the Swedish sentence with the amounts
 * ({@code message}), and the sentence's key and arguments so it can be read in the reader's language ({@link #text}).
 */
public record Finding(String code, Severity severity, Integer year, String message, String key, List<Object> args) {

    public Finding(String code, Severity severity, Integer year, String message) {
        this(code, severity, year, message, null, List.of());
    }

    /** The sentence in the given language (the Swedish message when the finding carries no key). */
    public String text(Locale locale) {
        return key == null ? message : FindingText.render(locale, key, args);
    }
}
