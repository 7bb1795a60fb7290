package se.samordna.plan.budget;

/** What the equity ceiling is a percentage of. */
public enum EquityBase {
    ALLOCATION, BUDGETED_INCOME
}
