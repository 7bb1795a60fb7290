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

    /**
     * The period in the text, when it is one of the allowed kinds.
     *
     * @throws InvalidInputException naming the field {@code period} and the forms allowed
     */
    public static Period parse(String text, Set<Kind> allowed) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        Period period = null;
        if (m.matches()) {
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
