package se.samordna.followup;

import java.util.ArrayList;
import java.util.List;

/**
 * What Samordna hides of small groups, for participants and surveys alike. One rule:
 * <blockquote>A figure is shown only when the group it describes has at least {@code threshold} people, and so has
 * every part of that group the figure gives away (a part of none is no one and may show).</blockquote>
 * and one complement: <blockquote>when one of two parts is hidden and their whole is shown, the other part is hidden
 * too, since whole minus one part would give it away.</blockquote>
 *
 * <p>What a figure gives away is a fact about the figure, stated by its caller, not a second rule: a count describes
 * the group it counts; a share of participants (exits to work among the year's exits) gives away both the people with
 * the outcome and those without, since the exits are shown beside it and participants are known people; a share of
 * survey answers gives away no part, since answers are anonymous and who answered is not known, so it needs only
 * enough answers. The threshold is the association's (five by default).
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

    /**
     * The rule: a figure about a group of {@code group} people that gives away the parts {@code parts} is shown only
     * when the group and every part are none or at least {@code threshold}.
     */
    public static boolean shown(long group, int threshold, long... parts) {
        if (small(group, threshold)) {
            return false;
        }
        for (long part : parts) {
            if (small(part, threshold)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The complement: of two parts of a shown whole, hide both when exactly one is hidden. {@code hiddenA} and
     * {@code hiddenB} say whether each part (with people in it) is hidden; the answer is whether both must be.
     */
    static boolean hideBoth(boolean hiddenA, boolean hiddenB, boolean wholeShown) {
        return wholeShown && hiddenA != hiddenB;
    }

    public static boolean small(long count, int threshold) {
        return count > 0 && count < threshold;
    }

    public static Row counts(int women, int men, int threshold) {
        boolean hideWomen = !shown(women, threshold);
        boolean hideMen = !shown(men, threshold);
        boolean hideTotal = !shown(women + men, threshold);
        if (hideBoth(hideWomen, hideMen, !hideTotal)) {
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
        if (hideBoth(womenHidden, menHidden, total != null)) {
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

    /**
     * A share of participants in percent with one decimal, or null when hidden: it gives away those with the outcome
     * and those without (the denominator is shown beside it), so both are parts under the rule.
     */
    public static Double share(int numerator, int denominator, int threshold) {
        if (denominator == 0 || !shown(denominator, threshold, numerator, denominator - numerator)) {
            return null;
        }
        return Math.round(1000.0 * numerator / denominator) / 10.0;
    }

    /** Whether a group's answers are too few to show anything of them (a group of none has nothing to show either). */
    public static boolean fewAnswers(long respondents, int threshold) {
        return respondents == 0 || !shown(respondents, threshold);
    }

    /**
     * The share of a group's answers that agree, in percent with one decimal (half up), or null when hidden: answers
     * are anonymous, so the share gives away no part and needs only enough answers under the rule.
     */
    public static java.math.BigDecimal answerShare(long agreeing, long respondents, int threshold) {
        if (fewAnswers(respondents, threshold)) {
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
        if (hideBoth(womenShare == null && women > 0, menShare == null && men > 0, totalShown)) {
            return new AnswerShares(null, null);
        }
        return new AnswerShares(womenShare, menShare);
    }
}
