package se.samordna.plan;

import se.samordna.shared.PlanId;
import java.util.UUID;

/** A plan as stored: its id, content, the version a later save must name, and where it stands in the cycle. */
public record StoredPlan(PlanId id, Plan plan, long version, PlanStatus status) {
}
