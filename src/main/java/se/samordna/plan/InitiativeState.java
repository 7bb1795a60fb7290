package se.samordna.plan;

/** The life of an initiative: idea → application → board decision → agreement → running → closed. */
public enum InitiativeState {
    IDEA, APPLIED, GRANTED, REFUSED, AGREED, RUNNING, CLOSED
}
