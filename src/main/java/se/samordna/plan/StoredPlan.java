package se.samordna.plan;

import java.util.UUID;

/** A plan as stored: its id, content, the version a later save must name, and where it stands in the cycle. */
public record StoredPlan(UUID id, Plan plan, long version, PlanStatus status) {
}
