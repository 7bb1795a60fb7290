package se.samordna.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.plan.Goal;

class EvaluationTest {

    static Goal.Indicator share(int target, Goal.Target.Comparison comparison) {
        return new Goal.Indicator("i", "Andel", Goal.Source.SURVEY, null,
                new Goal.Target(Goal.Target.Kind.SHARE, comparison, BigDecimal.valueOf(target), null, null), "%", null, null);
    }

    static Measurement value(String period, int value) {
        return new Measurement("g", "i", period, BigDecimal.valueOf(value), null, null, null, null, "test", false);
    }

    final Goal goal = new Goal("g", "Mål", 2025, null, null, null, List.of());

    @Test
    void aShareThatReachesItsTargetForTheYearIsMetAndOnePartWayIsOnTrack() {
        Goal.Indicator atLeast70 = share(70, Goal.Target.Comparison.AT_LEAST);
        assertThat(Evaluation.status(goal, atLeast70, List.of(value("2025", 72)), LocalDate.of(2025, 12, 1))).isEqualTo(GoalStatus.MET);
        assertThat(Evaluation.status(goal, atLeast70, List.of(value("2025H1", 72)), LocalDate.of(2025, 8, 1))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(Evaluation.status(goal, atLeast70, List.of(value("2025H1", 60)), LocalDate.of(2025, 8, 1))).isEqualTo(GoalStatus.AT_RISK);
        assertThat(Evaluation.status(goal, atLeast70, List.of(value("2025H1", 60)), LocalDate.of(2026, 1, 10))).isEqualTo(GoalStatus.NOT_MET);
        assertThat(Evaluation.status(goal, atLeast70, List.of(), LocalDate.of(2025, 8, 1))).isEqualTo(GoalStatus.NOT_MEASURED);
    }

    @Test
    void anAtMostTargetIsMetBelowIt() {
        Goal.Indicator atMost15 = share(15, Goal.Target.Comparison.AT_MOST);
        assertThat(Evaluation.status(goal, atMost15, List.of(value("2025", 23)), LocalDate.of(2026, 1, 1))).isEqualTo(GoalStatus.NOT_MET);
        assertThat(Evaluation.status(goal, atMost15, List.of(value("2025", 14)), LocalDate.of(2026, 1, 1))).isEqualTo(GoalStatus.MET);
    }

    @Test
    void aDateTargetIsMetWhenDoneByTheDateAndNotMetAfterIt() {
        Goal.Indicator byMarch = new Goal.Indicator("i", "Beslutad", Goal.Source.MINUTES, null,
                new Goal.Target(Goal.Target.Kind.DATE, null, null, LocalDate.of(2025, 3, 31), null), null, null, null);
        Measurement doneInMarch = new Measurement("g", "i", "2025", null, true, LocalDate.of(2025, 3, 20), null, null, "t", false);
        Measurement doneInApril = new Measurement("g", "i", "2025", null, true, LocalDate.of(2025, 4, 2), null, null, "t", false);
        assertThat(Evaluation.status(goal, byMarch, List.of(doneInMarch), LocalDate.of(2025, 5, 1))).isEqualTo(GoalStatus.MET);
        assertThat(Evaluation.status(goal, byMarch, List.of(doneInApril), LocalDate.of(2025, 5, 1))).isEqualTo(GoalStatus.NOT_MET);
        assertThat(Evaluation.status(goal, byMarch, List.of(), LocalDate.of(2025, 2, 1))).isEqualTo(GoalStatus.NOT_MEASURED);
        assertThat(Evaluation.status(goal, byMarch, List.of(), LocalDate.of(2025, 4, 1))).isEqualTo(GoalStatus.NOT_MET);
    }

    @Test
    void aGoalIsAsGoodAsItsWorstMeasuredIndicatorAndTheTrendComparesThePeriods() {
        assertThat(Evaluation.goalStatus(List.of(GoalStatus.MET, GoalStatus.AT_RISK, GoalStatus.NOT_MEASURED))).isEqualTo(GoalStatus.AT_RISK);
        assertThat(Evaluation.goalStatus(List.of(GoalStatus.NOT_MEASURED))).isEqualTo(GoalStatus.NOT_MEASURED);
        // One of three indicators measured and met does not make the goal met.
        assertThat(Evaluation.goalStatus(List.of(GoalStatus.MET, GoalStatus.NOT_MEASURED, GoalStatus.NOT_MEASURED))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(Evaluation.goalStatus(List.of(GoalStatus.MET, GoalStatus.MET))).isEqualTo(GoalStatus.MET);
        assertThat(Evaluation.trend(List.of(value("2024", 60), value("2025H1", 66), value("2025", 71)))).isEqualByComparingTo("5");
    }
}
