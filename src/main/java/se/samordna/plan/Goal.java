package se.samordna.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.samordna.shared.Text;

/**
 * A goal for a year, of the association or of an initiative, tied to a node of the theory of change or
 * to one of the association's target areas, measured by indicators.
 */
public record Goal(String id, String title, int year, String area, String node, String initiative, List<Indicator> indicators) {

    public enum Source {
        SURVEY, MINUTES, STATISTICS, INTERVIEW, COUNT, BUDGET, OTHER
    }

    /** How an indicator's value can be computed from what Samordna holds, instead of entered by hand. */
    public enum Computation {
        /** Administration's costs as a percentage of member contributions in the goal's year. */
        ADMIN_SHARE,
        /** Yes when projected equity at the end of the goal's year is at or below the floor (the surplus is spent). */
        EQUITY_SPENT,
        /** Yes when the goal's year has income at or above costs (a balanced budget). */
        BUDGET_BALANCED,
        /** The percentage of an activity plan's activities done. */
        ACTIVITIES_DONE,
        /** The share agreeing with an NNS indicator in the survey answers of a respondent group. */
        SURVEY_AGREEMENT,
        /** The share of the population 20–64 in the member municipalities supported by public benefits (SCB); met when it falls. */
        SUPPORT_SHARE,
        /**
         * The share of the goal year's exits (participant records) that ended in work, studies or Arbetsförmedlingen: of the
         * goal's initiative when it names one, otherwise of all the association's initiatives. Not measured when suppressed.
         */
        EXIT_OUTCOME_SHARE,
        /** The share of the goal year's exits with a step towards work, of the goal's initiative or of all. Not measured when suppressed. */
        STEP_MOVEMENT_SHARE;

        /**
         * Whether a value may also be entered by hand: for figures Samordna holds only when the association keeps them
         * here (participant records, survey answers). A computed value replaces an entered one for the same period.
         */
        public boolean mayBeEntered() {
            return this == SURVEY_AGREEMENT || this == EXIT_OUTCOME_SHARE || this == STEP_MOVEMENT_SHARE;
        }
    }

    /**
     * An indicator. {@code activityPlan} names the plan an ACTIVITIES_DONE indicator counts; {@code nnsIndicator}
     * (1–15) and {@code respondentGroup} name the survey answers a SURVEY_AGREEMENT indicator reads.
     */
    public record Indicator(String id, String name, Source source, String sourceText, Target target, String unit,
                            Computation computed, String activityPlan, Integer nnsIndicator, String respondentGroup) {

        public Indicator(String id, String name, Source source, String sourceText, Target target, String unit,
                         Computation computed, String activityPlan) {
            this(id, name, source, sourceText, target, unit, computed, activityPlan, null, null);
        }
    }

    /** A target: a number or share (at least / at most), a date by which something is done, or yes/no. */
    public record Target(Kind kind, Comparison comparison, BigDecimal value, LocalDate date, String text, boolean assumed) {

        public Target(Kind kind, Comparison comparison, BigDecimal value, LocalDate date, String text) {
            this(kind, comparison, value, date, text, false);
        }

        public enum Kind {
            NUMBER, SHARE, DATE, YES_NO, TEXT
        }

        public enum Comparison {
            AT_LEAST, AT_MOST
        }

        /** The target in Swedish, as the plan document prints it. */
        public String describe() {
            return describe(Text.SWEDISH);
        }

        /** The target in the reader's language: the plan's own words when it has them, else built from its kind. */
        public String describe(java.util.Locale locale) {
            if (text != null && !text.isBlank()) {
                return text;
            }
            String side = comparison == Comparison.AT_MOST ? "goal.target.atMost" : "goal.target.atLeast";
            return switch (kind) {
                case NUMBER -> Text.of(side, value.stripTrailingZeros().toPlainString()).in(locale);
                case SHARE -> Text.of(side, value.stripTrailingZeros().toPlainString().replace('.', ',') + " %").in(locale);
                case DATE -> Text.of("goal.target.byDate", date).in(locale);
                case YES_NO -> Text.of("goals.yesValue").in(locale);
                case TEXT -> "";
            };
        }
    }
}
