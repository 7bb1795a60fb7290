package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Plans;
import se.samordna.followup.RecordsDecision;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The director's recorded decision whether the association keeps pseudonymous participant records (off by default). */
@Controller
class RecordsDecisionController {

    private final RecordsDecision decisions;
    private final Plans plans;

    RecordsDecisionController(RecordsDecision decisions, Plans plans) {
        this.decisions = decisions;
        this.plans = plans;
    }

    record DecisionRequest(@NotNull Boolean enabled, String responsibleMember, Integer retentionMonths, @NotNull LocalDate decidedOn,
                           String reference, Long version) {
    }

    @PostMapping("/associations/{associationId}/followup/records-decision")
    @AssociationAccess(Role.ADMIN)
    String decide(@PathVariable AssociationId associationId, @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(required = false) String responsibleMember, @RequestParam(required = false) String retentionMonths,
                  @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String reference,
                  @RequestParam(required = false) Long version) {
        decisions.decide(associationId, enabled, responsibleMember, months(retentionMonths), date(decidedOn), reference, members(associationId),
                version);
        return "redirect:/associations/" + associationId + "/followup#deltagaruppgifter";
    }

    @GetMapping("/api/v1/associations/{associationId}/participant-records-decision")
    @ResponseBody
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    @Operation(summary = "Whether the association keeps pseudonymous participant records, the responsible member and the retention")
    RecordsDecision.Decision get(@PathVariable AssociationId associationId) {
        return decisions.of(associationId).orElse(new RecordsDecision.Decision(false, null, null, null, null, null, null, -1));
    }

    @PutMapping("/api/v1/associations/{associationId}/participant-records-decision")
    @ResponseBody
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record the director's decision (version: the one read; omit for the first decision)")
    RecordsDecision.Decision put(@PathVariable AssociationId associationId, @Valid @RequestBody DecisionRequest request) {
        return decisions.decide(associationId, request.enabled(), request.responsibleMember(), request.retentionMonths(),
                request.decidedOn(), request.reference(), members(associationId), request.version());
    }

    private Set<String> members(AssociationId associationId) {
        return Set.copyOf(plans.memberNames(associationId));
    }

    private static Integer months(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Text.of("place.gallringstid"), Text.of("error.arIngetAntalManader", raw));
        }
    }

    private static LocalDate date(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(Text.of("place.beslutsdatum"), Text.of("error.arIngetDatumAaaaMm", raw));
        }
    }
}
