package se.samordna.plan;

/** A plan as stored for an association, with the version a later save must name. */
public record StoredPlan(Plan plan, long version) {
}
