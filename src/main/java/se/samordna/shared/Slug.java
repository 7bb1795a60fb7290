package se.samordna.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable ids from names: lower case, accents dropped (å → a, ö → o), anything else a hyphen. */
public final class Slug {

    /**
     * What each character from U+00C0 to U+00FF keeps once its accent is dropped (the first letter of its canonical
     * decomposition), or a space where that is no letter a to z (æ, ø, ß, ×, …).
     */
    private static final String LATIN1_BASES = "aaaaaa ceeeeiiii nooooo  uuuuy  aaaaaa ceeeeiiii nooooo  uuuuy y";

    private Slug() {
    }

    /** The name as an id, or {@code fallback} when nothing of it is left. */
    public static String of(String name, String fallback) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c > 0xff) {
                return normalized(lower, fallback); // beyond Latin-1: Java's decomposition decides
            }
            char base = c >= 0xc0 ? LATIN1_BASES.charAt(c - 0xc0) : c;
            if (base >= 'a' && base <= 'z' || base >= '0' && base <= '9') {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(base);
                gap = false;
            } else {
                gap = true;
            }
        }
        return slug.isEmpty() ? fallback : slug.toString();
    }

    /** The same id by Unicode's canonical decomposition, its marks dropped. */
    static String normalized(String lower, String fallback) {
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever is not taken yet. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
