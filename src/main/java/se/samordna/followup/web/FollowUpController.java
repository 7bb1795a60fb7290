package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Plans;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Surveys;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * Participant follow-up. Records are reached only by the initiative's assigned reporters (everyone else gets
 * 403 from the tenant guard or here); the association and the board see suppressed aggregates.
 */
@Controller
class FollowUpController {

    private final ParticipantFollowUp followUp;
    private final Reporters reporters;
    private final Plans plans;
    private final Surveys surveys;

    private final se.samordna.followup.RecordsDecision decisions;

    FollowUpController(ParticipantFollowUp followUp, Reporters reporters, Plans plans, Surveys surveys,
                       se.samordna.followup.RecordsDecision decisions) {
        this.decisions = decisions;
        this.surveys = surveys;
        this.followUp = followUp;
        this.reporters = reporters;
        this.plans = plans;
    }

    record VolumeRequest(@NotNull Integer women, @NotNull Integer men) {
    }

    @GetMapping("/associations/{associationId}/followup")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year, Model model,
                jakarta.servlet.http.HttpServletRequest http) {
        int y = year == null ? LocalDate.now().getYear() : year(year);
        model.addAttribute("associationId", associationId);
        model.addAttribute("year", y);
        List<ParticipantFollowUp.Volume> volumes = followUp.volumes(associationId, y);
        model.addAttribute("a", followUp.aggregates(associationId, y, volumes));
        model.addAttribute("volumes", volumes);
        model.addAttribute("names", names(associationId));
        model.addAttribute("generated", followUp.hasGeneratedData(associationId));
        model.addAttribute("results", surveys.results(associationId, y));
        model.addAttribute("decision", decisions.of(associationId).orElse(null));
        model.addAttribute("members", plans.memberNames(associationId));
        model.addAttribute("isDirector", hasRole(http, Role.ADMIN));
        model.addAttribute("today", LocalDate.now());
        return "followup/page";
    }

    @GetMapping("/api/v1/associations/{associationId}/followup")
    @ResponseBody
    ParticipantFollowUp.Aggregates aggregates(@PathVariable AssociationId associationId, @RequestParam int year) {
        return followUp.aggregates(associationId, year(year));
    }

    @GetMapping("/api/v1/associations/{associationId}/followup/uppfoljning-finsam.csv")
    ResponseEntity<String> csv(@PathVariable AssociationId associationId, @RequestParam int year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppfoljning-finsam-" + year + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(followUp.uppfoljningFinsamCsv(associationId, year(year), names(associationId)));
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/volumes/{period}")
    @AssociationAccess({Role.ADMIN, Role.INITIATIVE_REPORTER})
    @ResponseBody
    Map<String, Object> volume(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period,
                               @Valid @RequestBody VolumeRequest request, jakarta.servlet.http.HttpServletRequest http) {
        se.samordna.plan.Initiative initiative = reporters.requireInitiative(associationId, initiativeId);
        if (!hasRole(http, Role.ADMIN)) {
            reporters.require(associationId, initiativeId);
        }
        followUp.recordVolume(associationId, initiative, period, request.women(), request.men());
        return Map.of("period", period, "women", request.women(), "men", request.men());
    }

    @SuppressWarnings("unchecked")
    private static boolean hasRole(jakarta.servlet.http.HttpServletRequest request, Role role) {
        Object roles = request.getAttribute(AssociationAccess.ROLES_ATTRIBUTE);
        return roles instanceof java.util.Set<?> set && set.contains(role);
    }

    private Map<String, String> names(AssociationId associationId) {
        return plans.initiativeNames(associationId);
    }

    private static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretLiggerUtanfor20002100", year));
        }
        return year;
    }
}
