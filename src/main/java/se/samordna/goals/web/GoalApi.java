package se.samordna.goals.web;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.TheoryOfChange;
import se.samordna.goals.GoalFollowUp;
import se.samordna.goals.GoalStatus;
import se.samordna.goals.Measurement;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Role;

@RestController
@Tag(name = "Goals", description = "Goals, indicators, measurements, the theory of change and activity plans — on the association's current plan: its newest DRAFT (or plan in consultation) if there is one, else its newest ADOPTED plan; an adopted plan refuses changes with 409")
class GoalApi {

    private final GoalFollowUp followUp;
    private final Plans plans;

    private final se.samordna.goals.PlanGoals goals;

    GoalApi(GoalFollowUp followUp, Plans plans, se.samordna.goals.PlanGoals goals) {
        this.goals = goals;
        this.followUp = followUp;
        this.plans = plans;
    }

    record MeasurementRequest(@NotNull String period, BigDecimal value, Boolean yes, LocalDate doneOn, GoalStatus assessment,
                              String comment) {
    }

    record NodeRequest(@NotNull TheoryOfChange.Level level, @NotNull String row, @NotNull String text, @NotNull Long version) {
    }

    record EdgeRequest(@NotNull String from, @NotNull String to, @NotNull Long version) {
    }

    record ActivityRequest(@NotNull Boolean done, @NotNull Long version) {
    }

    @GetMapping("/api/v1/associations/{associationId}/goals")
    @Operation(summary = "Every goal with its indicators, target, latest value, trend, history and status")
    List<Map<String, Object>> goals(@PathVariable AssociationId associationId) {
        return followUp.followUp(associationId, LocalDate.now()).stream().map(g -> {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("id", g.goal().id());
            goal.put("title", g.goal().title());
            goal.put("year", g.goal().year());
            goal.put("area", g.goal().area());
            goal.put("node", g.goal().node());
            goal.put("status", g.status());
            goal.put("indicators", g.indicators().stream().map(i -> {
                Map<String, Object> indicator = new LinkedHashMap<>();
                indicator.put("id", i.indicator().id());
                indicator.put("name", i.indicator().name());
                indicator.put("source", i.indicator().source());
                indicator.put("sourceText", i.indicator().sourceText());
                indicator.put("target", i.indicator().target() == null ? null : i.indicator().target().describe());
                indicator.put("computed", i.indicator().computed());
                indicator.put("latest", i.latest() == null ? null : view(i.latest()));
                indicator.put("trend", i.trend());
                indicator.put("status", i.status());
                indicator.put("history", i.history().stream().map(GoalApi::view).toList());
                return indicator;
            }).toList());
            return goal;
        }).toList();
    }

    @PostMapping("/api/v1/associations/{associationId}/goals/{goalId}/indicators/{indicatorId}/measurements")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a measurement for a period (2025, 2025H1, 2025T2, 2025Q3); its type must fit the indicator's target")
    Map<String, String> measure(@PathVariable AssociationId associationId, @PathVariable String goalId, @PathVariable String indicatorId,
                                @Valid @RequestBody MeasurementRequest r) {
        followUp.record(associationId, goalId, indicatorId, new GoalFollowUp.Entry(r.period(), r.value(), r.yes(), r.doneOn(),
                r.assessment(), r.comment()));
        return Map.of("period", r.period());
    }

    @GetMapping("/api/v1/associations/{associationId}/theory-of-change")
    Map<String, Object> theory(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", stored.version());
        result.put("theoryOfChange", stored.plan().goals().theoryOfChange());
        return result;
    }

    @PostMapping("/api/v1/associations/{associationId}/theory-of-change/nodes")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addNode(@PathVariable AssociationId associationId, @Valid @RequestBody NodeRequest r) {
        StoredPlan saved = goals.addNode(associationId, r.version(), r.level(), r.row(), r.text());
        return Map.of("version", saved.version(), "theoryOfChange", saved.plan().goals().theoryOfChange());
    }

    @PostMapping("/api/v1/associations/{associationId}/theory-of-change/edges")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an arrow; it must run forward through the levels")
    Map<String, Object> addEdge(@PathVariable AssociationId associationId, @Valid @RequestBody EdgeRequest r) {
        StoredPlan saved = goals.addEdge(associationId, r.version(), r.from(), r.to());
        return Map.of("version", saved.version(), "theoryOfChange", saved.plan().goals().theoryOfChange());
    }

    record AreaRequest(@NotNull String area, @NotNull Long version) {
    }

    @GetMapping("/api/v1/associations/{associationId}/areas")
    Map<String, Object> areas(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        return Map.of("version", stored.version(), "areas", stored.plan().goals().areas());
    }

    @PostMapping("/api/v1/associations/{associationId}/areas")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a target area (målområde)")
    Map<String, Object> addArea(@PathVariable AssociationId associationId, @Valid @RequestBody AreaRequest r) {
        StoredPlan saved = goals.addArea(associationId, r.version(), r.area());
        return Map.of("version", saved.version(), "areas", saved.plan().goals().areas());
    }

    @PostMapping("/api/v1/associations/{associationId}/areas/remove")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Remove a target area no goal belongs to")
    Map<String, Object> removeArea(@PathVariable AssociationId associationId, @Valid @RequestBody AreaRequest r) {
        StoredPlan saved = goals.removeArea(associationId, r.version(), r.area());
        return Map.of("version", saved.version(), "areas", saved.plan().goals().areas());
    }

    @PostMapping("/api/v1/associations/{associationId}/activity-plans/{planId}/activities/{activityId}")
    @AssociationAccess(Role.ADMIN)
    Map<String, Object> markActivity(@PathVariable AssociationId associationId, @PathVariable String planId, @PathVariable String activityId,
                                     @Valid @RequestBody ActivityRequest r) {
        StoredPlan saved = goals.markActivity(associationId, r.version(), planId, activityId, r.done());
        return Map.of("version", saved.version(), "activityPlans", saved.plan().goals().activityPlans());
    }

    private static Map<String, Object> view(Measurement m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", m.period());
        out.put("value", m.value());
        out.put("yes", m.yes());
        out.put("doneOn", m.doneOn());
        out.put("assessment", m.assessment());
        out.put("comment", m.comment());
        out.put("computed", m.computed());
        return out;
    }
}
