package se.samordna.ledger;

import se.samordna.shared.AssociationId;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.plan.BookedOutcomes;
import se.samordna.shared.Money;

/** Each initiative's booked cost per year the books hold, where its lines are mapped to accounts. */
@Component
class LedgerOutcomes implements BookedOutcomes {

    private final LedgerImports imports;
    private final LedgerFollowUp followUp;

    LedgerOutcomes(LedgerImports imports, LedgerFollowUp followUp) {
        this.imports = imports;
        this.followUp = followUp;
    }

    @Override
    public Map<String, Map<Integer, Money>> outcomes(AssociationId associationId) {
        Map<String, Map<Integer, Money>> result = new HashMap<>();
        for (LedgerImports.Imported year : imports.years(associationId)) {
            int y = year.yearStart().getYear();
            try {
                followUp.view(associationId, y).initiatives().stream().filter(i -> i.mapped() && i.initiativeId() != null)
                        .forEach(i -> result.computeIfAbsent(i.initiativeId(), k -> new TreeMap<>()).put(y, i.actualToDate()));
            } catch (se.samordna.shared.NotFoundException e) {
                // No plan has the books' year: nothing to say about it.
            }
        }
        return result;
    }
}
