package se.samordna.plan.web;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.PlanFiles;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Money;
import se.samordna.shared.Role;

@RestController
@Tag(name = "Plan periods", description = "The yearly cycle: an association's plans per period, consultation, adoption (then frozen), revisions and the next period")
class PlanPeriodApi {

    private final PlanCycle cycle;
    private final Plans plans;

    private final se.samordna.plan.CarriedOver review;

    PlanPeriodApi(PlanCycle cycle, Plans plans, se.samordna.plan.CarriedOver review) {
        this.cycle = cycle;
        this.plans = plans;
        this.review = review;
    }

    @GetMapping("/api/v1/associations/{associationId}/plans")
    @Operation(summary = "The association's plans, newest period first (within a period the newest version first)")
    List<Map<String, Object>> list(@PathVariable AssociationId associationId) {
        return cycle.periods(associationId).stream().map(PlanPeriodApi::summary).toList();
    }

    @GetMapping("/api/v1/associations/{associationId}/plans/{planId}")
    @Operation(summary = "One plan: the same tree as the plan file, with its id, status and version")
    Map<String, Object> plan(@PathVariable AssociationId associationId, @PathVariable PlanId planId) {
        return tree(plans.get(associationId, planId), cycle.period(associationId, planId));
    }

    @GetMapping("/api/v1/associations/{associationId}/plans/{planId}/findings")
    @Operation(summary = "The checks of one plan: a draft, an adopted version or the next period, each on its own; with the opening equity against the books of the year before")
    List<se.samordna.plan.Finding> findings(@PathVariable AssociationId associationId, @PathVariable PlanId planId) {
        se.samordna.plan.Plan plan = plans.get(associationId, planId).plan();
        List<se.samordna.plan.Finding> findings = new java.util.ArrayList<>(se.samordna.plan.rules.PlanChecks.check(plan));
        cycle.openingEquityFinding(associationId, plan).ifPresent(findings::add);
        return findings;
    }

