package se.samordna.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Legal sex as Uppföljning Finsam and SCB count people: women and men. One reader of the ways files write it
 * (WOMAN/MAN, k/m, kvinna/man, kvinnor/män). Stored and keyed by its name.
 */
public enum LegalSex {
    WOMAN, MAN;

    /** The legal sex a file or form writes, if it is one. */
    public static Optional<LegalSex> read(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "woman", "k", "kvinna", "kvinnor" -> Optional.of(WOMAN);
            case "man", "m", "män" -> Optional.of(MAN);
            default -> Optional.empty();
        };
    }
}
