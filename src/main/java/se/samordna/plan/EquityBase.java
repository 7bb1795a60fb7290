package se.samordna.plan;

/** What the equity ceiling is a percentage of. */
public enum EquityBase {
    ALLOCATION, BUDGETED_INCOME
}
