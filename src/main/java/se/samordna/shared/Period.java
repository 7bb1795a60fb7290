package se.samordna.shared;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of follow-up as associations and Uppföljning Finsam write them: a year (2025), a half-year (2025H1), a
 * tertial (2025T2), a quarter (2025Q3) or a month (2025M04). One reader for every place that takes a period.
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind {
        YEAR("", 12), HALF_YEAR("H", 6), TERTIAL("T", 4), QUARTER("Q", 3), MONTH("M", 1);

        private final String letter;
        private final int months;

        Kind(String letter, int months) {
            this.letter = letter;
            this.months = months;
        }
    }

    /** The kinds the goals' measurements take (no months). */
    public static final Set<Kind> MEASUREMENT_KINDS = EnumSet.of(Kind.YEAR, Kind.HALF_YEAR, Kind.TERTIAL, Kind.QUARTER);

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:(H)([12])|(T)([1-3])|(Q)([1-4])|(M)(0[1-9]|1[0-2]))?");

    /** A half-year as people write it: the spring or autumn term before the year ("hösten 2026", "vt 2026"). */
    private static final Pattern TERM = Pattern.compile("(?iu)(våren|vår|vt|hösten|höst|ht)\\s*(\\d{4})");

    /**
     * The period in the text, when it is one of the allowed kinds.
     *
     * @throws InvalidInputException naming the field {@code period} and the forms allowed
     */
    public static Period parse(String text, Set<Kind> allowed) {
        String stripped = text == null ? "" : text.strip();
        Matcher m = TEXT.matcher(stripped.toUpperCase(java.util.Locale.ROOT));
        Matcher term = TERM.matcher(stripped);
        Period period = null;
        if (term.matches()) {
            period = new Period(Integer.parseInt(term.group(2)), Kind.HALF_YEAR, Character.toLowerCase(term.group(1).charAt(0)) == 'v' ? 1 : 2);
        } else if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                period = new Period(year, Kind.HALF_YEAR, Integer.parseInt(m.group(3)));
            } else if (m.group(4) != null) {
                period = new Period(year, Kind.TERTIAL, Integer.parseInt(m.group(5)));
            } else if (m.group(6) != null) {
                period = new Period(year, Kind.QUARTER, Integer.parseInt(m.group(7)));
            } else if (m.group(8) != null) {
                period = new Period(year, Kind.MONTH, Integer.parseInt(m.group(9)));
            } else {
                period = new Period(year, Kind.YEAR, 1);
            }
        }
        if (period == null || !allowed.contains(period.kind())) {
            throw new InvalidInputException(Text.of("place.period"), Text.of("error.periodenSkaSkrivasSom", text, examples(allowed)));
        }
        return period;
    }

    public static Period parse(String text) {
        return parse(text, EnumSet.allOf(Kind.class));
    }

    private static Object examples(Set<Kind> allowed) {
        java.util.List<String> forms = new java.util.ArrayList<>();
        for (Kind kind : allowed) {
            forms.add(switch (kind) {
                case YEAR -> "2025";
                case HALF_YEAR -> "2025H1";
                case TERTIAL -> "2025T2";
                case QUARTER -> "2025Q3";
                case MONTH -> "2025M04";
            });
        }
        return forms.size() == 1 ? forms.get(0) : (Localized) locale -> Text.of("shared.listOr",
                String.join(", ", forms.subList(0, forms.size() - 1)), forms.get(forms.size() - 1)).in(locale);
    }

    /** The period in words, with its months: "hösten 2026 (juli–december)", "kvartal 3 2025 (juli–september)". */
    public Text label() {
        String y = String.valueOf(year);
        Text from = Text.of("month." + first().getMonthValue());
        Text to = Text.of("month." + last().getMonthValue());
        return switch (kind) {
            case YEAR -> Text.of("period.label.year", y);
            case HALF_YEAR -> Text.of("period.label.half" + number, y);
            case TERTIAL -> Text.of("period.label.tertial", y, number, from, to);
            case QUARTER -> Text.of("period.label.quarter", y, number, from, to);
            case MONTH -> Text.of("period.label.month", y, from);
        };
    }

    /** The label of a period as stored, or the stored text itself when it is not one. */
    public static Localized labelOf(String stored) {
        try {
            return parse(stored).label()::in;
        } catch (InvalidInputException e) {
            return locale -> stored;
        }
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * kind.months + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(kind.months).minusDays(1);
    }

    /** Whether the whole period has passed on this day. */
    public boolean endedBy(LocalDate day) {
        return last().isBefore(day);
    }

    @Override
    public int compareTo(Period other) {
        int byStart = first().compareTo(other.first());
        return byStart != 0 ? byStart : other.last().compareTo(last());
    }

    @Override
    public String toString() {
        return year + kind.letter + (kind == Kind.YEAR ? "" : kind == Kind.MONTH ? String.format("%02d", number) : String.valueOf(number));
    }
}
