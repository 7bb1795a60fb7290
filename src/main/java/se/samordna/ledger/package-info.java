/**
 * The books: the association's ledger as its bookkeeping exports it (SIE), stored per account, object and month;
 * accounts mapped to the plan's budget lines and initiatives; budget against actual by month with a forecast and the
 * year's projected equity. The SIE reader ({@code ledger.sie}) is plain Java, so the command line reads files without
 * server or database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The books")
package se.samordna.ledger;
