package se.samordna.followup.web;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Initiative;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The participant records of one initiative and its volumes, for its assigned reporters only (every handler admits
 * INITIATIVE_REPORTER alone, and {@link Reporters} narrows it to the initiative): the page where staff keep them,
 * the CSV import and export, deletion at the end of retention, and the JSON API.
 */
@Controller
@AssociationAccess(Role.INITIATIVE_REPORTER)
class ParticipantRecordsController {

    private final ParticipantFollowUp followUp;
    private final Reporters reporters;

    private final se.samordna.followup.RecordsDecision decisions;

    private final se.samordna.followup.ParticipantRecords participantRecords;

    ParticipantRecordsController(ParticipantFollowUp followUp, Reporters reporters, se.samordna.followup.RecordsDecision decisions,
                                 se.samordna.followup.ParticipantRecords participantRecords) {
        this.participantRecords = participantRecords;
        this.decisions = decisions;
        this.followUp = followUp;
        this.reporters = reporters;
    }

    record RecordRequest(String code, String legalSex, String ageBand, String homeMunicipality, String education, String supportBefore,
                         LocalDate startDate, LocalDate endDate, String outcome, String supportAfter, Boolean stepMovement, Long version) {
        ParticipantFollowUp.RecordInput input() {
            return new ParticipantFollowUp.RecordInput(code, legalSex, ageBand, homeMunicipality, education, supportBefore, startDate, endDate,
                    outcome, supportAfter, stepMovement);
        }
    }

    record ImportRequest(@NotNull String csv) {
    }

    @GetMapping("/associations/{associationId}/initiatives/{initiativeId}/participants")
    String page(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestParam(required = false) UUID edit,
                Model model) {
        Initiative initiative = reporters.require(associationId, initiativeId);
        List<ParticipantFollowUp.Record> records = participantRecords.records(associationId, initiativeId);
        model.addAttribute("associationId", associationId);
        model.addAttribute("i", initiative);
        model.addAttribute("records", records);
        model.addAttribute("reporters", reporters.of(associationId, initiativeId));
        model.addAttribute("decision", decisions.of(associationId).orElse(null));
        model.addAttribute("editing", edit == null ? null : records.stream().filter(r -> r.id().equals(edit)).findFirst().orElse(null));
        model.addAttribute("volumes", followUp.volumesOf(associationId, initiativeId));
        model.addAttribute("ageBands", ParticipantFollowUp.AGE_BANDS);
        model.addAttribute("educations", ParticipantFollowUp.Education.values());
        model.addAttribute("supports", ParticipantFollowUp.Support.values());
        model.addAttribute("outcomes", ParticipantFollowUp.Outcome.values());
        return "followup/participants";
    }

    /**
     * The participant form as typed (shown again exactly so when refused), read into a record's input: each refusal
     * names the field's place. {@code id} and {@code version} are the record being changed and the version it was read at.
     */
    public record ParticipantForm(String id, String version, String code, String legalSex, String ageBand, String homeMunicipality,
                                  String education, String supportBefore, String startDate, String endDate, String outcome,
                                  String supportAfter, String stepMovement) {

        UUID recordId() {
            if (FormFields.blank(id)) {
                return null;
            }
            try {
                return UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.deltagare"), Text.of("error.deltagarenFinnsInte"));
            }
        }

        Long recordVersion() {
            return FormFields.blank(version) ? null : FormFields.version(version);
        }

        ParticipantFollowUp.RecordInput input() {
            return new ParticipantFollowUp.RecordInput(code, legalSex, ageBand, homeMunicipality, education, supportBefore,
                    FormFields.date(startDate, Text.of("place.startdatum")), FormFields.date(endDate, Text.of("place.slutdatum")), outcome,
                    supportAfter, FormFields.blank(stepMovement) ? null : "true".equals(stepMovement));
        }
    }

