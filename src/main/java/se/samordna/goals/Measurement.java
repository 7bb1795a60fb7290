package se.samordna.goals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measured value of an indicator for a period (2025, 2025H1, 2025T2, 2025Q3); computed ones are marked. */
public record Measurement(String goalId, String indicatorId, String period, BigDecimal value, Boolean yes, LocalDate doneOn,
                          GoalStatus assessment, String comment, String enteredBy, boolean computed) {

    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }

    /** Sorts periods in time: a year after its halves, thirds and quarters. */
    public String sortKey() {
        return period.length() == 4 ? period + "Z" : period;
    }

    public String display() {
        if (value != null) {
            return value.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (yes != null) {
            return yes ? "ja" : "nej";
        }
        if (doneOn != null) {
            return "klart " + doneOn;
        }
        return comment == null ? "–" : comment;
    }
}
