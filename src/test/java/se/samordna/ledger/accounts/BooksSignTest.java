package se.samordna.ledger.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samordna.shared.Money;

/** The hand-made ledger's figures (src/test/resources/sie/testforbundet-2025.se) through the one sign conversion. */
class BooksSignTest {

    @Test
    void theBooksCreditIsThePlansIncomeAndTheStatementsPositiveEquityAndLiabilities() {
        // #RES 0 3010 -1200000.00: the members' contributions, credited.
        assertThat(BooksSign.toPlan(-120_000_000L, true)).isEqualTo(Money.ofKronor(1_200_000));
        assertThat(BooksSign.toStatements(AnnualAccounts.Part.INCOME, -120_000_000L)).isEqualTo(120_000_000L);
        // #RES 0 7010 45000.00: salaries, debited.
        assertThat(BooksSign.toPlan(4_500_000L, false)).isEqualTo(Money.ofKronor(45_000));
        assertThat(BooksSign.toStatements(AnnualAccounts.Part.COSTS, 4_500_000L)).isEqualTo(4_500_000L);
        // #IB 0 2061 -500000.00: equity, credited; #UB 0 1930 1642499.50: the bank, debited.
        assertThat(BooksSign.toStatements(AnnualAccounts.Part.EQUITY, -50_000_000L)).isEqualTo(50_000_000L);
        assertThat(BooksSign.toStatements(AnnualAccounts.Part.ASSETS, 164_249_950L)).isEqualTo(164_249_950L);
        // A budget of 4 408 000 kr in contributions is booked as a credit in a #PBUDGET line, a cost as a debit.
        assertThat(BooksSign.toBooks(Money.ofKronor(4_408_000), true)).isEqualTo(Money.ofKronor(-4_408_000));
        assertThat(BooksSign.toBooks(Money.ofKronor(430_000), false)).isEqualTo(Money.ofKronor(430_000));
    }
}
