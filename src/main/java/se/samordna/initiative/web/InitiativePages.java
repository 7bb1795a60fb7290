package se.samordna.initiative.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import se.samordna.plan.Initiative;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.StoredPlan;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.initiative.ReportSchedule;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The initiative pages: list with follow-up, registering and describing, each step of the workflow (reports: {@link InitiativeReportPages}). */
@Controller
class InitiativePages {

    private final Initiatives initiatives;
    private final InitiativeRecords records;
    private final Callers callers;
    private final UserDirectory directory;

    InitiativePages(Initiatives initiatives, InitiativeRecords records, Callers callers, UserDirectory directory) {
        this.initiatives = initiatives;
        this.records = records;
        this.callers = callers;
        this.directory = directory;
    }

    record Row(String id, String name, String kind, String owner, String state, String period, String granted) {
    }

    @GetMapping("/associations/{associationId}/initiatives")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    String list(@PathVariable AssociationId associationId, HttpServletRequest request, Model model) {
        Initiatives.Caller caller = callers.of(request);
        List<Row> rows = initiatives.visible(associationId, caller).stream().map(i -> new Row(i.id(), i.name(), i.kind().name(),
                i.owner(), i.state().name(), period(i), amounts(i.granted()))).toList();
        model.addAttribute("associationId", associationId);
        model.addAttribute("rows", rows);
        if (caller.roles().stream().anyMatch(Role.READERS::contains)) {
            List<Initiatives.FollowUpRow> followUp = initiatives.followUp(associationId);
            model.addAttribute("followUp", followUp);
            Map<Integer, Money[]> totals = new TreeMap<>();
            for (Initiatives.FollowUpRow row : followUp) {
                Money[] sum = totals.computeIfAbsent(row.year(), y -> new Money[]{Money.ZERO, Money.ZERO});
                sum[0] = sum[0].plus(row.budget());
                sum[1] = sum[1].plus(row.outcome() == null ? Money.ZERO : row.outcome());
            }
            model.addAttribute("followUpTotals", totals);
        }
        // Everyone sees the overdue reports of the initiatives they see: a reporter those of their own.
        java.util.Set<String> visible = rows.stream().map(Row::id).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("overdue", initiatives.overdue(associationId, LocalDate.now()).stream()
                .filter(o -> visible.contains(o.initiativeId())).toList());
        return "initiative/list";
    }

    @PostMapping("/associations/{associationId}/initiatives/outcomes")
    @AssociationAccess(Role.ADMIN)
    String importOutcomes(@PathVariable AssociationId associationId, @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        java.util.Set<String> ids = new java.util.HashSet<>(initiatives.plan(associationId).plan().initiatives().stream()
                .map(Initiative::id).toList());
        records.importOutcomes(associationId, ids, se.samordna.shared.Utf8.decode(file.getBytes(), "fil"));
        return "redirect:/associations/" + associationId + "/initiatives";
    }

    @GetMapping("/associations/{associationId}/initiatives/overdue")
    String overdue(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("overdue", initiatives.overdue(associationId, LocalDate.now()));
        return "initiative/fragments :: overdueReports";
    }

    /** What waits for the preparation group, the board or the director: applications and grants not yet agreed. */
    @GetMapping("/associations/{associationId}/initiatives/awaiting")
    String awaiting(@PathVariable AssociationId associationId, HttpServletRequest request, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("awaiting", initiatives.visible(associationId, callers.of(request)).stream()
                .filter(i -> i.state() == se.samordna.plan.InitiativeState.APPLIED || i.state() == se.samordna.plan.InitiativeState.GRANTED)
                .toList());
        return "initiative/fragments :: awaiting";
    }

    /** A reporter's initiatives on the start page, with the way to their participants and reports. */
    @GetMapping("/associations/{associationId}/initiatives/mine")
    @AssociationAccess(Role.INITIATIVE_REPORTER)
    String mine(@PathVariable AssociationId associationId, HttpServletRequest request, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("mine", initiatives.visible(associationId, callers.of(request)));
        return "initiative/fragments :: mine";
    }

    @GetMapping("/associations/{associationId}/initiatives/new")
    @AssociationAccess(Role.ADMIN)
    String newForm(@PathVariable AssociationId associationId, Model model) {
        StoredPlan stored = initiatives.plan(associationId);
        model.addAttribute("associationId", associationId);
        model.addAttribute("members", stored.plan().members().stream().map(Member::name).toList());
        model.addAttribute("version", stored.version());
        return "initiative/new";
    }

