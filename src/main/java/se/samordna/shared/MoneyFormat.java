package se.samordna.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Money as Swedes write it: {@code 1 234 567 kr}, {@code 1 235 tkr}, a no-break space between groups
 * of three, a hyphen-minus for negative amounts. Only the edges (pages, documents, messages) format.
 */
public final class MoneyFormat {

    private static final char GROUP = '\u00a0';

    private MoneyFormat() {
    }

    public static String kronor(Money amount) {
        return group(amount.kronor()) + GROUP + "kr";
    }

    public static String tkr(Money amount) {
        return group(toTkr(amount)) + GROUP + "tkr";
    }

    /** Whole thousands of kronor, rounded half away from zero. */
    public static long toTkr(Money amount) {
        return BigDecimal.valueOf(amount.ore()).movePointLeft(5).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Digits in groups of three: 1 234 567, -12 000. */
    /** A share in percent the Swedish way: decimal comma, no trailing zeros, a non-breaking space before %; "–" when unknown. */
    public static String percent(java.math.BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',') + "\u00a0%";
    }

    public static String group(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + out;
    }

    /**
     * Rounds parts to whole units of {@code unit} öre so that the rounded parts add up to the rounded
     * total (largest remainder method): the total is rounded half away from zero, each part is
     * truncated towards its exact value, and the units still missing go to the parts with the largest
     * remainders (ties to the earlier part).
     */
    public static long[] roundParts(List<Money> parts, long unit) {
        long total = parts.stream().mapToLong(Money::ore).sum();
        long roundedTotal = roundHalfAway(total, unit);
        long[] rounded = new long[parts.size()];
        long[] remainder = new long[parts.size()];
        long sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            long ore = parts.get(i).ore();
            rounded[i] = Math.floorDiv(ore, unit);
            remainder[i] = Math.floorMod(ore, unit);
            sum += rounded[i];
        }
        long missing = roundedTotal - sum;
        List<Integer> order = new ArrayList<>(IntStream.range(0, parts.size()).boxed().toList());
        order.sort(Comparator.<Integer>comparingLong(i -> remainder[i]).reversed());
        for (int k = 0; k < missing && k < order.size(); k++) {
            rounded[order.get(k)]++;
        }
        return rounded;
    }

    static long roundHalfAway(long ore, long unit) {
        return BigDecimal.valueOf(ore).divide(BigDecimal.valueOf(unit), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
