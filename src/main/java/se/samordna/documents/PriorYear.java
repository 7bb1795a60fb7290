package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.UUID;

import se.samordna.ledger.LedgerImports;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.Plan;

/**
 * The year before, printed beside a year's income statement and balance sheet: its own books when they are imported,
 * else what the year's SIE file states of it (#UB -1, #RES -1); none when neither says anything.
 */
public final class PriorYear {

    private PriorYear() {
    }

    public static AnnualAccounts of(LedgerImports imports, AccountClasses classes, AssociationId associationId, int year, Plan plan) {
        if (imports.find(associationId, year - 1).isPresent()) {
            return AnnualAccounts.of(imports.accounts(associationId, year - 1), plan, year - 1, classes.of(associationId));
        }
        List<AnnualAccounts.Account> stated = imports.yearBefore(associationId, year);
        return stated.isEmpty() ? null : AnnualAccounts.of(stated, plan, year - 1, classes.of(associationId));
    }
}
