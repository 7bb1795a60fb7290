package se.samordna.initiative;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.plan.Finding;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeDraft;
import se.samordna.plan.InitiativeState;
import se.samordna.plan.InitiativeWorkflow;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.ConflictException;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The initiatives of an association as people use them: who may see which, the workflow moves with the
 * plan version they start from (no lost updates), reports and outcome.
 */
@Service
public class Initiatives {

    /** The actor a grant preview is computed as: nothing is saved, so no person is named. */
    private static final String PREVIEW = "preview";

    private final Plans plans;
    private final InitiativeRecords records;
    private final org.springframework.beans.factory.ObjectProvider<se.samordna.plan.BookedOutcomes> bookedOutcomes;

    private final org.springframework.context.ApplicationEventPublisher events;

    Initiatives(Plans plans, InitiativeRecords records,
                org.springframework.beans.factory.ObjectProvider<se.samordna.plan.BookedOutcomes> bookedOutcomes,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.records = records;
        this.bookedOutcomes = bookedOutcomes;
    }

    /** Who is asking: their roles in the association and their id. */
    public record Caller(UUID userId, Set<Role> roles) {
        boolean reads() {
            return roles.stream().anyMatch(Role.READERS::contains);
        }
    }

    public record Overdue(String initiativeId, String initiativeName, String kind, String period, LocalDate due) {
    }

    /** {@code fromBooks}: the outcome is what the books show on the initiative's accounts, not a typed figure. */
    public record FollowUpRow(String initiativeId, String name, int year, Money budget, Money outcome, boolean fromBooks) {
        public FollowUpRow(String initiativeId, String name, int year, Money budget, Money outcome) {
            this(initiativeId, name, year, budget, outcome, false);
        }

        public Money difference() {
            return outcome == null ? null : budget.minus(outcome);
        }
    }

    public StoredPlan plan(AssociationId associationId) {
        return plans.get(associationId);
    }

    public List<Initiative> visible(AssociationId associationId, Caller caller) {
        List<Initiative> all = plans.get(associationId).plan().initiatives();
        if (caller.reads()) {
            return all;
        }
        Set<String> mine = records.initiativesOf(associationId, caller.userId());
        return all.stream().filter(i -> mine.contains(i.id())).toList();
    }

    public Initiative get(AssociationId associationId, String id, Caller caller) {
        Initiative initiative = InitiativeWorkflow.get(plans.get(associationId).plan(), InitiativeId.of(id));
        requireAccess(associationId, id, caller);
        return initiative;
    }

    /**
     * Saves the report of a period, or hands it in ({@code submit}), for a caller who may see the initiative: only while
     * the initiative is agreed or running (the plan's {@code report}), and only for a period its schedule has. A report
     * handed in publishes {@code InitiativeEvent.Reported}.
     */
    @Transactional
    public InitiativeRecords.Report report(AssociationId associationId, String id, String period, Caller caller, Map<String, String> sections,
                                           Integer participants, Money costs, Long expectedVersion, boolean submit) {
        requireAccess(associationId, id, caller);
        Initiative initiative = InitiativeWorkflow.report(plans.get(associationId).plan(), InitiativeId.of(id));
        InitiativeRecords.Report saved = records.saveReport(associationId, id, ReportSchedule.due(initiative, period), sections, participants, costs, expectedVersion, submit);
        if (submit) {
            events.publishEvent(new se.samordna.plan.InitiativeEvent.Reported(associationId, InitiativeId.of(id), period, LocalDate.now()));
        }
        return saved;
    }

    /** Readers see every initiative; an INITIATIVE_REPORTER only those assigned to them. */
    public void requireAccess(AssociationId associationId, String id, Caller caller) {
        if (!caller.reads() && !(caller.roles().contains(Role.INITIATIVE_REPORTER) && records.isReporter(associationId, InitiativeId.of(id), UserId.of(caller.userId())))) {
            throw new ForbiddenException(Text.of("error.duRapporterarInteForDen"));
        }
    }