    record RollForwardRequest(String openingEquity) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/roll-forward")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Build the next period from an adopted plan as a new DRAFT. Optional body {\"openingEquity\": \"1 105 000\"} (kronor); without it, the plan's computed equity at the end of its budget year")
    Map<String, Object> rollForward(@PathVariable AssociationId associationId, @PathVariable PlanId planId,
                                    @RequestBody(required = false) RollForwardRequest request) {
        Money opening = request == null || request.openingEquity() == null || request.openingEquity().isBlank() ? null
                : BudgetPages.parseAmount(request.openingEquity(), "kr", "openingEquity");
        StoredPlan draft = cycle.rollForward(associationId, planId, opening);
        return tree(draft, cycle.period(associationId, draft.id()));
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/revision")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a revision of an adopted plan: a new DRAFT of the same period; the adopted plan stays in force until the board adopts the revision")
    Map<String, Object> revise(@PathVariable AssociationId associationId, @PathVariable PlanId planId) {
        StoredPlan draft = cycle.revise(associationId, planId);
        return tree(draft, cycle.period(associationId, draft.id()));
    }

    record Consultation(@NotNull LocalDate sentOn, @NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/consultation")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record that the draft was sent to the members for consultation on sentOn")
    Map<String, Object> consultation(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @Valid @RequestBody Consultation request) {
        return summary(cycle.sendToConsultation(associationId, planId, request.sentOn(), request.version()));
    }

    record ResponseRequest(@NotNull @Size(max = 200) String member, @NotNull LocalDate receivedOn, @NotNull @Size(max = 20_000) String text) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/consultation/responses")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a member's response to the consultation")
    PlanCycle.Response response(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @Valid @RequestBody ResponseRequest request) {
        return cycle.recordResponse(associationId, planId, request.member(), request.receivedOn(), request.text());
    }

    @GetMapping("/api/v1/associations/{associationId}/plans/{planId}/consultation/responses")
    @Operation(summary = "The members' responses to the consultation")
    List<PlanCycle.Response> responses(@PathVariable AssociationId associationId, @PathVariable PlanId planId) {
        return cycle.responses(associationId, planId);
    }

    record Adoption(@NotNull LocalDate adoptedOn, @NotNull @Size(max = 40) String minutes, @NotNull Long version, Boolean confirmErrors) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/adoption")
    @AssociationAccess({Role.ADMIN, Role.BOARD})
    @Operation(summary = "Record the board's adoption (date and minutes paragraph). The plan is frozen from then on and its document archived; send confirmErrors: true to adopt a plan whose checks find errors")
    Map<String, Object> adopt(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @Valid @RequestBody Adoption request) {
        StoredPlan adopted = cycle.adopt(associationId, planId, request.adoptedOn(), request.minutes(), request.version(),
                Boolean.TRUE.equals(request.confirmErrors()));
        return tree(adopted, cycle.period(associationId, planId));
    }

    @GetMapping("/api/v1/associations/{associationId}/plans/{planId}/review")
    @Operation(summary = "What a rolled-forward draft carried over and the director has not reviewed yet: texts by heading, goals by id")
    List<se.samordna.plan.CarriedOver.Part> review(@PathVariable AssociationId associationId, @PathVariable PlanId planId) {
        plans.get(associationId, planId);
        return review.open(planId);
    }

    record ReviewRequest(String kind, String ref) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/review")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Confirm that a carried-over text (kind TEXT, ref its heading) or goal (kind GOAL, ref its id) holds unchanged; an edit confirms it too")
    List<se.samordna.plan.CarriedOver.Part> confirmReview(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @RequestBody ReviewRequest request) {
        plans.get(associationId, planId);
        return review.confirm(associationId, planId, kind(request.kind()), request.ref() == null ? "" : request.ref());
    }

    static se.samordna.plan.CarriedOver.Kind kind(String raw) {
        try {
            return se.samordna.plan.CarriedOver.Kind.valueOf(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new se.samordna.shared.InvalidInputException(se.samordna.shared.Text.of("place.review"), se.samordna.shared.Text.of("review.error.kind"));
        }
    }

    record Accept(@NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/plans/{planId}/computed-figures")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "\"The plan is computed here now\": let go of the figures an imported document printed (no more STATED_FIGURE findings)")
    Map<String, Object> accept(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @Valid @RequestBody Accept request) {
        StoredPlan saved = cycle.acceptComputedFigures(associationId, planId, request.version());
        return tree(saved, cycle.period(associationId, planId));
    }

    @GetMapping("/api/v1/associations/{associationId}/plans/{planId}/diff")
    @Operation(summary = "What changed from the plan {planId} to the plan ?to=: lines and amounts per year, years, initiatives, goals, rules, members")
    Map<String, Object> diff(@PathVariable AssociationId associationId, @PathVariable PlanId planId, @RequestParam PlanId to) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", planId);
        result.put("to", to);
        result.put("changes", cycle.diff(associationId, planId, to, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return result;
    }

    static Map<String, Object> summary(PlanPeriod period) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", period.id());
        summary.put("budgetYear", period.budgetYear());
        summary.put("years", period.years());
        summary.put("status", period.status().name());
        summary.put("adoptedOn", period.adoptedOn());
        summary.put("minutes", period.minutes());
        summary.put("version", period.version());
        summary.put("period", period.label());
        summary.put("consultationSentOn", period.consultationSentOn());
        summary.put("supersededOn", period.supersededOn());
        summary.put("basedOn", period.basedOn());
        return summary;
    }

    private static Map<String, Object> tree(StoredPlan stored, PlanPeriod period) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", stored.id());
        tree.put("status", stored.status().name());
        tree.put("version", stored.version());
        tree.put("budgetYear", period.budgetYear());
        tree.put("adoptedOn", period.adoptedOn());
        tree.put("minutes", period.minutes());
        tree.putAll(PlanFiles.tree(stored.plan()));
        return tree;
    }
}
