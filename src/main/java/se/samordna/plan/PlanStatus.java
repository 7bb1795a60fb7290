package se.samordna.plan;

/**
 * Where a plan stands in the yearly cycle: worked on (DRAFT), sent to the members for consultation (CONSULTATION, still
 * open to change after their responses), adopted by the board (ADOPTED, frozen), or replaced by a revision or by the
 * next period's adoption (SUPERSEDED, kept readable).
 */
public enum PlanStatus {
    DRAFT, CONSULTATION, ADOPTED, SUPERSEDED;

    /** Whether the plan may still change. */
    public boolean open() {
        return this == DRAFT || this == CONSULTATION;
    }
}
