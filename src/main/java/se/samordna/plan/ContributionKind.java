package se.samordna.plan;

/** The law's three shares of an allocation. */
public enum ContributionKind {
    STATE, REGION, MUNICIPALITY
}
