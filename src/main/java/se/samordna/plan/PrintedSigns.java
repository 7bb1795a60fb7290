package se.samordna.plan;

/**
 * How the plan's own budget table signs its figures. The file keeps amounts without signs (a line's type says income or
 * cost); the document prints them as the plan does. A cost-signed table, where income stands negative among the costs,
 * is the budget's {@code otherIncomeNettedInCosts}.
 */
public enum PrintedSigns {
    /** Income and costs as amounts, without minus signs. */
    NATURAL,
    /** Cost lines, their subtotals and the total costs with a minus sign; income as amounts. */
    COSTS_NEGATIVE
}
