package se.samordna.plan;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;

/**
 * The board adopted a plan. Published inside the adoption's transaction: whatever must be kept of the plan as adopted
 * (its document) is kept in the same transaction, or the adoption does not happen.
 */
public record PlanAdopted(AssociationId associationId, PlanId planId, Plan plan) {
}
