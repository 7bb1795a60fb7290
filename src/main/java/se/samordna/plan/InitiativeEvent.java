package se.samordna.plan;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.SortedMap;

import se.samordna.shared.Money;

/**
 * What happened to an initiative, in the past tense, published after the change is saved with the plan: each of the
 * initiative's verbs (register, apply, give the statement, grant, refuse, agree, start, close) checks the state it comes
 * from in {@link InitiativeWorkflow} and, once saved, says so here. The board's decisions recorded from adjusted minutes
 * come through the same verbs, so they publish the same events.
 */
public sealed interface InitiativeEvent {

    AssociationId associationId();

    InitiativeId initiativeId();

    record Registered(AssociationId associationId, InitiativeId initiativeId, String name) implements InitiativeEvent {
    }

    record Applied(AssociationId associationId, InitiativeId initiativeId, LocalDate on, SortedMap<Integer, Money> requested) implements InitiativeEvent {
    }

    record StatementGiven(AssociationId associationId, InitiativeId initiativeId, LocalDate on) implements InitiativeEvent {
    }

    record Granted(AssociationId associationId, InitiativeId initiativeId, LocalDate on, String minutes, SortedMap<Integer, Money> amounts) implements InitiativeEvent {
    }

    record Refused(AssociationId associationId, InitiativeId initiativeId, LocalDate on, String minutes) implements InitiativeEvent {
    }

    record Agreed(AssociationId associationId, InitiativeId initiativeId, LocalDate on, LocalDate start, LocalDate end) implements InitiativeEvent {
    }

    record Started(AssociationId associationId, InitiativeId initiativeId, LocalDate on) implements InitiativeEvent {
    }

    /** A report handed in (a half-year, a year or the final report), by its period as Uppföljning Finsam names it. */
    record Reported(AssociationId associationId, InitiativeId initiativeId, String period, LocalDate on) implements InitiativeEvent {
    }

    record Closed(AssociationId associationId, InitiativeId initiativeId, LocalDate on) implements InitiativeEvent {
    }
}
