package se.samordna.plan;

import se.samordna.shared.AssociationId;
import java.util.Map;
import java.util.UUID;

import se.samordna.shared.Money;

/**
 * What the books say each initiative cost, per year, where the association has mapped the initiative's budget lines to
 * accounts (the books module answers). Where it has, the booked outcome replaces the typed one; elsewhere the typed
 * outcome stays.
 */
public interface BookedOutcomes {

    /** Initiative id → year → booked cost so far, for the initiatives whose lines are mapped to accounts. */
    Map<String, Map<Integer, Money>> outcomes(AssociationId associationId);
}
