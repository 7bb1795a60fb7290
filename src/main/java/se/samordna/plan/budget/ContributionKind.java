package se.samordna.plan.budget;

/** The law's three shares of an allocation. */
public enum ContributionKind {
    STATE, REGION, MUNICIPALITY
}
