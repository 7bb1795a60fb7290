package se.samordna.followup.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.budget.Initiative;
import se.samordna.budget.Plans;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Surveys;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Role;

/**
 * Participant follow-up. Records are reached only by the initiative's assigned reporters (everyone else gets
 * 403 from the tenant guard or here); the association and the board see suppressed aggregates.
 */
@Controller
class FollowUpController {

    private final ParticipantFollowUp followUp;
    private final InitiativeRecords records;
    private final UserDirectory directory;
    private final Plans plans;
    private final Surveys surveys;

    FollowUpController(ParticipantFollowUp followUp, InitiativeRecords records, UserDirectory directory, Plans plans, Surveys surveys) {
        this.surveys = surveys;
        this.followUp = followUp;
        this.records = records;
        this.directory = directory;
        this.plans = plans;
    }

    record VolumeRequest(@NotNull Integer women, @NotNull Integer men) {
    }

    record RecordRequest(String code, String legalSex, String ageBand, String homeMunicipality, String education, String supportBefore,
                         LocalDate startDate, LocalDate endDate, String outcome, String supportAfter, Boolean stepMovement, Long version) {
        ParticipantFollowUp.RecordInput input() {
            return new ParticipantFollowUp.RecordInput(code, legalSex, ageBand, homeMunicipality, education, supportBefore, startDate, endDate,
                    outcome, supportAfter, stepMovement);
        }
    }

    @GetMapping("/associations/{associationId}/followup")
    String page(@PathVariable UUID associationId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year(year);
        model.addAttribute("associationId", associationId);
        model.addAttribute("year", y);
        List<ParticipantFollowUp.Volume> volumes = followUp.volumes(associationId, y);
        model.addAttribute("a", followUp.aggregates(associationId, y, volumes));
        model.addAttribute("volumes", volumes);
        model.addAttribute("names", names(associationId));
        model.addAttribute("generated", followUp.hasGeneratedData(associationId));
        model.addAttribute("results", surveys.results(associationId, y));
        model.addAttribute("indicators", Surveys.INDICATORS);
        return "followup/page";
    }

    @GetMapping("/api/v1/associations/{associationId}/followup")
    @ResponseBody
    ParticipantFollowUp.Aggregates aggregates(@PathVariable UUID associationId, @RequestParam int year) {
        return followUp.aggregates(associationId, year(year));
    }

    @GetMapping("/api/v1/associations/{associationId}/followup/uppfoljning-finsam.csv")
    ResponseEntity<String> csv(@PathVariable UUID associationId, @RequestParam int year) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppfoljning-finsam-" + year + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(followUp.uppfoljningFinsamCsv(associationId, year(year), names(associationId)));
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/volumes/{period}")
    @AssociationAccess({Role.ADMIN, Role.INITIATIVE_REPORTER})
    @ResponseBody
    Map<String, Object> volume(@PathVariable UUID associationId, @PathVariable String initiativeId, @PathVariable String period,
                               @Valid @RequestBody VolumeRequest request, jakarta.servlet.http.HttpServletRequest http) {
        requireInitiative(associationId, initiativeId);
        if (!hasRole(http, Role.ADMIN)) {
            requireReporter(associationId, initiativeId);
        }
        followUp.recordVolume(associationId, initiativeId, period, request.women(), request.men());
        return Map.of("period", period, "women", request.women(), "men", request.men());
    }

    @GetMapping("/associations/{associationId}/initiatives/{initiativeId}/participants")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    String participants(@PathVariable UUID associationId, @PathVariable String initiativeId, Model model) {
        Initiative initiative = requireReporter(associationId, initiativeId);
        model.addAttribute("associationId", associationId);
        model.addAttribute("i", initiative);
        model.addAttribute("records", followUp.records(associationId, initiativeId));
        return "followup/participants";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/participants")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    String saveFromPage(@PathVariable UUID associationId, @PathVariable String initiativeId, @RequestParam Map<String, String> form) {
        requireReporter(associationId, initiativeId);
        UUID id = blank(form.get("id")) ? null : UUID.fromString(form.get("id"));
        followUp.saveRecord(associationId, initiativeId, id, new ParticipantFollowUp.RecordInput(form.get("code"), form.get("legalSex"),
                form.get("ageBand"), form.get("homeMunicipality"), form.get("education"), form.get("supportBefore"), date(form.get("startDate")),
                date(form.get("endDate")), form.get("outcome"), form.get("supportAfter"),
                blank(form.get("stepMovement")) ? null : "true".equals(form.get("stepMovement"))),
                blank(form.get("version")) ? null : Long.parseLong(form.get("version")));
        return "redirect:/associations/" + associationId + "/initiatives/" + initiativeId + "/participants";
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    @ResponseBody
    List<ParticipantFollowUp.Record> list(@PathVariable UUID associationId, @PathVariable String initiativeId) {
        requireReporter(associationId, initiativeId);
        return followUp.records(associationId, initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> create(@PathVariable UUID associationId, @PathVariable String initiativeId, @RequestBody RecordRequest request) {
        requireReporter(associationId, initiativeId);
        return Map.of("id", followUp.saveRecord(associationId, initiativeId, null, request.input(), null));
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants/{participantId}")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    @ResponseBody
    Map<String, UUID> update(@PathVariable UUID associationId, @PathVariable String initiativeId, @PathVariable UUID participantId,
                             @RequestBody RecordRequest request) {
        requireReporter(associationId, initiativeId);
        return Map.of("id", followUp.saveRecord(associationId, initiativeId, participantId, request.input(), request.version()));
    }

    @DeleteMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    @ResponseBody
    Map<String, Integer> deleteAll(@PathVariable UUID associationId, @PathVariable String initiativeId) {
        requireReporter(associationId, initiativeId);
        return Map.of("deleted", followUp.deleteRecords(associationId, initiativeId));
    }

    private Initiative requireInitiative(UUID associationId, String initiativeId) {
        return plans.get(associationId).plan().initiative(initiativeId).orElseThrow(() -> new NotFoundException("Insatsen finns inte."));
    }

    private Initiative requireReporter(UUID associationId, String initiativeId) {
        Initiative initiative = requireInitiative(associationId, initiativeId);
        UUID user = directory.currentUser().orElseThrow(() -> new ForbiddenException("Inloggning krävs.")).id();
        if (!records.isReporter(associationId, initiativeId, user)) {
            throw new ForbiddenException("Bara insatsens deltagarrapportörer når deltagaruppgifterna.");
        }
        return initiative;
    }

    @SuppressWarnings("unchecked")
    private static boolean hasRole(jakarta.servlet.http.HttpServletRequest request, Role role) {
        Object roles = request.getAttribute(AssociationAccess.ROLES_ATTRIBUTE);
        return roles instanceof java.util.Set<?> set && set.contains(role);
    }

    private Map<String, String> names(UUID associationId) {
        return plans.initiativeNames(associationId);
    }

    private static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("år", "Året " + year + " ligger utanför 2000–2100.");
        }
        return year;
    }

    private static LocalDate date(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("datum", "Datumet '" + value + "' ska skrivas ÅÅÅÅ-MM-DD.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
