package se.samordna.ledger;

import se.samordna.shared.AssociationId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.BookedEquity;

/**
 * A year's closing equity from the books. When they cover the year (something is booked in December), the annual
 * accounts' closing equity: the equity accounts' closing balances (BAS 2000–2099, credit positive), or opening balance
 * plus the year's result where the file gives no closing balances. Otherwise the follow-up's projected equity: the
 * plan's opening equity plus what is booked so far plus the budget of the months to come. Nothing without books.
 */
@Component
class LedgerEquity implements BookedEquity {

    private final LedgerImports imports;
    private final LedgerFollowUp followUp;

    LedgerEquity(LedgerImports imports, LedgerFollowUp followUp) {
        this.imports = imports;
        this.followUp = followUp;
    }

    @Override
    public Optional<Closing> closing(AssociationId associationId, int year) {
        if (imports.find(associationId, year).isEmpty()) {
            return Optional.empty();
        }
        if (imports.booksThrough(associationId, year).filter(d -> d.getMonthValue() == 12).isPresent()) {
            return Optional.of(new Closing(AnnualAccounts.closingEquity(imports.accounts(associationId, year)), true));
        }
        try {
            return Optional.ofNullable(followUp.view(associationId, year).projectedEquity()).map(amount -> new Closing(amount, false));
        } catch (se.samordna.shared.NotFoundException noPlanForTheYear) {
            return Optional.empty();
        }
    }
}
