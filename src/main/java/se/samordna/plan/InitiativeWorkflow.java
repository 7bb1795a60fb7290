package se.samordna.plan;

import se.samordna.shared.InitiativeId;
import se.samordna.plan.rules.PlanEdits;
import se.samordna.plan.rules.GrantPolicy;
import se.samordna.plan.rules.StatementRule;
import se.samordna.plan.rules.SteeringGroupRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The verbs of an initiative's life. Each returns the changed plan, or refuses with a message naming the
 * rule: a move not allowed from the current state (409), or input that breaks a rule (400).
 *
 * <p>Rules: at least two members take part; a steering group with the director in it is required when
 * the grant reaches the association's threshold (default 100 tkr); the preparation group's statement
 * exists before the board decides (a setting); a grant becomes the initiative's budget lines.
 */
public final class InitiativeWorkflow {

    private InitiativeWorkflow() {
    }

    /** A decision and what it would do to the budget: findings that the decision would newly cause. */
    public record GrantConsequences(Plan plan, List<Finding> newProblems) {
    }

    /** Whether the initiative waits for the preparation group's statement before the board may decide. */
    public static boolean awaitsStatement(Plan plan, Initiative initiative) {
        return StatementRule.awaitsStatement(plan, initiative);
    }

    public static Plan register(Plan plan, InitiativeDraft draft) {
        validate(plan, draft, null);
        String id = uniqueId(plan, slug(draft.name()));
        Initiative initiative = new Initiative(id, draft.name().trim(), draft.kind(), draft.owner(), List.copyOf(draft.members()),
                draft.targetGroup(), draft.ageFrom(), draft.ageTo(), List.copyOf(draft.municipalities()), draft.start(), draft.end(),
                draft.purpose(), List.copyOf(draft.goals()), draft.budgetedParticipants(), draft.esf(), draft.contact(),
                List.copyOf(draft.steeringGroup()), InitiativeState.IDEA, null, null, null, null, null);
        List<Initiative> all = new ArrayList<>(plan.initiatives());
        all.add(initiative);
        return plan.withInitiatives(all);
    }

    /**
     * Changes the description. The kind is fixed once registered. A granted initiative may be renamed: its budget lines
     * link it by id, so they, its grant and its booked outcomes stay with it.
     */
    public static Plan describe(Plan plan, InitiativeId id, InitiativeDraft draft) {
        Initiative current = get(plan, id);
        validate(plan, draft, id.value());
        if (draft.kind() != current.kind()) {
            throw new InvalidInputException(Text.of("place.slag"), Text.of("error.ettInitiativsSlagIndividinriktatEller"));
        }
        if (current.state() != InitiativeState.IDEA && current.state() != InitiativeState.APPLIED) {
            SteeringGroupRule.require(plan, current.grantedTotal(), draft.steeringGroup());
        }
        return replace(plan, new Initiative(id.value(), draft.name().trim(), current.kind(), draft.owner(), List.copyOf(draft.members()),
                draft.targetGroup(), draft.ageFrom(), draft.ageTo(), List.copyOf(draft.municipalities()), draft.start(), draft.end(),
                draft.purpose(), List.copyOf(draft.goals()), draft.budgetedParticipants(), draft.esf(), draft.contact(),
                List.copyOf(draft.steeringGroup()), current.state(), current.application(), current.statement(), current.decision(),
                current.agreement(), current.closed()));
    }

