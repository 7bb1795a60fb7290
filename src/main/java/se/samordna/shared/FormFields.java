package se.samordna.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reading what a person typed into a page form, field by field: each refusal names the field's place (a {@link Text},
 * so the message stands next to the field in the reader's language) and the value as typed. A blank field is "not
 * given" (null), never zero. The forms' own records ({@code …Form}) call these from their typed accessors.
 */
public final class FormFields {

    private FormFields() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date written YYYY-MM-DD, or null when blank. */
    public static LocalDate date(String value, Text place) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(place, Text.of("error.datumetSkaSkrivasAaaaMm2", value));
        }
    }

    /** A whole number (spaces as thousands separators allowed), or null when blank. */
    public static Integer whole(String value, Text place) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(place, Text.of("error.arIngetHeltal", value));
        }
    }

    /** An amount in kronor written the Swedish way ("1 250,50"), or null when blank. */
    public static Money kronor(String value, Text place) {
        if (blank(value)) {
            return null;
        }
        try {
            return Money.parse(value, "kr");
        } catch (Decimals.BadNumber e) {
            throw new InvalidInputException(place, e.notANumber() ? Text.of("number.notAnAmountInKronor", value)
                    : e.sentence(value, Text.of("number.subject.amountInKronor")));
        }
    }

    /** The version of what the form was filled from (a hidden field): required, since a save without it could overwrite. */
    public static long version(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Text.of("place.version"), Text.of("error.sidanSaknarPlanensVersionLadda2"));
        }
    }

    /** Amounts by year from fields named {@code amount[2026]}: blank years left out, each year's place named ("belopp 2026"). */
    public static SortedMap<Integer, Money> amountsByYear(java.util.Map<String, String> amounts) {
        SortedMap<Integer, Money> result = new TreeMap<>();
        if (amounts == null) {
            return result;
        }
        amounts.forEach((year, value) -> {
            if (!blank(value)) {
                Integer y = whole(year, Text.of("place.ar"));
                result.put(y, kronor(value, Text.of("place.amountOfYear", y)));
            }
        });
        return result;
    }

    /** A field the form cannot do without: its value, or "saknas" at its place. */
    public static <T> T required(T value, Text place) {
        if (value == null) {
            throw new InvalidInputException(place, Text.of("error.saknas"));
        }
        return value;
    }

    /** The non-blank lines of a text field. */
    public static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
