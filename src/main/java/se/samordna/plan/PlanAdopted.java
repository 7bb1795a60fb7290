package se.samordna.plan;

import java.util.UUID;

/**
 * The board adopted a plan. Published inside the adoption's transaction: whatever must be kept of the plan as adopted
 * (its document) is kept in the same transaction, or the adoption does not happen.
 */
public record PlanAdopted(UUID associationId, UUID planId, Plan plan) {
}