    @Transactional
    public StoredPlan register(AssociationId associationId, InitiativeDraft draft, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.register(p, draft), "initiative", draft.name(), "registered",
                Map.of("name", draft.name() == null ? "" : draft.name(), "kind", String.valueOf(draft.kind())));
        saved.plan().initiatives().stream().filter(i -> i.name().equals(draft.name().trim())).findFirst().ifPresent(i ->
                events.publishEvent(new se.samordna.plan.InitiativeEvent.Registered(associationId, InitiativeId.of(i.id()), i.name())));
        return saved;
    }

    @Transactional
    public StoredPlan describe(AssociationId associationId, String id, InitiativeDraft draft, long version) {
        return plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.describe(p, InitiativeId.of(id), draft), "initiative", id, "described",
                Map.of("name", draft.name() == null ? "" : draft.name()));
    }

    @Transactional
    public StoredPlan apply(AssociationId associationId, String id, LocalDate date, SortedMap<Integer, Money> requested, String text, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.apply(p, InitiativeId.of(id), date, requested, text), "initiative", id,
                "applied", Map.of("requested", kronor(requested)));
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Applied(associationId, InitiativeId.of(id), date, new TreeMap<>(requested)));
        return saved;
    }

    @Transactional
    public StoredPlan giveStatement(AssociationId associationId, InitiativeId id, LocalDate date, String text, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.giveStatement(p, id, date, text), "initiative", id,
                "statement-given", Map.of("date", String.valueOf(date)));
        events.publishEvent(new se.samordna.plan.InitiativeEvent.StatementGiven(associationId, id, date));
        return saved;
    }

    /**
     * The board grants. When the grant would leave the budget short of funds, the decision is refused with
     * the figures unless {@code confirmed}: the board then decides knowing it.
     */
    @Transactional
    public StoredPlan grant(AssociationId associationId, String id, LocalDate date, String minutes, SortedMap<Integer, Money> amounts,
                            String conditions, boolean confirmed, long version) {
        StoredPlan stored = plans.get(associationId);
        if (stored.version() != version) {
            throw new ConflictException(Text.of("error.planenHarAndratsAvNagon"));
        }
        InitiativeWorkflow.GrantConsequences consequences = InitiativeWorkflow.grant(stored.plan(), InitiativeId.of(id), date, minutes, amounts, conditions);
        if (!consequences.newProblems().isEmpty() && !confirmed) {
            throw new ConflictException(Text.of("error.beslutetSkulleLamnaBudgeten",
                    (se.samordna.shared.Localized) locale -> String.join(" ", consequences.newProblems().stream().map(f -> f.text(locale)).toList())));
        }
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("granted", kronor(amounts));
        audit.put("minutes", minutes);
        audit.put("confirmedDespite", consequences.newProblems().stream().map(Finding::code).toList());
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.grant(p, InitiativeId.of(id), date, minutes, amounts, conditions).plan(),
                "initiative", id, "granted", audit);
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Granted(associationId, InitiativeId.of(id), date, minutes, new TreeMap<>(amounts)));
        return saved;
    }

    /**
     * The board's decision as adjusted minutes record it: a grant or refusal that stands as the board took it (an overspend
     * or a missing statement is not a refusal here; the audit entry names what the association's rules asked for).
     */
    @Transactional
    public StoredPlan decideAsMinuted(AssociationId associationId, InitiativeId id, boolean grant, LocalDate date, String minutes,
                                      SortedMap<Integer, Money> amounts, String text) {
        Plan plan = plans.get(associationId).plan();
        Initiative before = InitiativeWorkflow.get(plan, id);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("minutes", minutes);
        audit.put("withoutStatement", InitiativeWorkflow.awaitsStatement(plan, before));
        StoredPlan saved;
        if (grant) {
            audit.put("granted", kronor(amounts));
            audit.put("newShortfalls", InitiativeWorkflow.grantAsDecided(plan, id, date, minutes, amounts, text).newProblems().stream().map(Finding::code).toList());
            saved = plans.changeInDraft(associationId, plans.get(associationId).version(),
                    p -> InitiativeWorkflow.grantAsDecided(p, id, date, minutes, amounts, text).plan(), "initiative", id, "granted", audit);
            events.publishEvent(new se.samordna.plan.InitiativeEvent.Granted(associationId, id, date, minutes, new TreeMap<>(amounts)));
        } else {
            audit.put("reason", text == null ? "" : text);
            saved = plans.changeInDraft(associationId, plans.get(associationId).version(),
                    p -> InitiativeWorkflow.refuseAsDecided(p, id, date, minutes, text), "initiative", id, "refused", audit);
            events.publishEvent(new se.samordna.plan.InitiativeEvent.Refused(associationId, id, date, minutes));
        }
        return saved;
    }

    /** What granting would do to the budget, for the board to see before deciding. */
    public List<Finding> grantPreview(AssociationId associationId, String id, LocalDate date, SortedMap<Integer, Money> amounts) {
        return InitiativeWorkflow.grant(plans.get(associationId).plan(), InitiativeId.of(id), date, PREVIEW, amounts, null).newProblems();
    }

    @Transactional
    public StoredPlan refuse(AssociationId associationId, String id, LocalDate date, String minutes, String reason, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.refuse(p, InitiativeId.of(id), date, minutes, reason), "initiative", id,
                "refused", Map.of("reason", reason == null ? "" : reason));
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Refused(associationId, InitiativeId.of(id), date, minutes));
        return saved;
    }

    @Transactional
    public StoredPlan agree(AssociationId associationId, String id, LocalDate date, LocalDate start, LocalDate end,
                            SortedMap<Integer, Money> amounts, List<Initiative.ReportKind> reports, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.agree(p, InitiativeId.of(id), date, start, end, amounts, reports),
                "initiative", id, "agreed", Map.of("start", String.valueOf(start), "end", String.valueOf(end), "amounts", kronor(amounts)));
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Agreed(associationId, InitiativeId.of(id), date, start, end));
        return saved;
    }

    @Transactional
    public StoredPlan start(AssociationId associationId, String id, long version) {
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.start(p, InitiativeId.of(id), java.time.LocalDate.now()), "initiative", id, "started", Map.of());
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Started(associationId, InitiativeId.of(id), java.time.LocalDate.now()));
        return saved;
    }

    @Transactional
    public StoredPlan close(AssociationId associationId, String id, LocalDate date, long version) {
        boolean finalSubmitted = records.report(associationId, id, "FINAL").map(InitiativeRecords.Report::submitted).orElse(false);
        StoredPlan saved = plans.changeInDraft(associationId, version, p -> InitiativeWorkflow.close(p, InitiativeId.of(id), date, finalSubmitted), "initiative", id,
                "closed", Map.of("date", String.valueOf(date)));
        events.publishEvent(new se.samordna.plan.InitiativeEvent.Closed(associationId, InitiativeId.of(id), date));
        return saved;
    }

    /** Reports whose due date has passed without a submitted report, for running (or agreed) initiatives. */
    public List<Overdue> overdue(AssociationId associationId, LocalDate today) {
        return unsubmittedDueBefore(associationId, today);
    }

    /** Reports due before {@code day} (overdue ones included) that have not been submitted, for running or agreed initiatives. */
    public List<Overdue> unsubmittedDueBefore(AssociationId associationId, LocalDate day) {
        LocalDate today = day;
        Plan plan = plans.get(associationId).plan();
        Map<String, Set<String>> submitted = records.submittedPeriods(associationId);
        List<Overdue> result = new ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            if (i.state() != InitiativeState.RUNNING && i.state() != InitiativeState.AGREED) {
                continue;
            }
            for (ReportSchedule.Due due : ReportSchedule.of(i)) {
                if (due.due().isBefore(today) && !submitted.getOrDefault(i.id(), Set.of()).contains(due.period())) {
                    result.add(new Overdue(i.id(), i.name(), due.kind().name(), due.period(), due.due()));
                }
            }
        }
        result.sort(java.util.Comparator.comparing(Overdue::due));
        return result;
    }

    /** Budget (the initiative's budget lines, or its grant where no line names it) against outcome, per initiative and year. */
    public List<FollowUpRow> followUp(AssociationId associationId) {
        Plan plan = plans.get(associationId).plan();
        Map<String, Map<Integer, Money>> outcomes = records.outcomes(associationId);
        se.samordna.plan.BookedOutcomes books = bookedOutcomes.getIfAvailable();
        Map<String, Map<Integer, Money>> booked = books == null ? Map.of() : books.outcomes(associationId);
        List<FollowUpRow> rows = new ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            SortedMap<Integer, Money> budget = new TreeMap<>(i.granted());
            plan.budget().groups().forEach(g -> g.lines().stream().filter(l -> plan.funds(l, i))
                    .forEach(l -> l.amounts().forEach(budget::put)));
            Map<Integer, Money> outcome = outcomes.getOrDefault(i.id(), Map.of());
            Map<Integer, Money> fromBooks = booked.getOrDefault(i.id(), Map.of());
            java.util.Set<Integer> years = new java.util.TreeSet<>(budget.keySet());
            years.addAll(outcome.keySet());
            years.addAll(fromBooks.keySet());
            for (int year : years) {
                boolean inBooks = fromBooks.containsKey(year);
                rows.add(new FollowUpRow(i.id(), i.name(), year, budget.getOrDefault(year, Money.ZERO),
                        inBooks ? fromBooks.get(year) : outcome.get(year), inBooks));
            }
        }
        return rows;
    }

    private static Map<String, Long> kronor(Map<Integer, Money> amounts) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (amounts != null) {
            amounts.forEach((year, amount) -> result.put(String.valueOf(year), amount.kronor()));
        }
        return result;
    }
}
