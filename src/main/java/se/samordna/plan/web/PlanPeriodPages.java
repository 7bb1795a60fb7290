package se.samordna.plan.web;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.plan.Plans;
import se.samordna.plan.RollForward;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.rules.PlanChecks;
import se.samordna.plan.Severity;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ConflictException;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The director's cycle page: every plan of the association by period and status, and the steps of the year — send a
 * draft for consultation, record the members' responses, record the board's adoption, revise, build the next period,
 * compare two plans. A refused step shows the page again with the message at the form and what was typed kept.
 */
@Controller
class PlanPeriodPages {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final PlanCycle cycle;
    private final Plans plans;

    private final se.samordna.plan.CarriedOver review;

    PlanPeriodPages(PlanCycle cycle, Plans plans, se.samordna.plan.CarriedOver review) {
        this.cycle = cycle;
        this.plans = plans;
        this.review = review;
    }

    /** One plan as the page shows it. */
    /** One plan of the list; {@code revision}: 0 for a period's first plan, 1, 2, … for its revisions in the order they were made. */
    record Row(PlanPeriod period, int errors, boolean stated, List<PlanCycle.Response> responses, List<String> members,
               boolean canRevise, boolean canRollForward, int revision) {
    }

    /** Where this year's cycle stands, for the start page. */
    record Cycle(PlanPeriod current, PlanPeriod adopted, LocalDate adoptionDue, LocalDate reportDue, int reportYear, boolean adoptionLate) {
    }

