package se.samordna.ledger.accounts;

import se.samordna.shared.Money;

/**
 * The one place where the books' sign becomes the plan's and the statements' sign. In the books (SIE) a debit is
 * positive and a credit negative: income, equity and liabilities stand negative, costs and assets positive. The plan
 * and the statements count income, costs, equity and liabilities as positive amounts, and the result signed.
 */
public final class BooksSign {

    private BooksSign() {
    }

    /** A booked amount on a budget line as the plan counts it: income (a credit) positive, a cost (a debit) positive. */
    public static Money toPlan(long booked, boolean income) {
        return new Money(income ? -booked : booked);
    }

    /** A plan's amount on a line as the books would book it (a budget exported as #PBUDGET): income as a credit. */
    public static Money toBooks(Money planned, boolean income) {
        return income ? planned.negate() : planned;
    }

    /**
     * An amount of an account in the part of the statements it belongs to, as the statements count it: income,
     * financial items, equity and liabilities by their credit (positive when credited), costs and assets by their debit.
     */
    public static long toStatements(AnnualAccounts.Part part, long booked) {
        return switch (part) {
            case INCOME, FINANCIAL, EQUITY, LIABILITIES -> -booked;
            case COSTS, ASSETS -> booked;
            case EXCLUDED -> 0;
        };
    }
}
