package se.samordna.ledger;

import java.util.Comparator;
import java.util.UUID;

/**
 * Which accounts belong to which budget line ({@code lineId}; {@code group} and {@code line} are its label, as the plan names
 * it now, or as last seen when the line is gone): accounts whose first digits lie between {@code from} and {@code to}
 * (prefixes of the same length: "4000"–"4999", or "47" for every account 47xx), optionally only for one object
 * ("1:100", cost centre 100). The most specific rule wins: one for an object before one for all, a narrow range before a
 * wide one.
 */
public record AccountRule(UUID id, String from, String to, String object, String lineId, String group, String line) {

    /** A rule for the line named by its group and name; its id is found in the plan when the rule is added. */
    public AccountRule(UUID id, String from, String to, String object, String group, String line) {
        this(id, from, to, object, null, group, line);
    }

    /** The same rule with the line's label as the plan names it now. */
    AccountRule labelled(String currentGroup, String currentLine) {
        return new AccountRule(id, from, to, object, lineId, currentGroup, currentLine);
    }

    AccountRule forLine(String changedLineId) {
        return new AccountRule(id, from, to, object, changedLineId, group, line);
    }

    public boolean matches(String account, String accountObject) {
        if (object != null && !object.equals(accountObject)) {
            return false;
        }
        if (account.length() < from.length()) {
            return false;
        }
        String prefix = account.substring(0, from.length());
        return prefix.compareTo(from) >= 0 && prefix.compareTo(to) <= 0;
    }

    /** The label of the range as people write it: "4000–4999", "47", "35 (objekt 1:35000)". */
    public String accounts() {
        return (from.equals(to) ? from : from + "–" + to) + (object == null ? "" : " (objekt " + object + ")");
    }

    static final Comparator<AccountRule> MOST_SPECIFIC_FIRST = Comparator
            .comparing((AccountRule r) -> r.object() == null)
            .thenComparing(r -> -r.from().length())
            .thenComparingLong(r -> Long.parseLong(r.to()) - Long.parseLong(r.from()))
            .thenComparing(AccountRule::from);
}