    @PostMapping("/associations/{associationId}/initiatives")
    @AssociationAccess(Role.ADMIN)
    String register(@PathVariable AssociationId associationId, InitiativeForms.DraftForm form) {
        StoredPlan saved = initiatives.register(associationId, allProblemsAtOnce(associationId, form, null), form.planVersion());
        String id = saved.plan().initiatives().get(saved.plan().initiatives().size() - 1).id();
        return "redirect:/associations/" + associationId + "/initiatives/" + id;
    }

    @GetMapping("/associations/{associationId}/initiatives/{initiativeId}")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    String detail(@PathVariable AssociationId associationId, @PathVariable String initiativeId, HttpServletRequest request, Model model) {
        Initiatives.Caller caller = callers.of(request);
        Initiative initiative = initiatives.get(associationId, initiativeId, caller);
        StoredPlan stored = initiatives.plan(associationId);
        Map<String, InitiativeRecords.Report> reports = new LinkedHashMap<>();
        records.reports(associationId, InitiativeId.of(initiativeId)).forEach(r -> reports.put(r.period(), r));
        model.addAttribute("associationId", associationId);
        model.addAttribute("i", initiative);
        model.addAttribute("version", stored.version());
        model.addAttribute("members", stored.plan().members().stream().map(Member::name).toList());
        model.addAttribute("years", years(stored.plan(), initiative));
        model.addAttribute("due", ReportSchedule.of(initiative));
        model.addAttribute("reports", reports);
        model.addAttribute("outcomes", records.outcomes(associationId, initiativeId));
        model.addAttribute("reporters", records.reporters(associationId, InitiativeId.of(initiativeId)));
        model.addAttribute("granted", amounts(initiative.granted()));
        model.addAttribute("requested", initiative.application() == null ? "" : amounts(initiative.application().requested()));
        model.addAttribute("agreed", initiative.agreement() == null ? "" : amounts(initiative.agreement().amounts()));
        model.addAttribute("can", Map.of(
                "edit", caller.roles().contains(Role.ADMIN),
                "statement", caller.roles().contains(Role.PREPARATION),
                "decide", caller.roles().contains(Role.BOARD),
                "report", caller.roles().contains(Role.ADMIN) || caller.roles().contains(Role.INITIATIVE_REPORTER)));
        model.addAttribute("contactText", initiative.contact() == null ? "–" : String.join(", ", java.util.stream.Stream.of(
                initiative.contact().name(), initiative.contact().email(), initiative.contact().phone()).filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("awaitingStatement", se.samordna.plan.InitiativeWorkflow.awaitsStatement(
                initiatives.plan(associationId).plan(), initiative));
        model.addAttribute("today", LocalDate.now());

        return "initiative/detail";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/edit")
    @AssociationAccess(Role.ADMIN)
    String edit(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.DraftForm form) {
        initiatives.describe(associationId, initiativeId, allProblemsAtOnce(associationId, form, initiativeId), form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/application")
    @AssociationAccess(Role.ADMIN)
    String apply(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.ApplicationForm form) {
        initiatives.apply(associationId, initiativeId, form.received(), form.amounts(), form.text(), form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/statement")
    @AssociationAccess(Role.PREPARATION)
    String statement(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.DatedForm form) {
        initiatives.giveStatement(associationId, InitiativeId.of(initiativeId), form.day(), form.text(), form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/decision")
    @AssociationAccess(Role.BOARD)
    String decide(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.DecisionForm form,
                  HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model) {
        try {
            if (form.refuses()) {
                initiatives.refuse(associationId, initiativeId, form.decidedOn(), form.minutes(), form.reason(), form.planVersion());
            } else {
                initiatives.grant(associationId, initiativeId, form.decidedOn(), form.minutes(), form.amounts(), form.conditions(),
                        form.confirmed(), form.planVersion());
            }
            return back(associationId, initiativeId);
        } catch (InvalidInputException | se.samordna.shared.ConflictException e) {
            // Refused (a missing date, an amount that is no amount, a grant that would leave the budget short): the decision
            // form again, with the reason above it and everything the board typed kept; confirming is the same form's next step.
            model.addAttribute("decision", form);
            model.addAttribute("decisionProblems", se.samordna.shared.Refusal.messages(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            response.setStatus(se.samordna.shared.Refusal.status(e));
            return detail(associationId, initiativeId, request, model);
        }
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/agreement")
    @AssociationAccess(Role.ADMIN)
    String agree(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.AgreementForm form) {
        initiatives.agree(associationId, initiativeId, form.signedOn(), form.starts(), form.ends(), form.amounts(), form.reportKinds(),
                form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/start")
    @AssociationAccess(Role.ADMIN)
    String start(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.VersionForm form) {
        initiatives.start(associationId, initiativeId, form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/close")
    @AssociationAccess(Role.ADMIN)
    String close(@PathVariable AssociationId associationId, @PathVariable String initiativeId, InitiativeForms.DatedForm form) {
        initiatives.close(associationId, initiativeId, form.day(), form.planVersion());
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/reporters")
    @AssociationAccess(Role.ADMIN)
    String assign(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestParam String username) {
        UserDirectory.Person person = directory.findByUsername(username.trim().toLowerCase())
                .orElseThrow(() -> new InvalidInputException(Text.of("place.anvandarnamn"), Text.of("error.detFinnsIngenPersonMed", username)));
        if (!directory.rolesIn(UserId.of(person.id()), associationId).contains(Role.INITIATIVE_REPORTER)) {
            throw new InvalidInputException(Text.of("place.anvandarnamn"), Text.of("error.harInteRollenDeltagarrapportorI", person.displayName()));
        }
        records.assignReporter(associationId, InitiativeId.of(initiativeId), UserId.of(person.id()));
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/reporters/remove")
    @AssociationAccess(Role.ADMIN)
    String unassign(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestParam String userId) {
        UUID user;
        try {
            user = UUID.fromString(userId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("place.rapportor"), Text.of("error.personenFinnsInte"));
        }
        records.unassignReporter(associationId, initiativeId, user);
        return back(associationId, initiativeId);
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/outcome")
    @AssociationAccess(Role.ADMIN)
    String outcome(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @RequestParam int year,
                   @RequestParam String amount, HttpServletRequest request) {
        initiatives.get(associationId, initiativeId, callers.of(request));
        records.recordOutcome(associationId, initiativeId, year, FormFields.required(FormFields.kronor(amount, Text.of("place.utfall", year)),
                Text.of("place.utfall", year)));
        return back(associationId, initiativeId);
    }

    static String back(AssociationId associationId, String initiativeId) {
        return "redirect:/associations/" + associationId + "/initiatives/" + initiativeId;
    }

    static List<Integer> years(Plan plan, Initiative initiative) {
        Set<Integer> years = new TreeSet<>();
        plan.budget().years().stream().filter(y -> y.kind().isFuture()).forEach(y -> years.add(y.year()));
        if (initiative.start() != null && initiative.end() != null) {
            for (int y = initiative.start().getYear(); y <= initiative.end().getYear(); y++) {
                years.add(y);
            }
        }
        years.addAll(initiative.granted().keySet());
        return new ArrayList<>(years);
    }

    static String period(Initiative i) {
        if (i.start() == null && i.end() == null) {
            return "–";
        }
        return (i.start() == null ? "" : i.start().toString()) + "–" + (i.end() == null ? "" : i.end().toString());
    }

    static String amounts(Map<Integer, Money> amounts) {
        return String.join(", ", amounts.entrySet().stream().map(e -> e.getKey() + ": " + MoneyFormat.kronor(e.getValue())).toList());
    }

    /**
     * The form's description, or every problem with it at once: the fields that could not be read and what the plan's
     * rules find in the rest (a missing name, an owner who is no member, too few members), not only the first.
     */
    private se.samordna.plan.InitiativeDraft allProblemsAtOnce(AssociationId associationId, InitiativeForms.DraftForm form, String ownId) {
        InitiativeForms.DraftForm.Parsed parsed = form.parsed();
        if (parsed.problems().isEmpty()) {
            return parsed.draft();
        }
        List<se.samordna.shared.InvalidInputException.Problem> all = new java.util.ArrayList<>(parsed.problems());
        all.addAll(se.samordna.plan.InitiativeWorkflow.problems(initiatives.plan(associationId).plan(), parsed.draft(), InitiativeId.of(ownId)));
        throw new se.samordna.shared.InvalidInputException(all);
    }
}
