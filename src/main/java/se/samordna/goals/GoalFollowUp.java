package se.samordna.goals;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.plan.ActivityPlan;
import se.samordna.plan.CostCategory;
import se.samordna.plan.Goal;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.plan.YearFigures;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.RegionalStatistics;
import se.samordna.followup.Surveys;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Localized;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/** Measurements of goal indicators, entered by hand or computed from the plan, and each goal's status. */
@Service
public class GoalFollowUp {

    private final JdbcClient jdbc;
    private final Plans plans;
    private final AuditLog auditLog;
    private final Surveys surveys;
    private final RegionalStatistics statistics;
    private final ParticipantFollowUp participants;

    GoalFollowUp(JdbcClient jdbc, Plans plans, AuditLog auditLog, Surveys surveys,
                 RegionalStatistics statistics, ParticipantFollowUp participants) {
        this.participants = participants;
        this.jdbc = jdbc;
        this.plans = plans;
        this.auditLog = auditLog;
        this.surveys = surveys;
        this.statistics = statistics;
    }

    /** What the follow-up module measures for a year, as computed indicators read it (null when not measured or suppressed). */
    interface FollowUpShares {
        /** The share agreeing with an NNS indicator in a respondent group's answers. */
        BigDecimal surveyAgreement(int year, int indicator, String group);

        /** The share of the year's exits ending in work, studies or Arbetsförmedlingen: of an initiative, or of all when null. */
        BigDecimal exitOutcome(int year, String initiative);

        /** The share of the year's exits with a step towards work: of an initiative, or of all when null. */
        BigDecimal stepMovement(int year, String initiative);

        /** Whether the follow-up holds generated demonstration data, so that a value computed from it says so. */
        boolean generated();
    }

    /** Reads each year's figures once, however many indicators ask. */
    private FollowUpShares followUpShares(AssociationId associationId) {
        Map<Integer, List<Surveys.Result>> results = new HashMap<>();
        Map<Integer, ParticipantFollowUp.Aggregates> aggregates = new HashMap<>();
        return new FollowUpShares() {
            private Boolean generated;

            @Override
            public boolean generated() {
                if (generated == null) {
                    generated = participants.hasGeneratedData(associationId);
                }
                return generated;
            }

            @Override
            public BigDecimal surveyAgreement(int year, int indicator, String group) {
                return results.computeIfAbsent(year, y -> surveys.results(associationId, y)).stream()
                        .filter(r -> r.indicator() == indicator && (group == null || r.group().equals(group)))
                        .map(Surveys.Result::shareAgreeing).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }

            @Override
            public BigDecimal exitOutcome(int year, String initiative) {
                return initiative == null ? decimal(total(year).shareEndingInWorkStudiesOrAf().get("TOTAL"))
                        : decimal(initiative(year, initiative).shareEndingInWorkStudiesOrAf());
            }

            @Override
            public BigDecimal stepMovement(int year, String initiative) {
                return initiative == null ? decimal(total(year).shareWithStepMovement().get("TOTAL"))
                        : decimal(initiative(year, initiative).shareWithStepMovement());
            }

            private ParticipantFollowUp.Aggregates total(int year) {
                return aggregates.computeIfAbsent(year, y -> participants.aggregates(associationId, y));
            }

            /** The initiative's figures of the year, from the same aggregates (one query per year). */
            private ParticipantFollowUp.InitiativeFigures initiative(int year, String initiative) {
                return total(year).initiatives().stream().filter(f -> f.initiativeId().equals(initiative)).findFirst()
                        .orElse(new ParticipantFollowUp.InitiativeFigures(initiative, null, null, null, null, null));
            }
        };
    }

    /** The note that a share holds generated demonstration data, or an empty text. */
    private static Text generatedNote(FollowUpShares shares) {
        return Text.of(shares.generated() ? "goals.source.generated" : "goals.source.none");
    }

    private static BigDecimal decimal(Double share) {
        return share == null ? null : BigDecimal.valueOf(share);
    }

