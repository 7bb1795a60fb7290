/**
 * The year's accounts from the books: income statement and balance sheet by account class (Kommun-BAS style: 1 assets,
 * 2 equity and liabilities, 3 income, 4–7 costs, 8 financial items) and the checks before the board signs. Plain Java,
 * so the command line writes the annual report from a plan file and a SIE file.
 */
@org.springframework.modulith.NamedInterface("accounts")
package se.samordna.ledger.accounts;
