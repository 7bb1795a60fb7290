package se.samordna.plan;

/** How the municipalities divide their quarter: fixed amounts, percentages of the total, population, or not stated. */
public enum AllocationKey {
    FIXED, PERCENT_OF_TOTAL, POPULATION, UNSPECIFIED
}
