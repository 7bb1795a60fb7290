package se.samordna.plan;

/**
 * What a budget line is. Equity used from earlier years is not income: a line of type
 * {@link #EQUITY_USE} is shown where the document shows it but never counts as income.
 */
public enum LineType {
    CONTRIBUTION, OTHER_INCOME, EQUITY_USE, COST;

    public boolean isIncome() {
        return this == CONTRIBUTION || this == OTHER_INCOME;
    }
}
