package se.samordna.plan;

import java.util.Optional;
import java.util.UUID;

import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.shared.Money;

/**
 * What the books say a year's equity closes with. The next period opens on it, and a plan whose opening equity differs
 * from it carries a finding. The books module answers; without books the plan's own computed closing equity is used.
 */
public interface BookedEquity {

    /**
     * A year's closing equity from the books: {@code booked} when the books cover the whole year (the annual accounts'
     * closing equity), else the follow-up's projected equity (booked so far plus the budget still to come).
     */
    record Closing(Money amount, boolean booked) {
    }

    /** The closing equity of {@code year}, when the books hold that year. */
    Optional<Closing> closing(AssociationId associationId, int year);
}
