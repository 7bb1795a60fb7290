package se.samordna.initiative.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeDraft;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.StoredPlan;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.initiative.ReportSchedule;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

@RestController
@Tag(name = "Initiatives", description = "Initiatives from idea to final report — on the association's current plan: its newest DRAFT (or plan in consultation) if there is one, else its newest ADOPTED plan; an adopted plan refuses changes with 409")
class InitiativeApi {

    private final Initiatives initiatives;
    private final InitiativeRecords records;
    private final Callers callers;
    private final UserDirectory directory;

    InitiativeApi(Initiatives initiatives, InitiativeRecords records, Callers callers, UserDirectory directory) {
        this.initiatives = initiatives;
        this.records = records;
        this.callers = callers;
        this.directory = directory;
    }

    record Description(String name, InitiativeKind kind, String owner, List<String> members, String targetGroup, Integer ageFrom,
                       Integer ageTo, List<String> municipalities, LocalDate start, LocalDate end, String purpose, List<String> goals,
                       Integer budgetedParticipants, Boolean esf, Initiative.Contact contact,
                       List<Initiative.SteeringMember> steeringGroup, @NotNull Long version) {
        InitiativeDraft draft() {
            return new InitiativeDraft(name, kind, owner, members == null ? List.of() : members, targetGroup, ageFrom, ageTo,
                    municipalities == null ? List.of() : municipalities, start, end, purpose, goals == null ? List.of() : goals,
                    budgetedParticipants, esf != null && esf, contact, steeringGroup == null ? List.of() : steeringGroup);
        }
    }

    record ApplicationRequest(@NotNull LocalDate date, @NotNull Map<Integer, Long> requested, String text, @NotNull Long version) {
    }

    record StatementRequest(@NotNull LocalDate date, String text, @NotNull Long version) {
    }

    record DecisionRequest(@NotNull LocalDate date, String minutes, @NotNull Boolean grant, Map<Integer, Long> amounts,
                           String conditions, String reason, Boolean confirm, @NotNull Long version) {
    }

    record AgreementRequest(@NotNull LocalDate date, @NotNull LocalDate start, @NotNull LocalDate end,
                            @NotNull Map<Integer, Long> amounts, List<Initiative.ReportKind> reports, @NotNull Long version) {
    }

    record VersionRequest(@NotNull Long version, LocalDate date) {
    }

    record ReportRequest(Map<String, String> sections, Integer participants, Long costs, Long version, Boolean submit) {
    }

    record ReporterRequest(@NotNull String username) {
    }

    record OutcomeRequest(@NotNull Integer year, @NotNull Long amount) {
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    @Operation(summary = "The association's initiatives (a reporter sees those assigned to them), with the plan version to send with changes")
    Map<String, Object> list(@PathVariable AssociationId associationId, HttpServletRequest request) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", initiatives.plan(associationId).version());
        result.put("initiatives", initiatives.visible(associationId, callers.of(request)).stream().map(InitiativeView::of).toList());
        return result;
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an idea")
    Map<String, Object> register(@PathVariable AssociationId associationId, @Valid @RequestBody Description description) {
        StoredPlan saved = initiatives.register(associationId, description.draft(), description.version());
        Initiative created = saved.plan().initiatives().get(saved.plan().initiatives().size() - 1);
        return answer(saved, created.id());
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives/overdue")
    @Operation(summary = "Reports past their due date")
    List<Initiatives.Overdue> overdue(@PathVariable AssociationId associationId) {
        return initiatives.overdue(associationId, LocalDate.now());
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives/follow-up")
    @Operation(summary = "Budget against outcome per initiative and year, in whole kronor; the outcome comes from the books where the initiative's lines are mapped to accounts (outcomeSource books), else as entered")
    List<Map<String, Object>> followUp(@PathVariable AssociationId associationId) {
        return initiatives.followUp(associationId).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("initiativeId", r.initiativeId());
            row.put("name", r.name());
            row.put("year", r.year());
            row.put("budget", r.budget().kronor());
            row.put("outcome", r.outcome() == null ? null : r.outcome().kronor());
            row.put("difference", r.difference() == null ? null : r.difference().kronor());
            row.put("outcomeSource", r.outcome() == null ? null : r.fromBooks() ? "books" : "entered");
            return row;
        }).toList();
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/outcomes")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Import outcomes from CSV (initiative;year;amount in kronor), all or nothing")
    Map<String, Integer> importOutcomes(@PathVariable AssociationId associationId, @RequestBody String csv) {
        java.util.Set<String> ids = new java.util.HashSet<>(initiatives.plan(associationId).plan().initiatives().stream()
                .map(Initiative::id).toList());
        return Map.of("imported", records.importOutcomes(associationId, ids, csv));
    }

