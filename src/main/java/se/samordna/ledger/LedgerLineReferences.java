package se.samordna.ledger;

import se.samordna.shared.LineId;
import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.plan.LineReferences;
import se.samordna.shared.Text;

/** The books' account rules that point at a budget line, named before the line is removed. */
@Component
class LedgerLineReferences implements LineReferences {

    private final AccountRules rules;

    LedgerLineReferences(AccountRules rules) {
        this.rules = rules;
    }

    @Override
    public java.util.Set<String> referencedLines(AssociationId associationId) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        rules.of(associationId).rules().forEach(r -> {
            if (r.lineId() != null) {
                ids.add(r.lineId());
            }
        });
        return ids;
    }

    @Override
    public List<Text> referencesTo(AssociationId associationId, LineId lineId) {
        List<AccountRule> pointing = rules.forLine(associationId, lineId.value());
        return pointing.isEmpty() ? List.of()
                : List.of(Text.of("ledger.lineReferences", String.join(", ", pointing.stream().map(AccountRule::accounts).toList())));
    }
}
