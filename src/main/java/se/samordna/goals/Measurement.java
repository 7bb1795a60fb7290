package se.samordna.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import se.samordna.shared.Text;

/**
 * One measured value of an indicator for a period (2025, 2025H1, 2025T2, 2025Q3); computed ones are marked and say
 * where their figure comes from ({@code source}, from the message bundles; {@code comment} is then its Swedish text).
 */
public record Measurement(String goalId, String indicatorId, String period, BigDecimal value, Boolean yes, LocalDate doneOn,
                          GoalStatus assessment, String comment, String enteredBy, boolean computed, Text source) {

    /** A measurement a person entered. */
    public Measurement(String goalId, String indicatorId, String period, BigDecimal value, Boolean yes, LocalDate doneOn,
                       GoalStatus assessment, String comment, String enteredBy, boolean computed) {
        this(goalId, indicatorId, period, value, yes, doneOn, assessment, comment, enteredBy, computed, null);
    }

    /** A measurement Samordna computes, with where its figure comes from. */
    static Measurement computed(String goalId, String indicatorId, String period, BigDecimal value, Boolean yes, GoalStatus assessment,
                                Text source) {
        return new Measurement(goalId, indicatorId, period, value, yes, null, assessment, source.swedish(), "Samordna", true, source);
    }

    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** Sorts periods in time: a year after its halves, thirds and quarters. */
    public String sortKey() {
        return period.length() == 4 ? period + "Z" : period;
    }

    /** The comment in the reader's language: a computed one's source is translated, a person's words are their own. */
    public String comment(Locale locale) {
        return source == null ? comment : source.in(locale);
    }

    /** The value in Swedish, as the board's documents show it. */
    public String display() {
        return display(Text.SWEDISH);
    }

    /** The value as shown: a number with a decimal comma, yes or no, the day it was done, or else the comment. */
    public String display(Locale locale) {
        if (value != null) {
            return value.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (yes != null) {
            return Text.of(yes ? "goals.yesValue" : "goals.noValue").in(locale);
        }
        if (doneOn != null) {
            return Text.of("goals.doneValue", doneOn).in(locale);
        }
        String said = comment(locale);
        return said == null ? "–" : said;
    }
}