    public static Plan apply(Plan plan, InitiativeId id, LocalDate date, SortedMap<Integer, Money> requested, String text) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.apply"), InitiativeState.IDEA);
        requireDate(date, Text.of("place.initiative.applicationDate"));
        requireAmounts(requested, Text.of("place.initiative.requestedAmount"), true);
        return replace(plan, with(i, InitiativeState.APPLIED, new Initiative.Application(date, new TreeMap<>(requested), text),
                i.statement(), i.decision(), i.agreement(), i.closed()));
    }

    public static Plan giveStatement(Plan plan, InitiativeId id, LocalDate date, String text) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.statement"), InitiativeState.APPLIED);
        requireDate(date, Text.of("place.initiative.statementDate"));
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Text.of("place.yttrande"), Text.of("error.skrivBeredningsgruppensYttrande"));
        }
        return replace(plan, with(i, i.state(), i.application(), new Initiative.Statement(date, text.trim()), i.decision(),
                i.agreement(), i.closed()));
    }

    /** The board grants: amounts per year, conditions, date and minutes reference. The grant becomes budget lines. */
    public static GrantConsequences grant(Plan plan, InitiativeId id, LocalDate date, String minutes, SortedMap<Integer, Money> amounts,
                                          String conditions) {
        return granting(plan, id.value(), date, minutes, amounts, conditions, true);
    }

    /**
     * The board's grant as the adjusted minutes record it: the decision stands as taken, from an application or from an
     * initiative not yet applied for, also where the association's own rules asked for the preparation group's statement
     * or a steering group first (the minutes are what happened; the audit entry says what was missing).
     */
    public static GrantConsequences grantAsDecided(Plan plan, InitiativeId id, LocalDate date, String minutes, SortedMap<Integer, Money> amounts,
                                                   String conditions) {
        return granting(plan, id.value(), date, minutes, amounts, conditions, false);
    }

    /** A grant; {@code beforeDeciding}: the association's rules for what must come first (state, statement, steering group) apply. */
    private static GrantConsequences granting(Plan plan, String id, LocalDate date, String minutes, SortedMap<Integer, Money> amounts,
                                              String conditions, boolean beforeDeciding) {
        Initiative i = get(plan, InitiativeId.of(id));
        if (beforeDeciding) {
            requireState(i, Text.of("initiative.move.grant"), InitiativeState.APPLIED);
        } else {
            requireState(i, Text.of("initiative.move.grant"), InitiativeState.IDEA, InitiativeState.APPLIED);
        }
        requireDate(date, Text.of("place.initiative.decisionDate"));
        if (beforeDeciding) {
            StatementRule.requireStatement(plan, i);
        }
        if (minutes == null || minutes.isBlank()) {
            throw new InvalidInputException(Text.of("place.protokoll"), Text.of("error.angeProtokollsreferensenForBeslutetT"));
        }
        requireAmounts(amounts, Text.of("place.initiative.grantedAmount"), true);
        if (beforeDeciding) {
            SteeringGroupRule.require(plan, amounts.values().stream().reduce(Money.ZERO, Money::plus), i.steeringGroup());
        }
        Initiative granted = with(i, InitiativeState.GRANTED, i.application(), i.statement(),
                new Initiative.Decision(date, minutes.trim(), true, new TreeMap<>(amounts), conditions, null), i.agreement(), i.closed());
        Plan after = PlanEdits.applyGrant(replace(plan, granted), granted);
        return new GrantConsequences(after, GrantPolicy.newShortfalls(plan, after));
    }

    /** The board's refusal as the adjusted minutes record it (see {@link #grantAsDecided}). */
    public static Plan refuseAsDecided(Plan plan, InitiativeId id, LocalDate date, String minutes, String reason) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.refuse"), InitiativeState.IDEA, InitiativeState.APPLIED);
        requireDate(date, Text.of("place.initiative.decisionDate"));
        return replace(plan, with(i, InitiativeState.REFUSED, i.application(), i.statement(),
                new Initiative.Decision(date, minutes, false, new TreeMap<>(), null, reason == null || reason.isBlank() ? minutes : reason.trim()),
                i.agreement(), i.closed()));
    }

    public static Plan refuse(Plan plan, InitiativeId id, LocalDate date, String minutes, String reason) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.refuse"), InitiativeState.APPLIED);
        requireDate(date, Text.of("place.initiative.decisionDate"));
        // The same rule as for a grant: the board decides on the preparation group's statement, either way.
        StatementRule.requireStatement(plan, i);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Text.of("place.skal"), Text.of("error.angeSkaletTillAvslaget"));
        }
        return replace(plan, with(i, InitiativeState.REFUSED, i.application(), i.statement(),
                new Initiative.Decision(date, minutes, false, new TreeMap<>(), null, reason.trim()), i.agreement(), i.closed()));
    }

    public static Plan agree(Plan plan, InitiativeId id, LocalDate date, LocalDate start, LocalDate end, SortedMap<Integer, Money> amounts,
                             List<Initiative.ReportKind> reports) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.agree"), InitiativeState.GRANTED);
        requireDate(date, Text.of("place.initiative.agreementDate"));
        requirePeriod(start, end, Text.of("place.initiative.agreementPeriod"));
        requireAmounts(amounts, Text.of("place.initiative.agreedAmount"), true);
        for (var entry : amounts.entrySet()) {
            Money granted = i.granted().getOrDefault(entry.getKey(), Money.ZERO);
            if (entry.getValue().greaterThan(granted)) {
                throw new InvalidInputException(Text.of("place.avtalatBelopp", entry.getKey()), Text.of("error.avtaletAngerForMenStyrelsen", entry.getValue(), entry.getKey(), granted));
            }
            if (entry.getKey() < start.getYear() || entry.getKey() > end.getYear()) {
                throw new InvalidInputException(Text.of("place.avtalatBelopp", entry.getKey()), Text.of("error.aretLiggerUtanforAvtaletsPeriod", entry.getKey(), start, end));
            }
        }
        List<Initiative.ReportKind> duties = reports == null || reports.isEmpty()
                ? List.of(Initiative.ReportKind.HALF_YEAR, Initiative.ReportKind.ANNUAL, Initiative.ReportKind.FINAL) : List.copyOf(reports);
        Initiative agreed = new Initiative(i.id(), i.name(), i.kind(), i.owner(), i.members(), i.targetGroup(), i.ageFrom(), i.ageTo(),
                i.municipalities(), start, end, i.purpose(), i.goals(), i.budgetedParticipants(), i.esf(), i.contact(), i.steeringGroup(),
                InitiativeState.AGREED, i.application(), i.statement(), i.decision(),
                new Initiative.Agreement(date, start, end, new TreeMap<>(amounts), duties), i.closed(), i.assumed()).confirmed("state", "start", "end");
        return replace(plan, agreed);
    }

    /** Starts an agreed initiative, no earlier than the start its agreement names. */
    public static Plan start(Plan plan, InitiativeId id, LocalDate today) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.start"), InitiativeState.AGREED);
        if (i.agreement() != null && i.agreement().start() != null && i.agreement().start().isAfter(today)) {
            throw new InvalidInputException(Text.of("place.start"), Text.of("error.insatsenBorjarEnligtAvtaletOch", i.agreement().start()));
        }
        return replace(plan, with(i, InitiativeState.RUNNING, i.application(), i.statement(), i.decision(), i.agreement(), i.closed()));
    }

    /** Closes a running initiative; its final report must have been submitted. */
    public static Plan close(Plan plan, InitiativeId id, LocalDate date, boolean finalReportSubmitted) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.close"), InitiativeState.RUNNING);
        requireDate(date, Text.of("place.initiative.closingDate"));
        if (!finalReportSubmitted) {
            throw new InvalidInputException(Text.of("place.slutrapport"), Text.of("error.insatsenKanAvslutasForstNar"));
        }
        return replace(plan, with(i, InitiativeState.CLOSED, i.application(), i.statement(), i.decision(), i.agreement(), date));
    }

    /**
     * An initiative hands in its reports while it is agreed or running: before the agreement there is nothing to report
     * on, and a closed initiative has handed in its final report. Returns the initiative the report is for.
     */
    public static Initiative report(Plan plan, InitiativeId id) {
        Initiative i = get(plan, id);
        requireState(i, Text.of("initiative.move.report"), InitiativeState.AGREED, InitiativeState.RUNNING);
        return i;
    }

    public static Initiative get(Plan plan, InitiativeId id) {
        return plan.initiative(id).orElseThrow(() -> new NotFoundException(Text.of("error.insatsenFinnsInte")));
    }

    private static void validate(Plan plan, InitiativeDraft draft, String ownId) {
        List<InvalidInputException.Problem> problems = problems(plan, draft, InitiativeId.of(ownId));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Everything wrong with a description at once (a form shows them all), empty when it can be registered. */
    public static List<InvalidInputException.Problem> problems(Plan plan, InitiativeDraft draft, InitiativeId ownId) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.namn"), Text.of("error.geInsatsenEttNamnHogst")));
        } else if (plan.initiatives().stream().anyMatch(i -> (ownId == null || !i.id().equals(ownId.value())) && i.name().equalsIgnoreCase(draft.name().trim()))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.namn"), Text.of("error.detFinnsRedanEnInsats", draft.name().trim())));
        }
        if (draft.kind() == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.slag"), Text.of("error.valjIndividinriktadEllerStrukturovergripande")));
        }
        Set<String> memberNames = plan.members().stream().map(Member::name).collect(Collectors.toSet());
        if (draft.owner() == null || !memberNames.contains(draft.owner())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.huvudman"), Text.of("error.huvudmannenSkaVaraEnAv")));
        }
        Set<String> taking = new java.util.LinkedHashSet<>(draft.members() == null ? List.of() : draft.members());
        if (draft.owner() != null) {
            taking.add(draft.owner());
        }
        taking.stream().filter(m -> !memberNames.contains(m)).forEach(m ->
                problems.add(InvalidInputException.Problem.of(Text.of("place.medverkande"), Text.of("error.arInteMedlemIForbundet", m))));
        if (taking.size() < 2) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.medverkande"), Text.of("error.minstTvaAvForbundetsMedlemmar")));
        }
        if (draft.start() != null && draft.end() != null && draft.end().isBefore(draft.start())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.period"), Text.of("error.slutdatumLiggerForeStartdatum", draft.end(), draft.start())));
        }
        if (draft.ageFrom() != null && (draft.ageFrom() < 0 || draft.ageFrom() > 120)
                || draft.ageTo() != null && (draft.ageTo() < 0 || draft.ageTo() > 120)
                || draft.ageFrom() != null && draft.ageTo() != null && draft.ageTo() < draft.ageFrom()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.alder"), Text.of("error.angeEnAldersgruppSom1664")));
        }
        if (draft.budgetedParticipants() != null && draft.budgetedParticipants() < 0) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.budgeteratAntalDeltagare"), Text.of("error.antaletKanInteVaraNegativt")));
        }
        if (draft.contact() != null && draft.contact().email() != null && !draft.contact().email().isBlank()
                && !draft.contact().email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.kontakt"), Text.of("error.ePostadressenSerInteUt2", draft.contact().email())));
        }
        return problems;
    }

    private static void requireState(Initiative i, Text move, InitiativeState... allowed) {
        for (InitiativeState state : allowed) {
            if (i.state() == state) {
                return;
            }
        }
        throw new ConflictException(Text.of("error.detGarInteAttNar", move, i.name(), Text.of("initiative.stateName." + i.state().name())));
    }

    private static void requireDate(LocalDate date, Text place) {
        if (date == null) {
            throw new InvalidInputException(place, Text.of("error.angeDatumAaaaMmDd"));
        }
    }

    private static void requirePeriod(LocalDate start, LocalDate end, Text place) {
        if (start == null || end == null) {
            throw new InvalidInputException(place, Text.of("error.angeStartOchSlutdatum"));
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException(place, Text.of("error.slutdatumLiggerForeStartdatum", end, start));
        }
    }

    private static void requireAmounts(SortedMap<Integer, Money> amounts, Text place, boolean positiveTotal) {
        if (amounts == null || amounts.isEmpty()) {
            throw new InvalidInputException(place, Text.of("error.angeBeloppPerAr"));
        }
        for (var entry : amounts.entrySet()) {
            if (entry.getKey() < 2000 || entry.getKey() > 2100) {
                throw new InvalidInputException(place, Text.of("error.aretLiggerUtanfor20002100", entry.getKey()));
            }
            if (entry.getValue().isNegative()) {
                throw new InvalidInputException(Text.of("place.text2", place, entry.getKey()), Text.of("error.beloppetKanInteVaraNegativt"));
            }
        }
        if (positiveTotal && amounts.values().stream().noneMatch(Money::isPositive)) {
            throw new InvalidInputException(place, Text.of("error.beloppetSkaVaraStorreAn"));
        }
    }

    private static Initiative with(Initiative i, InitiativeState state, Initiative.Application application,
                                   Initiative.Statement statement, Initiative.Decision decision, Initiative.Agreement agreement,
                                   LocalDate closed) {
        return new Initiative(i.id(), i.name(), i.kind(), i.owner(), i.members(), i.targetGroup(), i.ageFrom(), i.ageTo(),
                i.municipalities(), i.start(), i.end(), i.purpose(), i.goals(), i.budgetedParticipants(), i.esf(), i.contact(),
                i.steeringGroup(), state, application, statement, decision, agreement, closed, i.assumed()).confirmed("state");
    }

    private static Plan replace(Plan plan, Initiative changed) {
        List<Initiative> all = new ArrayList<>(plan.initiatives());
        all.replaceAll(i -> i.id().equals(changed.id()) ? changed : i);
        return plan.withInitiatives(all);
    }

    public static String slug(String name) {
        return se.samordna.shared.Slug.of(name, "insats");
    }

    private static String uniqueId(Plan plan, String base) {
        String candidate = base;
        for (int n = 2; plan.initiative(InitiativeId.of(candidate)).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
