package se.samordna.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.samordna.plan.Goal;

/**
 * Judges an indicator against its target. A share or number that meets its target is MET for a whole
 * year's measurement (ON_TRACK for part of a year); one that misses is NOT_MET once the goal's year is over
 * and AT_RISK before. A date target is MET when done by the date and NOT_MET once the date has passed. Yes/no
 * targets are MET on yes. A text target takes the person's own assessment.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static Optional<Measurement> latest(List<Measurement> measurements) {
        return measurements.stream().max(Comparator.comparing(Measurement::sortKey));
    }

    public static GoalStatus status(Goal goal, Goal.Indicator indicator, List<Measurement> measurements, LocalDate today) {
        Optional<Measurement> found = latest(measurements);
        Goal.Target target = indicator.target();
        if (found.isEmpty()) {
            if (target != null && target.kind() == Goal.Target.Kind.DATE && today.isAfter(target.date())) {
                return GoalStatus.NOT_MET;
            }
            return GoalStatus.NOT_MEASURED;
        }
        Measurement m = found.get();
        boolean yearOver = today.isAfter(LocalDate.of(goal.year(), 12, 31));
        if (target == null || target.kind() == Goal.Target.Kind.TEXT) {
            return m.assessment() != null ? m.assessment() : GoalStatus.NOT_MEASURED;
        }
        return switch (target.kind()) {
            case NUMBER, SHARE -> {
                if (m.value() == null) {
                    yield GoalStatus.NOT_MEASURED;
                }
                boolean meets = target.comparison() == Goal.Target.Comparison.AT_MOST
                        ? m.value().compareTo(target.value()) <= 0 : m.value().compareTo(target.value()) >= 0;
                boolean wholeYear = m.period().length() == 4;
                if (meets) {
                    yield wholeYear || yearOver ? GoalStatus.MET : GoalStatus.ON_TRACK;
                }
                yield yearOver || (wholeYear && m.year() >= goal.year()) ? GoalStatus.NOT_MET : GoalStatus.AT_RISK;
            }
            case DATE -> {
                boolean done = Boolean.TRUE.equals(m.yes()) || m.doneOn() != null;
                if (done && (m.doneOn() == null || !m.doneOn().isAfter(target.date()))) {
                    yield GoalStatus.MET;
                }
                yield today.isAfter(target.date()) || (m.doneOn() != null && m.doneOn().isAfter(target.date()))
                        ? GoalStatus.NOT_MET : GoalStatus.ON_TRACK;
            }
            case YES_NO -> Boolean.TRUE.equals(m.yes()) ? GoalStatus.MET : yearOver ? GoalStatus.NOT_MET : GoalStatus.AT_RISK;
            case TEXT -> m.assessment() != null ? m.assessment() : GoalStatus.NOT_MEASURED;
        };
    }

    /**
     * A goal is as good as its worst measured indicator; not measured when none is. It is met only when every
     * indicator is measured and met: with some still unmeasured, the best it can be is on track.
     */
    public static GoalStatus goalStatus(List<GoalStatus> indicators) {
        GoalStatus worst = indicators.stream().filter(s -> s != GoalStatus.NOT_MEASURED).min(Comparator.naturalOrder())
                .orElse(GoalStatus.NOT_MEASURED);
        boolean allMeasured = indicators.stream().noneMatch(s -> s == GoalStatus.NOT_MEASURED);
        return worst == GoalStatus.MET && !allMeasured ? GoalStatus.ON_TRACK : worst;
    }

    /** The change from the previous period's value: positive, negative or none (null when not comparable). */
    public static BigDecimal trend(List<Measurement> measurements) {
        List<Measurement> numeric = measurements.stream().filter(m -> m.value() != null)
                .sorted(Comparator.comparing(Measurement::sortKey)).toList();
        if (numeric.size() < 2) {
            return null;
        }
        return numeric.get(numeric.size() - 1).value().subtract(numeric.get(numeric.size() - 2).value());
    }
}
