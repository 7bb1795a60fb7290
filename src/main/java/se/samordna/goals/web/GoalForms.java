package se.samordna.goals.web;

import java.math.BigDecimal;

import se.samordna.goals.GoalFollowUp;
import se.samordna.goals.GoalStatus;
import se.samordna.plan.Goal;
import se.samordna.shared.Decimals;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/** The goal pages' forms as typed, read by their accessors: each refusal names the field's place. */
final class GoalForms {

    private GoalForms() {
    }

    /** A measurement of an indicator: the period, a value, yes or no, the day it was done, an assessment and a comment. */
    record MeasurementForm(String period, String value, String yes, String doneOn, String assessment, String comment) {

        GoalFollowUp.Entry entry() {
            return new GoalFollowUp.Entry(period == null ? null : period.strip(), decimal(value, Text.of("place.varde"), Text.of("number.subject.value")),
                    FormFields.blank(yes) ? null : "true".equals(yes), FormFields.date(doneOn, Text.of("place.datum")), status(), comment);
        }

        private GoalStatus status() {
            if (FormFields.blank(assessment)) {
                return null;
            }
            try {
                return GoalStatus.valueOf(assessment);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.bedomning"), Text.of("error.unknownAssessment", assessment));
            }
        }
    }

    /** A new indicator: its name, where its figures come from, the target (kind, comparison, value, date or text) and unit. */
    record IndicatorForm(String name, String source, String sourceText, String kind, String comparison, String targetValue,
                         String targetDate, String targetText, String unit, String version) {

        Goal.Target target() {
            Goal.Target.Kind chosen;
            try {
                chosen = Goal.Target.Kind.valueOf(FormFields.blank(kind) ? "TEXT" : kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.slagAvMal"), Text.of("error.okantSlag", kind));
            }
            return new Goal.Target(chosen, "AT_MOST".equals(comparison) ? Goal.Target.Comparison.AT_MOST : Goal.Target.Comparison.AT_LEAST,
                    decimal(targetValue, Text.of("place.malvarde"), Text.of("number.subject.targetValue")),
                    FormFields.date(targetDate, Text.of("place.maldatum")), targetText);
        }

        Goal.Source figuresFrom() {
            try {
                return Goal.Source.valueOf(FormFields.blank(source) ? "OTHER" : source);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.kalla"), Text.of("error.unknownSource", source));
            }
        }

        long planVersion() {
            return FormFields.version(version);
        }
    }

    private static BigDecimal decimal(String raw, Text place, Text subject) {
        if (FormFields.blank(raw)) {
            return null;
        }
        try {
            return Decimals.parse(raw);
        } catch (Decimals.BadNumber e) {
            throw new InvalidInputException(place, e.sentence(raw, subject));
        }
    }
}
