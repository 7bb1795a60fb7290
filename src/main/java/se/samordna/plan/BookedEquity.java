package se.samordna.plan;

import java.util.Optional;
import java.util.UUID;

import se.samordna.shared.Money;

/**
 * Where the books say what equity a year closed with. The next period's opening equity is taken from here when the books
 * hold the year (the books module answers); otherwise the plan's own computed closing equity is used.
 */
public interface BookedEquity {

    /** The booked closing equity of {@code year}, when the books hold that year. */
    Optional<Money> closingEquity(UUID associationId, int year);
}
