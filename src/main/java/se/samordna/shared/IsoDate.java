package se.samordna.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date written YYYY-MM-DD, read as {@link LocalDate#parse(CharSequence)} reads it, with the same refusals. The usual
 * ten characters are read by hand: Java's date parser builds every ISO formatter on first use, a few milliseconds of a
 * command that reads one plan file; anything else goes to it.
 */
public final class IsoDate {

    private IsoDate() {
    }

    /** @throws DateTimeParseException when the text is no date, as {@link LocalDate#parse(CharSequence)} throws it */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return LocalDate.parse(text);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    /** The number the ASCII digits from {@code start} to {@code end} write, or -1 if any is no digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
