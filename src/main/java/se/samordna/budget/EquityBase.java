package se.samordna.budget;

/** What the equity ceiling is a percentage of. */
public enum EquityBase {
    ALLOCATION, BUDGETED_INCOME
}
