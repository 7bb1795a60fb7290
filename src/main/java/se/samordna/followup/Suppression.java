package se.samordna.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for counts by women and men: a count from 1 to threshold − 1 is hidden;
 * when only one sex is hidden and the total is shown, the other sex is hidden too, so the hidden cell cannot
 * be worked out as total minus the other; a share is hidden when its numerator or the rest of its
 * denominator is a hidden count, and the same complement holds for shares: when the share of only one sex is
 * hidden and the total's share is shown, the other sex's share is hidden too (its numerator would otherwise be
 * the total's numerator minus the other's).
 */
public final class Suppression {

    private Suppression() {
    }

    /** A count as shown: its value, or null when suppressed. */
    public record Cell(Integer value) {
        public boolean hidden() {
            return value == null;
        }

        public String display() {
            return value == null ? "–" : String.valueOf(value);
        }
    }

    public record Row(Cell women, Cell men, Cell total) {
    }

    public static boolean small(int count, int threshold) {
        return count > 0 && count < threshold;
    }

    public static Row counts(int women, int men, int threshold) {
        boolean hideWomen = small(women, threshold);
        boolean hideMen = small(men, threshold);
        boolean hideTotal = small(women + men, threshold);
        if (hideWomen != hideMen && !hideTotal) {
            hideWomen = true;
            hideMen = true;
        }
        return new Row(new Cell(hideWomen ? null : women), new Cell(hideMen ? null : men), new Cell(hideTotal ? null : women + men));
    }

    /** Shares in percent by women, men and in total, with the complement of {@link #counts}: null where hidden. */
    public record Shares(Double women, Double men, Double total) {
    }

    public static Shares shares(int womenNumerator, int womenDenominator, int menNumerator, int menDenominator, int threshold) {
        Double women = share(womenNumerator, womenDenominator, threshold);
        Double men = share(menNumerator, menDenominator, threshold);
        Double total = share(womenNumerator + menNumerator, womenDenominator + menDenominator, threshold);
        boolean womenHidden = women == null && womenDenominator > 0;
        boolean menHidden = men == null && menDenominator > 0;
        if (womenHidden != menHidden && total != null) {
            women = null;
            men = null;
        }
        return new Shares(women, men, total);
    }

    /**
     * Shares of the parts of a whole (initiatives of an association) as shown: when exactly one part's share is hidden
     * and the whole's share is shown, the part with the smallest denominator among those shown is hidden too, so the
     * hidden one cannot be worked out from the whole and the rest.
     */
    public static List<Double> complementAcross(List<Double> shares, List<Integer> denominators, boolean wholeShown) {
        List<Double> result = new ArrayList<>(shares);
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i) == null && denominators.get(i) > 0) {
                hidden.add(i);
            }
        }
        if (hidden.size() == 1 && wholeShown) {
            int smallest = -1;
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i) != null && denominators.get(i) > 0 && (smallest < 0 || denominators.get(i) < denominators.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                result.set(smallest, null);
            }
        }
        return result;
    }

    /**
     * Counts of the parts of a whole (initiatives of an association) as shown: a small count is hidden, and when exactly
     * one is hidden and the whole is shown, the smallest shown count beside it is hidden too.
     */
    public static List<Integer> countsAcross(List<Integer> counts, boolean wholeShown, int threshold) {
        List<Integer> shown = new ArrayList<>();
        List<Double> asShares = new ArrayList<>();
        for (Integer count : counts) {
            boolean hidden = small(count, threshold);
            shown.add(hidden ? null : count);
            asShares.add(hidden ? null : 0.0);
        }
        List<Double> complemented = complementAcross(asShares, counts, wholeShown);
        for (int i = 0; i < shown.size(); i++) {
            if (complemented.get(i) == null) {
                shown.set(i, null);
            }
        }
        return shown;
    }

    /** A share in percent with one decimal, or null when it would reveal a small count. */
    public static Double share(int numerator, int denominator, int threshold) {
        if (denominator == 0 || small(numerator, threshold) || small(denominator - numerator, threshold) || small(denominator, threshold)) {
            return null;
        }
        return Math.round(1000.0 * numerator / denominator) / 10.0;
    }
}