    /** The form's fields by the place a refusal names, so each message stands next to its field. */
    private static final Map<String, String> FIELDS = Map.of("place.kod", "code", "place.juridisktKon", "legalSex",
            "place.aldersgrupp", "ageBand", "place.hemkommun", "homeMunicipality", "place.utbildning", "education",
            "place.startdatum", "startDate", "place.slutdatum", "endDate", "place.utfall2", "outcome",
            "place.supportBefore", "supportBefore", "place.supportAfter", "supportAfter");

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/participants")
    String saveFromPage(@PathVariable AssociationId associationId, @PathVariable String initiativeId, ParticipantForm form,
                        Model model, jakarta.servlet.http.HttpServletResponse response) {
        reporters.require(associationId, initiativeId);
        UUID id = form.recordId();
        try {
            participantRecords.saveRecord(associationId, InitiativeId.of(initiativeId), id, form.input(), form.recordVersion());
        } catch (InvalidInputException | se.samordna.shared.ConflictException refused) {
            // Invalid: the form again as typed, each message next to its field; nothing is lost, nothing was saved.
            // Changed by someone else: the record as it is now (its newer version), so nothing typed overwrites that change.
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            if (refused instanceof InvalidInputException invalid) {
                invalid.problems().forEach(p -> errors.merge(FIELDS.getOrDefault(p.placeText() == null ? "" : p.placeText().key(), "form"),
                        p.message(locale), (a, b) -> a + " " + b));
            } else {
                errors.put(id == null ? "code" : "form", se.samordna.shared.Refusal.message(refused, locale));
            }
            page(associationId, initiativeId, id, model);
            model.addAttribute("typed", refused instanceof InvalidInputException ? form : null);
            model.addAttribute("errors", errors);
            response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
            return "followup/participants";
        }
        return page(associationId, initiativeId) + "#deltagare";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/volumes")
    String volumeFromPage(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestParam String period,
                          @RequestParam String women, @RequestParam String men) {
        se.samordna.plan.Initiative initiative = reporters.require(associationId, initiativeId);
        followUp.recordVolume(associationId, initiative, period.strip(), 
                FormFields.required(FormFields.whole(women, Text.of("place.women")), Text.of("place.women")),
                FormFields.required(FormFields.whole(men, Text.of("place.men")), Text.of("place.men")));
        return page(associationId, initiativeId) + "#volymer";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/volumes/{period}/delete")
    String deleteVolume(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period) {
        reporters.require(associationId, initiativeId);
        followUp.deleteVolume(associationId, initiativeId, period);
        return page(associationId, initiativeId) + "#volymer";
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/volumes/{period}")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void deleteVolumeApi(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period) {
        reporters.require(associationId, initiativeId);
        followUp.deleteVolume(associationId, initiativeId, period);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/participants/import")
    String importFromPage(@PathVariable AssociationId associationId, @PathVariable String initiativeId,
                          @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(name = "rows", required = false) String rows) throws IOException {
        reporters.require(associationId, initiativeId);
        String csv = file != null && !file.isEmpty() ? se.samordna.shared.Utf8.decode(file.getBytes(), "fil") : rows;
        if (blank(csv)) {
            throw new InvalidInputException(Text.of("place.fil"), Text.of("error.valjEnCsvFilEller2"));
        }
        ParticipantFollowUp.ImportResult result = participantRecords.importRecords(associationId, initiativeId, csv);
        return page(associationId, initiativeId) + "?added=" + result.added() + "&changed=" + result.changed() + "#deltagare";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/participants/delete")
    String deleteFromPage(@PathVariable AssociationId associationId, @PathVariable String initiativeId,
                          @RequestParam(defaultValue = "false") boolean confirmed) {
        reporters.require(associationId, initiativeId);
        if (!confirmed) {
            throw new InvalidInputException(Text.of("place.bekraftelse"), Text.of("error.kryssaIAttGallringstidenHar"));
        }
        int deleted = participantRecords.deleteRecords(associationId, initiativeId);
        return page(associationId, initiativeId) + "?deleted=" + deleted;
    }

    @GetMapping("/associations/{associationId}/initiatives/{initiativeId}/participants.csv")
    ResponseEntity<String> export(@PathVariable AssociationId associationId, @PathVariable String initiativeId) {
        reporters.require(associationId, initiativeId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"deltagare-" + initiativeId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(participantRecords.exportRecords(associationId, initiativeId));
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @ResponseBody
    List<ParticipantFollowUp.Record> list(@PathVariable AssociationId associationId, @PathVariable String initiativeId) {
        reporters.require(associationId, initiativeId);
        return participantRecords.records(associationId, initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> create(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestBody RecordRequest request) {
        reporters.require(associationId, initiativeId);
        return Map.of("id", participantRecords.saveRecord(associationId, InitiativeId.of(initiativeId), null, request.input(), null));
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants/{participantId}")
    @ResponseBody
    Map<String, UUID> update(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable UUID participantId,
                             @RequestBody RecordRequest request) {
        reporters.require(associationId, initiativeId);
        return Map.of("id", participantRecords.saveRecord(associationId, InitiativeId.of(initiativeId), participantId, request.input(), request.version()));
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants/import")
    @ResponseBody
    ParticipantFollowUp.ImportResult importApi(@PathVariable AssociationId associationId, @PathVariable String initiativeId,
                                               @Valid @RequestBody ImportRequest request) {
        reporters.require(associationId, initiativeId);
        return participantRecords.importRecords(associationId, initiativeId, request.csv());
    }

    @DeleteMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/participants")
    @ResponseBody
    Map<String, Integer> deleteAll(@PathVariable AssociationId associationId, @PathVariable String initiativeId) {
        reporters.require(associationId, initiativeId);
        return Map.of("deleted", participantRecords.deleteRecords(associationId, initiativeId));
    }

    private static String page(AssociationId associationId, String initiativeId) {
        return "redirect:/associations/" + associationId + "/initiatives/" + initiativeId + "/participants";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
