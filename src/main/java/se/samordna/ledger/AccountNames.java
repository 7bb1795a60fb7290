package se.samordna.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.samordna.ledger.sie.SieFile;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;

/**
 * Suggestions for a real chart of accounts, whose numbers the budget lines do not name: an unmapped result account goes
 * to the line whose name shares the most words with the account's name (compared by their first five letters, so
 * "Revisionsarvode" meets "Revision" and "Löner tjänstemän" meets "Löner"), an income account (class 3) only to an income
 * line and a cost account only to a cost line. A tie or no match suggests nothing: the director maps those by hand. All
 * suggestions can be taken at once.
 */
final class AccountNames {

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private AccountNames() {
    }

    /** A budget line with its group's name and the words of its own name. */
    private record Named(Plan.BudgetLine line, String group, Set<String> stems) {
    }

    static List<AccountRule> suggestions(Plan plan, List<LedgerFollowUp.Unmapped> unmapped, List<AccountRule> already) {
        Map<String, String> accounts = new LinkedHashMap<>();
        unmapped.stream().filter(u -> SieFile.isResultAccount(u.account())).forEach(u -> accounts.putIfAbsent(u.account(), u.name()));
        // Each line's words once, not once per account.
        List<Named> lines = new ArrayList<>();
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                lines.add(new Named(line, group.name(), stems(line.name())));
            }
        }
        List<AccountRule> suggested = new ArrayList<>();
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            if (already.stream().anyMatch(r -> r.matches(account.getKey(), null))) {
                continue;
            }
            Set<String> words = stems(account.getValue());
            int best = 0;
            List<String[]> bestLines = new ArrayList<>();
            boolean income = account.getKey().startsWith("3");
            for (Named entry : lines) {
                Plan.BudgetLine line = entry.line();
                if (income != line.type().isIncome()) {
                    continue;
                }
                int shared = 0;
                for (String stem : entry.stems()) {
                    shared += words.contains(stem) ? 1 : 0;
                }
                if (shared > best) {
                    best = shared;
                    bestLines.clear();
                }
                if (shared == best && best > 0) {
                    bestLines.add(new String[] {line.id(), entry.group(), line.name()});
                }
            }
            String[] chosen = bestLines.size() == 1 ? bestLines.get(0) : null;
            if (chosen != null) {
                suggested.add(new AccountRule(null, account.getKey(), account.getKey(), null, chosen[0], chosen[1], chosen[2]));
            }
        }
        return suggested;
    }

    /** The words of a name that say something (four letters or more), by their first five letters. */
    static Set<String> stems(String name) {
        Set<String> stems = new HashSet<>();
        if (name == null) {
            return stems;
        }
        for (String word : NOT_LETTERS.split(name.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 4) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return stems;
    }
}
