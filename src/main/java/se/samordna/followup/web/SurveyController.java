package se.samordna.followup.web;

import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Goal;
import se.samordna.plan.Plans;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Surveys;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** NNS indicator survey rounds: imported from CSV by ADMIN, results for everyone who reads the association. */
@Controller
class SurveyController {

    private final Surveys surveys;
    private final Plans plans;
    private final ParticipantFollowUp followUp;

    SurveyController(Surveys surveys, Plans plans, ParticipantFollowUp followUp) {
        this.surveys = surveys;
        this.plans = plans;
        this.followUp = followUp;
    }

    record RoundRequest(@NotNull String name, @NotNull Integer year, @NotNull Surveys.Group group, Integer scale, @NotNull String csv) {
    }

    @GetMapping("/associations/{associationId}/surveys")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("associationId", associationId);
        model.addAttribute("year", y);
        model.addAttribute("results", surveys.results(associationId, y));
        model.addAttribute("rounds", surveys.rounds(associationId, y));
        model.addAttribute("roundsPerYear", surveys.roundsPerYear(associationId));
        List<Surveys.Trend> trends = surveys.trends(associationId);
        model.addAttribute("trends", trends);
        model.addAttribute("trendYears", trends.stream().flatMap(t -> t.shareByYear().keySet().stream()).distinct().sorted().toList());
        model.addAttribute("targets", targets(associationId));
        model.addAttribute("generated", followUp.hasGeneratedData(associationId));
        model.addAttribute("agreeFrom", surveys.agreeFrom());
        model.addAttribute("groups", Surveys.Group.values());
        return "followup/surveys";
    }

    /** The targets the association's goals set for survey indicators, by "indicator/group" (and "indicator/" for any group). */
    private Map<String, String> targets(AssociationId associationId) {
        Map<String, String> targets = new java.util.HashMap<>();
        plans.find(associationId).ifPresent(stored -> stored.plan().goals().goals().stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.computed() == Goal.Computation.SURVEY_AGREEMENT && i.nnsIndicator() != null && i.target() != null)
                .forEach(i -> targets.putIfAbsent(i.nnsIndicator() + "/" + (i.respondentGroup() == null ? "" : i.respondentGroup()),
                        i.target().describe(org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
        return targets;
    }

    @PostMapping("/associations/{associationId}/surveys")
    @AssociationAccess(Role.ADMIN)
    String importPage(@PathVariable AssociationId associationId, @RequestParam String name, @RequestParam int year, @RequestParam String group,
                      @RequestParam(defaultValue = "10") int scale, @RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(name = "answers", required = false) String answers) throws IOException {
        String csv = file != null && !file.isEmpty() ? se.samordna.shared.Utf8.decode(file.getBytes(), "fil") : answers;
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException(Text.of("place.svar"), Text.of("error.valjEnCsvFilEller"));
        }
        surveys.importRound(associationId, name, year, group(group), scale, csv);
        return "redirect:/associations/" + associationId + "/surveys?year=" + year;
    }

    @PostMapping("/api/v1/associations/{associationId}/surveys")
    @AssociationAccess(Role.ADMIN)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, UUID> importApi(@PathVariable AssociationId associationId, @Valid @RequestBody RoundRequest r) {
        return Map.of("id", surveys.importRound(associationId, r.name(), r.year(), r.group(), r.scale() == null ? 10 : r.scale(), r.csv()));
    }

    @PostMapping("/associations/{associationId}/surveys/{roundId}/delete")
    @AssociationAccess(Role.ADMIN)
    String deletePage(@PathVariable AssociationId associationId, @PathVariable UUID roundId, @RequestParam(required = false) Integer year) {
        surveys.deleteRound(associationId, roundId);
        return "redirect:/associations/" + associationId + "/surveys" + (year == null ? "" : "?year=" + year);
    }

    @DeleteMapping("/api/v1/associations/{associationId}/surveys/{roundId}")
    @AssociationAccess(Role.ADMIN)
    @ResponseBody
    Map<String, UUID> deleteApi(@PathVariable AssociationId associationId, @PathVariable UUID roundId) {
        surveys.deleteRound(associationId, roundId);
        return Map.of("deleted", roundId);
    }

    @GetMapping("/api/v1/associations/{associationId}/surveys/results")
    @ResponseBody
    List<Surveys.Result> results(@PathVariable AssociationId associationId, @RequestParam int year) {
        return surveys.results(associationId, year);
    }

    private static Surveys.Group group(String value) {
        try {
            return Surveys.Group.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("place.svarsgrupp"), Text.of("error.okandSvarsgrupp", value));
        }
    }
}