    @GetMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    Map<String, Object> one(@PathVariable AssociationId associationId, @PathVariable String initiativeId, HttpServletRequest request) {
        Initiative initiative = initiatives.get(associationId, initiativeId, callers.of(request));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", initiatives.plan(associationId).version());
        result.put("initiative", InitiativeView.of(initiative));
        result.put("reportsDue", ReportSchedule.of(initiative));
        result.put("reports", records.reports(associationId, InitiativeId.of(initiativeId)));
        result.put("outcome", InitiativeView.kronor(records.outcomes(associationId, initiativeId)));
        return result;
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}")
    @AssociationAccess(Role.ADMIN)
    Map<String, Object> describe(@PathVariable AssociationId associationId, @PathVariable String initiativeId,
                                 @Valid @RequestBody Description description) {
        return answer(initiatives.describe(associationId, initiativeId, description.draft(), description.version()), initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/application")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record a member's application (idea → application)")
    Map<String, Object> apply(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody ApplicationRequest r) {
        return answer(initiatives.apply(associationId, initiativeId, r.date(), money(r.requested()), r.text(), r.version()), initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/statement")
    @AssociationAccess(Role.PREPARATION)
    @Operation(summary = "The preparation group's statement on the application")
    Map<String, Object> statement(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody StatementRequest r) {
        return answer(initiatives.giveStatement(associationId, InitiativeId.of(initiativeId), r.date(), r.text(), r.version()), initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/decision")
    @AssociationAccess(Role.BOARD)
    @Operation(summary = "The board's decision: grant (amounts per year; refused with 409 and the figures when it would overspend, unless confirm) or refuse")
    Map<String, Object> decide(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody DecisionRequest r) {
        StoredPlan saved = r.grant()
                ? initiatives.grant(associationId, initiativeId, r.date(), r.minutes(), money(r.amounts()), r.conditions(),
                Boolean.TRUE.equals(r.confirm()), r.version())
                : initiatives.refuse(associationId, initiativeId, r.date(), r.minutes(), r.reason(), r.version());
        return answer(saved, initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/agreement")
    @AssociationAccess(Role.ADMIN)
    Map<String, Object> agree(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody AgreementRequest r) {
        return answer(initiatives.agree(associationId, initiativeId, r.date(), r.start(), r.end(), money(r.amounts()), r.reports(),
                r.version()), initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/start")
    @AssociationAccess(Role.ADMIN)
    Map<String, Object> start(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody VersionRequest r) {
        return answer(initiatives.start(associationId, initiativeId, r.version()), initiativeId);
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/close")
    @AssociationAccess(Role.ADMIN)
    Map<String, Object> close(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody VersionRequest r) {
        return answer(initiatives.close(associationId, initiativeId, r.date() == null ? LocalDate.now() : r.date(), r.version()), initiativeId);
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/reports/{period}")
    @AssociationAccess({Role.ADMIN, Role.INITIATIVE_REPORTER})
    @Operation(summary = "Save (or with submit: hand in) the report of a period: 2025H1, 2025 or FINAL")
    InitiativeRecords.Report report(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period,
                                    @RequestBody ReportRequest r, HttpServletRequest request) {
        return initiatives.report(associationId, initiativeId, period, callers.of(request), r.sections() == null ? Map.of() : r.sections(),
                r.participants(), r.costs() == null ? null : Money.ofKronor(r.costs()), r.version(), Boolean.TRUE.equals(r.submit()));
    }

    @PostMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/reporters")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    List<InitiativeRecords.Reporter> assign(@PathVariable AssociationId associationId, @PathVariable String initiativeId,
                                            @Valid @RequestBody ReporterRequest r, HttpServletRequest request) {
        initiatives.get(associationId, initiativeId, callers.of(request));
        UserDirectory.Person person = directory.findByUsername(r.username().trim().toLowerCase())
                .orElseThrow(() -> new InvalidInputException(Text.of("place.anvandarnamn"), Text.of("error.detFinnsIngenPersonMed", r.username())));
        if (!directory.rolesIn(UserId.of(person.id()), associationId).contains(Role.INITIATIVE_REPORTER)) {
            throw new InvalidInputException(Text.of("place.anvandarnamn"), Text.of("error.harInteRollenDeltagarrapportorInitiative", person.displayName()));
        }
        records.assignReporter(associationId, InitiativeId.of(initiativeId), UserId.of(person.id()));
        return records.reporters(associationId, InitiativeId.of(initiativeId));
    }

    @DeleteMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/reporters/{userId}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Take a person off the initiative's reporters: they no longer reach its participant records")
    List<InitiativeRecords.Reporter> unassign(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable UUID userId,
                                              HttpServletRequest request) {
        initiatives.get(associationId, initiativeId, callers.of(request));
        records.unassignReporter(associationId, initiativeId, userId);
        return records.reporters(associationId, InitiativeId.of(initiativeId));
    }

    @PutMapping("/api/v1/associations/{associationId}/initiatives/{initiativeId}/outcome")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record the outcome (utfall) of a year, in whole kronor")
    Map<String, Long> outcome(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @Valid @RequestBody OutcomeRequest r,
                              HttpServletRequest request) {
        initiatives.get(associationId, initiativeId, callers.of(request));
        records.recordOutcome(associationId, initiativeId, r.year(), Money.ofKronor(r.amount()));
        return InitiativeView.kronor(records.outcomes(associationId, initiativeId));
    }

    private static Map<String, Object> answer(StoredPlan saved, String initiativeId) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", saved.version());
        result.put("initiative", InitiativeView.of(saved.plan().initiative(InitiativeId.of(initiativeId)).orElseThrow()));
        return result;
    }

    static SortedMap<Integer, Money> money(Map<Integer, Long> amounts) {
        SortedMap<Integer, Money> result = new TreeMap<>();
        if (amounts != null) {
            amounts.forEach((year, amount) -> result.put(year, Money.ofKronor(amount)));
        }
        return result;
    }
}
