package se.samordna.board;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting's minutes were adjusted and posted on the notice board on {@code postedOn}. Published inside the adjustment's
 * transaction: the minutes as printed are archived in the same transaction, or the adjustment does not happen.
 */
public record MinutesAdjusted(AssociationId associationId, UUID meetingId, LocalDate postedOn) {
}
