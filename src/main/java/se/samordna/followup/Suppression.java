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
 *
 * <p>Survey answers follow the rule for groups ({@link #answerShare}): a share of a round's answers is hidden when fewer
 * than threshold answered, whatever the split, with the same complement by sex. Answers are anonymous opinions in ranges
 * of a scale; the counts above are people with an outcome, where any small count may single someone out. Both rules are
 * here so the question "what does Samordna hide" has one answer.
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
     * Figures of the parts of a whole (initiatives of an association) as shown, null where hidden: when exactly one part
     * of some size is hidden and the whole is shown, the shown part with the smallest size is hidden too, so the hidden one
     * cannot be worked out from the whole and the rest. {@code sizes} are the parts' counts or denominators.
     */
    public static <T> List<T> complementAcross(List<T> shown, List<Integer> sizes, boolean wholeShown) {
        List<T> result = new ArrayList<>(shown);
        long hidden = java.util.stream.IntStream.range(0, result.size()).filter(i -> result.get(i) == null && sizes.get(i) > 0).count();
        if (hidden == 1 && wholeShown) {
            java.util.stream.IntStream.range(0, result.size()).filter(i -> result.get(i) != null && sizes.get(i) > 0).boxed()
                    .min(java.util.Comparator.comparing(sizes::get)).ifPresent(i -> result.set(i, null));
        }
        return result;
    }

    /** Counts of the parts of a whole as shown: small counts hidden, with {@link #complementAcross}. */
    public static List<Integer> countsAcross(List<Integer> counts, boolean wholeShown, int threshold) {
        return complementAcross(counts.stream().map(c -> small(c, threshold) ? null : c).toList(), counts, wholeShown);
    }

    /** A share in percent with one decimal, or null when it would reveal a small count. */
    public static Double share(int numerator, int denominator, int threshold) {
        if (denominator == 0 || small(numerator, threshold) || small(denominator - numerator, threshold) || small(denominator, threshold)) {
            return null;
        }
        return Math.round(1000.0 * numerator / denominator) / 10.0;
    }

    /** Whether a group's answers are too few to show anything of them (a group of none has nothing to show). */
    public static boolean fewAnswers(long respondents, int threshold) {
        return respondents < threshold;
    }

    /** The share of a group's answers that agree, in percent with one decimal (half up), or null when too few answered. */
    public static java.math.BigDecimal answerShare(long agreeing, long respondents, int threshold) {
        if (respondents == 0 || fewAnswers(respondents, threshold)) {
            return null;
        }
        return java.math.BigDecimal.valueOf(agreeing * 100).divide(java.math.BigDecimal.valueOf(respondents), 1, java.math.RoundingMode.HALF_UP);
    }

    /** Shares of answers agreeing by women and men, null where hidden. */
    public record AnswerShares(java.math.BigDecimal women, java.math.BigDecimal men) {
    }

    /**
     * The shares of women's and men's answers beside a shown total share: hidden where too few answered, and both
     * hidden when only one of them is, since with the total shown one would give the other away.
     */
    public static AnswerShares answerShares(long womenAgreeing, long women, long menAgreeing, long men, boolean totalShown, int threshold) {
        java.math.BigDecimal womenShare = answerShare(womenAgreeing, women, threshold);
        java.math.BigDecimal menShare = answerShare(menAgreeing, men, threshold);
        if (totalShown && (womenShare == null && women > 0) != (menShare == null && men > 0)) {
            return new AnswerShares(null, null);
        }
        return new AnswerShares(womenShare, menShare);
    }
}