    public record IndicatorView(Goal.Indicator indicator, List<Measurement> history, Measurement latest, BigDecimal trend,
                                GoalStatus status) {

        /** The periods of the numeric history, as a JSON array for the page's chart. */
        public String chartLabels() {
            return history.stream().filter(m -> m.value() != null).map(m -> "\"" + m.period() + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }

        public String chartValues() {
            return history.stream().filter(m -> m.value() != null).map(m -> m.value().stripTrailingZeros().toPlainString())
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }

        public boolean hasChart() {
            return history.stream().anyMatch(m -> m.value() != null);
        }
    }

    public record GoalView(Goal goal, GoalStatus status, List<IndicatorView> indicators) {
    }

    /** What a person enters: a number, yes/no, the date it was done, an assessment and a comment. */
    public record Entry(String period, BigDecimal value, Boolean yes, LocalDate doneOn, GoalStatus assessment, String comment) {
    }

    public List<GoalView> followUp(AssociationId associationId, LocalDate today) {
        Plan plan = plans.get(associationId).plan();
        Map<String, List<Measurement>> entered = measurements(associationId);
        FollowUpShares shares = followUpShares(associationId);
        List<GoalView> views = new ArrayList<>();
        for (Goal goal : plan.goals().goals()) {
            List<IndicatorView> indicators = new ArrayList<>();
            for (Goal.Indicator indicator : goal.indicators()) {
                List<Measurement> history = new ArrayList<>(entered.getOrDefault(goal.id() + "/" + indicator.id(), List.of()));
                computed(plan, goal, indicator, shares).ifPresent(c -> {
                    history.removeIf(m -> m.period().equals(c.period()));
                    history.add(c);
                });
                if (indicator.computed() == Goal.Computation.SUPPORT_SHARE) {
                    supportShares(associationId, goal, indicator).forEach(c -> {
                        history.removeIf(m -> m.period().equals(c.period()));
                        history.add(c);
                    });
                }
                history.sort(Comparator.comparing(Measurement::sortKey));
                indicators.add(new IndicatorView(indicator, history, Evaluation.latest(history).orElse(null), Evaluation.trend(history),
                        Evaluation.status(goal, indicator, history, today)));
            }
            views.add(new GoalView(goal, Evaluation.goalStatus(indicators.stream().map(IndicatorView::status).toList()), indicators));
        }
        return views;
    }

    @Transactional
    public void record(AssociationId associationId, String goalId, String indicatorId, Entry entry) {
        Plan plan = plans.get(associationId).plan();
        Goal goal = plan.goals().goals().stream().filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("error.maletFinnsInte")));
        Goal.Indicator indicator = goal.indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("error.indikatornFinnsInte")));
        validate(plan, goal, indicator, entry);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        jdbc.sql("""
                insert into indicator_measurement (association_id, goal_id, indicator_id, period, value, yes, done_on, assessment, comment, entered_by)
                values (:a, :g, :i, :p, :v, :y, :d, :s, :c, :by)
                on conflict (association_id, goal_id, indicator_id, period) do update set value = :v, yes = :y, done_on = :d,
                    assessment = :s, comment = :c, entered_by = :by, entered_at = now()""")
                .param("a", associationId.value()).param("g", goalId).param("i", indicatorId).param("p", entry.period())
                .param("v", entry.value()).param("y", entry.yes()).param("d", entry.doneOn())
                .param("s", entry.assessment() == null ? null : entry.assessment().name()).param("c", entry.comment()).param("by", actor)
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("indicator", indicatorId);
        changes.put("period", entry.period());
        changes.put("value", entry.value() == null ? null : entry.value().toPlainString());
        changes.put("yes", entry.yes());
        changes.put("doneOn", entry.doneOn() == null ? null : entry.doneOn().toString());
        changes.put("assessment", entry.assessment() == null ? null : entry.assessment().name());
        auditLog.record(associationId, "goal-measurement", goalId, "measured", changes);
    }

    private static void validate(Plan plan, Goal goal, Goal.Indicator indicator, Entry entry) {
        if (indicator.computed() != null && !indicator.computed().mayBeEntered()) {
            throw new InvalidInputException(Text.of("place.indikator"), Text.of("error.indikatornRaknasFramUrDet"));
        }
        int year = se.samordna.shared.Period.parse(entry.period(), se.samordna.shared.Period.MEASUREMENT_KINDS).year();
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        years.add(goal.year());
        plan.budget().years().forEach(y -> years.add(y.year()));
        if (!years.contains(year)) {
            throw new InvalidInputException(Text.of("place.period"), Text.of("error.periodenLiggerUtanforPlanensPerioder", entry.period(), years));
        }
        Goal.Target.Kind kind = indicator.target() == null ? Goal.Target.Kind.TEXT : indicator.target().kind();
        switch (kind) {
            case NUMBER, SHARE -> {
                if (entry.value() == null || entry.yes() != null || entry.doneOn() != null) {
                    throw new InvalidInputException(Text.of("place.varde"), Text.of(kind == Goal.Target.Kind.SHARE
                            ? "error.indicatorMeasuredAsShare" : "error.indicatorMeasuredAsNumber"));
                }
                if (kind == Goal.Target.Kind.SHARE && (entry.value().signum() < 0 || entry.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
                    throw new InvalidInputException(Text.of("place.varde"), Text.of("error.enAndelLiggerMellan0"));
                }
            }
            case DATE -> {
                if (entry.value() != null || (entry.yes() == null && entry.doneOn() == null)) {
                    throw new InvalidInputException(Text.of("place.varde"), Text.of("error.indikatornHarEttDatummalAnge"));
                }
            }
            case YES_NO -> {
                if (entry.yes() == null || entry.value() != null) {
                    throw new InvalidInputException(Text.of("place.varde"), Text.of("error.indikatornMatsMedJaEller"));
                }
            }
            case TEXT -> {
                if (entry.assessment() == null && (entry.comment() == null || entry.comment().isBlank())) {
                    throw new InvalidInputException(Text.of("place.bedomning"), Text.of("error.angeEnBedomningEllerEn"));
                }
            }
        }
        if (entry.comment() != null && entry.comment().length() > 2000) {
            throw new InvalidInputException(Text.of("place.kommentar"), Text.of("error.kommentarenFarVaraHogst2"));
        }
    }

    private Map<String, List<Measurement>> measurements(AssociationId associationId) {
        Map<String, List<Measurement>> result = new HashMap<>();
        jdbc.sql("""
                select goal_id, indicator_id, period, value, yes, done_on, assessment, comment, entered_by
                from indicator_measurement where association_id = :a""")
                .param("a", associationId.value())
                .query((rs, n) -> new Measurement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        (Boolean) rs.getObject(5), rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : GoalStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), false))
                .list()
                .forEach(m -> result.computeIfAbsent(m.goalId() + "/" + m.indicatorId(), k -> new ArrayList<>()).add(m));
        return result;
    }

    /** The value Samordna computes for a computed indicator in the goal's year, if it can. */
    static Optional<Measurement> computed(Plan plan, Goal goal, Goal.Indicator indicator, FollowUpShares shares) {
        if (indicator.computed() == null) {
            return Optional.empty();
        }
        String period = String.valueOf(goal.year());
        Optional<YearFigures> year = se.samordna.plan.PlanFigures.of(plan).year(goal.year());
        return switch (indicator.computed()) {
            case ADMIN_SHARE -> year.filter(f -> !f.contributions().isZero()).map(f -> measurement(goal, indicator, period,
                    f.category(CostCategory.ADMINISTRATION).percentOf(f.contributions(), 1), null,
                    Text.of("goals.source.adminShare")));
            case BUDGET_BALANCED -> year.map(f -> measurement(goal, indicator, period, null, !f.result().isNegative(),
                    Text.of("goals.source.budgetResult", f.result().kronor())));
            case EQUITY_SPENT -> year.filter(f -> f.equityEnd() != null).map(f -> measurement(goal, indicator, period, null,
                    !f.equityEnd().greaterThan(plan.rules().equityFloor()),
                    Text.of("goals.source.equityEnd", f.equityEnd().kronor(), plan.rules().equityFloor().kronor())));
            case ACTIVITIES_DONE -> plan.goals().activityPlans().stream().filter(a -> a.id().equals(indicator.activityPlan())).findFirst()
                    .map(a -> measurement(goal, indicator, period, a.completion(), null,
                            Text.of("goals.source.activities", a.activities().stream().filter(ActivityPlan.Activity::done).count(),
                                    a.activities().size())));
            case SUPPORT_SHARE -> Optional.empty();
            case SURVEY_AGREEMENT -> Optional.ofNullable(indicator.nnsIndicator() == null ? null
                    : shares.surveyAgreement(goal.year(), indicator.nnsIndicator(), indicator.respondentGroup()))
                    .map(v -> measurement(goal, indicator, period, v, null, indicator.respondentGroup() == null
                            ? Text.of("goals.source.survey", indicator.nnsIndicator(), generatedNote(shares))
                            : Text.of("goals.source.surveyGroup", indicator.nnsIndicator(), (Localized) locale -> Text.of("surveys.group." + indicator.respondentGroup()).in(locale).toLowerCase(locale),
                                    generatedNote(shares))));
            case EXIT_OUTCOME_SHARE -> Optional.ofNullable(shares.exitOutcome(goal.year(), goal.initiative()))
                    .map(v -> measurement(goal, indicator, period, v, null, Text.of(goal.initiative() == null
                            ? "goals.source.exitsAll" : "goals.source.exitsInitiative", generatedNote(shares))));
            case STEP_MOVEMENT_SHARE -> Optional.ofNullable(shares.stepMovement(goal.year(), goal.initiative()))
                    .map(v -> measurement(goal, indicator, period, v, null, Text.of(goal.initiative() == null
                            ? "goals.source.stepsAll" : "goals.source.stepsInitiative", generatedNote(shares))));
        };
    }

    /** The goal year's and the previous year's share on public support; the year's is met when it fell. */
    private List<Measurement> supportShares(AssociationId associationId, Goal goal, Goal.Indicator indicator) {
        BigDecimal before = statistics.totalShare(associationId, goal.year() - 1);
        BigDecimal now = statistics.totalShare(associationId, goal.year());
        List<Measurement> result = new ArrayList<>();
        if (before != null) {
            result.add(Measurement.computed(goal.id(), indicator.id(), String.valueOf(goal.year() - 1), before, null, null,
                    Text.of("goals.source.scb")));
        }
        if (now != null) {
            GoalStatus assessment = before == null ? null : now.compareTo(before) < 0 ? GoalStatus.MET : GoalStatus.NOT_MET;
            result.add(Measurement.computed(goal.id(), indicator.id(), String.valueOf(goal.year()), now, null, assessment,
                    Text.of("goals.source.scb")));
        }
        return result;
    }

    private static Measurement measurement(Goal goal, Goal.Indicator indicator, String period, BigDecimal value, Boolean yes, Text source) {
        return Measurement.computed(goal.id(), indicator.id(), period, value, yes, null, source);
    }
}
