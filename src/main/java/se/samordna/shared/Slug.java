package se.samordna.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Readable ids from names: lower case, accents dropped (å → a, ö → o), anything else a hyphen. */
public final class Slug {

    private Slug() {
    }

    /** The name as an id, or {@code fallback} when nothing of it is left. */
    public static String of(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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