    @GetMapping("/associations/{associationId}/plans")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) PlanId from, @RequestParam(required = false) PlanId to,
                Model model) {
        model.addAttribute("associationId", associationId);
        List<PlanPeriod> periods = cycle.periods(associationId);
        List<Row> rows = periods.stream().map(p -> row(associationId, p, periods)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("cycle", cycleOf(rows.stream().map(Row::period).toList()));
        model.addAttribute("today", LocalDate.now(SWEDEN));
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("changes", cycle.diff(associationId, from, to, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", StepForm.EMPTY);
        }
        return "budget/periods";
    }

    @GetMapping("/associations/{associationId}/plans/summary")
    String summary(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        Cycle now = cycleOf(cycle.periods(associationId));
        model.addAttribute("cycle", now);
        // While the draft is out for consultation: the members whose response has not come in yet.
        List<String> missing = List.of();
        if (now.current() != null && now.current().status() == PlanStatus.CONSULTATION) {
            java.util.Set<String> answered = new java.util.HashSet<>();
            cycle.responses(associationId, now.current().id()).forEach(r -> answered.add(r.member()));
            missing = plans.get(associationId, now.current().id()).plan().members().stream().map(se.samordna.plan.Member::name)
                    .filter(name -> !answered.contains(name)).toList();
        }
        model.addAttribute("missingResponses", missing);
        model.addAttribute("toReview", now.current() == null ? 0 : review.open(now.current().id()).size());
        // From the month the plan is due to be adopted in until its year begins, the board meets to adopt it: its papers
        // are made from what is held.
        LocalDate today = LocalDate.now(SWEDEN);
        if (now.current() != null && now.current().status().open() && now.current().budgetYear() == today.getYear() + 1
                && !today.isBefore(now.adoptionDue().withDayOfMonth(1))) {
            model.addAttribute("packYear", now.current().budgetYear());
        }
        return "budget/periods :: summary";
    }

    /** The line under the association's menu saying which plan the pages show and where it stands. */
    @GetMapping("/associations/{associationId}/plans/banner")
    String banner(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("period", plans.currentPeriod(associationId).orElse(null));
        return "budget/periods :: banner";
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/consultation")
    @AssociationAccess(Role.ADMIN)
    String consultation(@PathVariable AssociationId associationId, @PathVariable PlanId planId, StepForm form, Model model, HttpServletResponse response) {
        return step(associationId, planId, "consultation", form, model, response,
                () -> cycle.sendToConsultation(associationId, planId, date(form.sentOn(), Text.of("place.sentOn")), form.planVersion()));
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/responses")
    @AssociationAccess(Role.ADMIN)
    String response(@PathVariable AssociationId associationId, @PathVariable PlanId planId, StepForm form, Model model, HttpServletResponse response) {
        return step(associationId, planId, "response", form, model, response,
                () -> cycle.recordResponse(associationId, planId, form.member(), date(form.receivedOn(), Text.of("place.mottaget")), form.text()));
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/adoption")
    @AssociationAccess({Role.ADMIN, Role.BOARD})
    String adopt(@PathVariable AssociationId associationId, @PathVariable PlanId planId, StepForm form, Model model, HttpServletResponse response) {
        return step(associationId, planId, "adoption", form, model, response,
                () -> cycle.adopt(associationId, planId, date(form.adoptedOn(), Text.of("place.faststalld")), form.minutes(), form.planVersion(),
                        form.confirmsErrors()));
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/revision")
    @AssociationAccess(Role.ADMIN)
    String revise(@PathVariable AssociationId associationId, @PathVariable PlanId planId, Model model, HttpServletResponse response) {
        return step(associationId, planId, "revision", StepForm.EMPTY, model, response, () -> cycle.revise(associationId, planId));
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/roll-forward")
    @AssociationAccess(Role.ADMIN)
    String rollForward(@PathVariable AssociationId associationId, @PathVariable PlanId planId, StepForm form, Model model, HttpServletResponse response) {
        return step(associationId, planId, "rollForward", form, model, response,
                () -> cycle.rollForward(associationId, planId, FormFields.blank(form.openingEquity()) ? null
                        : BudgetPages.parseAmount(form.openingEquity(), "kr", Text.of("place.ingaendeEgetKapital"))));
    }

    @PostMapping("/associations/{associationId}/plans/{planId}/computed-figures")
    @AssociationAccess(Role.ADMIN)
    String accept(@PathVariable AssociationId associationId, @PathVariable PlanId planId, StepForm form, Model model, HttpServletResponse response) {
        return step(associationId, planId, "computed", form, model, response,
                () -> cycle.acceptComputedFigures(associationId, planId, form.planVersion()));
    }

    private String step(AssociationId associationId, PlanId planId, String name, StepForm form, Model model,
                        HttpServletResponse response, Supplier<?> action) {
        try {
            action.get();
            return "redirect:/associations/" + associationId + "/plans#plan-" + planId;
        } catch (InvalidInputException | ConflictException e) {
            // The step's form again on its plan, as typed, with the reason above it.
            model.addAttribute("step", form);
            model.addAttribute("stepPlan", planId.toString());
            model.addAttribute("stepName", name);
            model.addAttribute("stepProblems", e instanceof InvalidInputException invalid ? invalid.problems()
                    : List.of(new InvalidInputException.Problem("", se.samordna.shared.Refusal.message(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(associationId, null, null, model);
        }
    }

    private Row row(AssociationId associationId, PlanPeriod period, List<PlanPeriod> all) {
        // A period has one open plan at a time: no second revision, no second draft of the next period.
        boolean canRevise = all.stream().noneMatch(p -> p.status().open() && p.budgetYear() == period.budgetYear());
        boolean canRollForward = all.stream().noneMatch(p -> p.budgetYear() == period.budgetYear() + 1);
        // The periods come newest first: a plan's revision number is how many of its period's plans were made before it.
        List<PlanPeriod> samePeriod = all.stream().filter(p -> p.budgetYear() == period.budgetYear()).toList();
        int revision = samePeriod.size() - 1 - samePeriod.indexOf(period);
        if (period.status().open()) {
            StoredPlan stored = plans.get(associationId, period.id());
            int errors = (int) PlanChecks.check(stored.plan()).stream().filter(f -> f.severity() == Severity.ERROR).count();
            List<String> members = stored.plan().members().stream().map(se.samordna.plan.Member::name).toList();
            return new Row(period, errors, RollForward.hasStatedFigures(stored.plan()),
                    period.status() == PlanStatus.CONSULTATION ? cycle.responses(associationId, period.id()) : List.of(), members,
                    false, false, revision);
        }
        return new Row(period, 0, false, List.of(), List.of(), canRevise, canRollForward, revision);
    }

    /** Where the cycle stands: the plan being worked on, the plan in force, and what is due next. */
    static Cycle cycleOf(List<PlanPeriod> periods) {
        LocalDate today = LocalDate.now(SWEDEN);
        PlanPeriod current = periods.stream().filter(p -> p.status().open()).findFirst().orElse(null);
        PlanPeriod adopted = periods.stream().filter(p -> p.status() == PlanStatus.ADOPTED).findFirst().orElse(null);
        int budgetYear = current != null ? current.budgetYear() : today.getYear() + 1;
        LocalDate adoptionDue = PlanPeriod.adoptionDue(budgetYear);
        int reportYear = today.getMonthValue() <= 3 ? today.getYear() - 1 : today.getYear();
        return new Cycle(current, adopted, adoptionDue, PlanPeriod.annualReportDue(reportYear), reportYear,
                current != null && today.isAfter(adoptionDue));
    }

    private static LocalDate date(String raw, Text place) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(place, Text.of("error.angeDagenAaaaMmDd"));
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(place, Text.of("error.arIngetDatumSkrivDet", raw.strip()));
        }
    }

    /**
     * The plan cycle's forms as typed, one record for its steps (each posts the fields it has): sending to the members,
     * a member's response, adoption (with the confirmation of known errors), rolling forward, accepting figures.
     */
    public record StepForm(String sentOn, String member, String receivedOn, String text, String adoptedOn, String minutes,
                           String confirmErrors, String openingEquity, String version) {

        static final StepForm EMPTY = new StepForm(null, null, null, null, null, null, null, null, null);

        public boolean confirmsErrors() {
            return "true".equals(confirmErrors);
        }

        long planVersion() {
            try {
                return Long.parseLong(version == null ? "" : version.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(Text.of("place.version"), Text.of("error.sidanSaknarPlanensVersionLadda"));
            }
        }
    }
}
