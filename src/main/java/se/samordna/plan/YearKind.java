package se.samordna.plan;

/** What a year's figures are: the detailed budget, a plan year, or an earlier year's outcome, prognosis or budget. */
public enum YearKind {
    BUDGET, PLAN, OUTCOME, PROGNOSIS, PREVIOUS_BUDGET;

    public boolean isFuture() {
        return this == BUDGET || this == PLAN;
    }
}
