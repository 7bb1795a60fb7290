package se.samordna.goals.web;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.TheoryOfChange;
import se.samordna.goals.GoalFollowUp;
import se.samordna.goals.GoalStatus;
import se.samordna.goals.TheoryOfChangePicture;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The board's follow-up page, the theory of change and the activity plans. */
@Controller
class GoalPages {

    private final GoalFollowUp followUp;
    private final Plans plans;

    private final se.samordna.goals.PlanGoals goals;

    GoalPages(GoalFollowUp followUp, Plans plans, se.samordna.goals.PlanGoals goals) {
        this.goals = goals;
        this.followUp = followUp;
        this.plans = plans;
    }

    @GetMapping("/associations/{associationId}/goals")
    String page(@PathVariable AssociationId associationId, Model model) {
        statusOfGoals(associationId, model);
        StoredPlan stored = plans.get(associationId);
        model.addAttribute("areas", stored.plan().goals().areas());
        model.addAttribute("nodes", stored.plan().goals().theoryOfChange().nodes());
        model.addAttribute("version", stored.version());
        return "goals/followup";
    }

    /** How the association's goals stand, for the start page. */
    @GetMapping("/associations/{associationId}/goals/summary")
    String summary(@PathVariable AssociationId associationId, Model model) {
        statusOfGoals(associationId, model);
        return "goals/followup :: statusSummary";
    }

    /** Every goal with its status today, and how many goals have each status. */
    private void statusOfGoals(AssociationId associationId, Model model) {
        List<GoalFollowUp.GoalView> goals = followUp.followUp(associationId, LocalDate.now());
        Map<GoalStatus, Long> counts = new LinkedHashMap<>();
        for (GoalStatus status : GoalStatus.values()) {
            counts.put(status, goals.stream().filter(g -> g.status() == status).count());
        }
        model.addAttribute("associationId", associationId);
        model.addAttribute("goals", goals);
        model.addAttribute("counts", counts);
    }

    @PostMapping("/associations/{associationId}/goals/{goalId}/indicators/{indicatorId}/measurements")
    @AssociationAccess(Role.ADMIN)
    String measure(@PathVariable AssociationId associationId, @PathVariable String goalId, @PathVariable String indicatorId,
                   GoalForms.MeasurementForm form) {
        followUp.record(associationId, goalId, indicatorId, form.entry());
        return "redirect:/associations/" + associationId + "/goals#goal-" + goalId;
    }

    @PostMapping("/associations/{associationId}/goals")
    @AssociationAccess(Role.ADMIN)
    String addGoal(@PathVariable AssociationId associationId, @RequestParam String title, @RequestParam String year,
                   @RequestParam(required = false) String area, @RequestParam(required = false) String node, @RequestParam long version) {
        int parsedYear = integer(year, Text.of("place.ar"));
        goals.addGoal(associationId, version, title, parsedYear, area, node);
        return "redirect:/associations/" + associationId + "/goals";
    }

    @PostMapping("/associations/{associationId}/areas")
    @AssociationAccess(Role.ADMIN)
    String addArea(@PathVariable AssociationId associationId, @RequestParam String area, @RequestParam long version) {
        goals.addArea(associationId, version, area);
        return "redirect:/associations/" + associationId + "/goals#areas-heading";
    }

    @PostMapping("/associations/{associationId}/areas/remove")
    @AssociationAccess(Role.ADMIN)
    String removeArea(@PathVariable AssociationId associationId, @RequestParam String area, @RequestParam long version) {
        goals.removeArea(associationId, version, area);
        return "redirect:/associations/" + associationId + "/goals#areas-heading";
    }

    @PostMapping("/associations/{associationId}/goals/{goalId}/indicators")
    @AssociationAccess(Role.ADMIN)
    String addIndicator(@PathVariable AssociationId associationId, @PathVariable String goalId, GoalForms.IndicatorForm form) {
        goals.addIndicator(associationId, form.planVersion(), goalId, form.name(), form.figuresFrom(), form.sourceText(), form.target(), form.unit());
        return "redirect:/associations/" + associationId + "/goals#goal-" + goalId;
    }

    private static int integer(String value, Text place) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(place, Text.of("error.arIngetArtal", value));
        }
    }

    @GetMapping("/associations/{associationId}/theory-of-change")
    String theory(@PathVariable AssociationId associationId, Model model) {
        StoredPlan stored = plans.get(associationId);
        TheoryOfChange toc = stored.plan().goals().theoryOfChange();
        model.addAttribute("associationId", associationId);
        model.addAttribute("toc", toc);
        model.addAttribute("svg", TheoryOfChangePicture.svg(toc));
        model.addAttribute("version", stored.version());
        model.addAttribute("levels", TheoryOfChange.Level.values());
        return "goals/theory";
    }

    @GetMapping("/associations/{associationId}/theory-of-change.svg")
    ResponseEntity<String> picture(@PathVariable AssociationId associationId) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(TheoryOfChangePicture.svg(plans.get(associationId).plan().goals().theoryOfChange()));
    }

    @PostMapping("/associations/{associationId}/theory-of-change/nodes")
    String addNode(@PathVariable AssociationId associationId, @RequestParam String level, @RequestParam String row, @RequestParam String text,
                   @RequestParam long version) {
        TheoryOfChange.Level parsed = level(level);
        goals.addNode(associationId, version, parsed, row, text);
        return "redirect:/associations/" + associationId + "/theory-of-change";
    }

    @PostMapping("/associations/{associationId}/theory-of-change/nodes/remove")
    String removeNode(@PathVariable AssociationId associationId, @RequestParam String node, @RequestParam long version) {
        goals.removeNode(associationId, version, node);
        return "redirect:/associations/" + associationId + "/theory-of-change";
    }

    @PostMapping("/associations/{associationId}/theory-of-change/edges")
    String addEdge(@PathVariable AssociationId associationId, @RequestParam String from, @RequestParam String to, @RequestParam long version) {
        goals.addEdge(associationId, version, from, to);
        return "redirect:/associations/" + associationId + "/theory-of-change";
    }

    @PostMapping("/associations/{associationId}/theory-of-change/edges/remove")
    String removeEdge(@PathVariable AssociationId associationId, @RequestParam String from, @RequestParam String to, @RequestParam long version) {
        goals.removeEdge(associationId, version, from, to);
        return "redirect:/associations/" + associationId + "/theory-of-change";
    }

    @GetMapping("/associations/{associationId}/activity-plans")
    String activities(@PathVariable AssociationId associationId, Model model) {
        StoredPlan stored = plans.get(associationId);
        model.addAttribute("associationId", associationId);
        model.addAttribute("plans", stored.plan().goals().activityPlans());
        model.addAttribute("version", stored.version());
        return "goals/activities";
    }

    @PostMapping("/associations/{associationId}/activity-plans/{planId}/activities/{activityId}")
    String markActivity(@PathVariable AssociationId associationId, @PathVariable String planId, @PathVariable String activityId,
                        @RequestParam(defaultValue = "false") boolean done, @RequestParam long version) {
        goals.markActivity(associationId, version, planId, activityId, done);
        return "redirect:/associations/" + associationId + "/activity-plans";
    }

    static TheoryOfChange.Level level(String value) {
        try {
            return TheoryOfChange.Level.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Text.of("place.niva"), Text.of("error.okandNiva", value));
        }
    }
}
