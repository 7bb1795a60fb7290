package se.samordna.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

import se.samordna.shared.Money;

/**
 * An initiative (insats) the association funds, with its whole life: the application, the preparation
 * group's statement, the board's decision, the agreement with the owner, and closing. Changed only
 * through {@link InitiativeWorkflow}, whose verbs refuse illegal moves.
 */
public record Initiative(String id, String name, InitiativeKind kind, String owner, List<String> members,
                         String targetGroup, Integer ageFrom, Integer ageTo, List<String> municipalities,
                         LocalDate start, LocalDate end, String purpose, List<String> goals, Integer budgetedParticipants,
                         boolean esf, Contact contact, List<SteeringMember> steeringGroup, InitiativeState state,
                         Application application, Statement statement, Decision decision, Agreement agreement,
                         LocalDate closed, List<String> assumed) {

    /**
     * What of the initiative the plan's source does not state but the file assumes (for example {@code state},
     * {@code start}, {@code end}, {@code steeringGroup}, {@code owner}): printed with "antaget" beside it until a person
     * sets it.
     */
    public static final List<String> ASSUMABLE = List.of("state", "start", "end", "owner", "members", "steeringGroup", "budgetedParticipants");

    public Initiative(String id, String name, InitiativeKind kind, String owner, List<String> members,
                      String targetGroup, Integer ageFrom, Integer ageTo, List<String> municipalities,
                      LocalDate start, LocalDate end, String purpose, List<String> goals, Integer budgetedParticipants,
                      boolean esf, Contact contact, List<SteeringMember> steeringGroup, InitiativeState state,
                      Application application, Statement statement, Decision decision, Agreement agreement,
                      LocalDate closed) {
        this(id, name, kind, owner, members, targetGroup, ageFrom, ageTo, municipalities, start, end, purpose, goals,
                budgetedParticipants, esf, contact, steeringGroup, state, application, statement, decision, agreement, closed, List.of());
    }

    public boolean isAssumed(String field) {
        return assumed != null && assumed.contains(field);
    }

    /** The same initiative with these fields no longer assumed (a person set them). */
    public Initiative confirmed(String... fields) {
        List<String> still = assumed == null ? List.of() : assumed.stream().filter(f -> !List.of(fields).contains(f)).toList();
        return new Initiative(id, name, kind, owner, members, targetGroup, ageFrom, ageTo, municipalities, start, end, purpose, goals,
                budgetedParticipants, esf, contact, steeringGroup, state, application, statement, decision, agreement, closed, still);
    }

    /** A contact at work: no personal data beyond a work address. */
    public record Contact(String name, String email, String phone) {
    }

    public enum SteeringRole {
        DIRECTOR, MEMBER
    }

    public record SteeringMember(String name, String member, SteeringRole role) {
    }

    public record Application(LocalDate date, SortedMap<Integer, Money> requested, String text) {
    }

    public record Statement(LocalDate date, String text) {
    }

    /** The board's decision: a grant per year with conditions, or a refusal with its reason. */
    public record Decision(LocalDate date, String minutes, boolean granted, SortedMap<Integer, Money> amounts,
                           String conditions, String refusalReason) {
    }

    public enum ReportKind {
        HALF_YEAR, ANNUAL, FINAL
    }

    public record Agreement(LocalDate date, LocalDate start, LocalDate end, SortedMap<Integer, Money> amounts,
                            List<ReportKind> reports) {
    }

    /** What the board granted per year (empty before a grant). */
    public SortedMap<Integer, Money> granted() {
        return decision != null && decision.granted() ? decision.amounts() : new java.util.TreeMap<>();
    }

    public Money grantedTotal() {
        return granted().values().stream().reduce(Money.ZERO, Money::plus);
    }

    public boolean isRunningIn(LocalDate day) {
        return state == InitiativeState.RUNNING && (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
