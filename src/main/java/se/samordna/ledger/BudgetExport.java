package se.samordna.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samordna.ledger.sie.SieReader;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;
import se.samordna.shared.Money;

/**
 * The plan's budget for a year as a SIE file the bookkeeping can read (#PBUDGET per account and month, type 2): each
 * budget line goes to the first account of its most specific rule (a prefix "47" is account 4700), with the rule's
 * object, spread evenly over the months; income with a minus sign, as the books sign it. A line without a rule, or whose
 * rule names no account (a project over all accounts), has nowhere to go and is listed instead.
 */
public final class BudgetExport {

    private BudgetExport() {
    }

    public record Export(String sie, List<String> notExported) {
    }

    public static Export of(Plan plan, int year, List<AccountRule> rules, String orgNumber) {
        StringBuilder sie = new StringBuilder("#FLAGGA 0\n#PROGRAM \"Samordna\" 1\n#FORMAT PC8\n#GEN ")
                .append(LocalDate.now().toString().replace("-", "")).append("\n#SIETYP 2\n#FNAMN \"")
                .append(clean(plan.association().name())).append("\"\n");
        if (orgNumber != null) {
            sie.append("#ORGNR ").append(orgNumber).append('\n');
        }
        sie.append("#RAR 0 ").append(year).append("0101 ").append(year).append("1231\n");
        List<String> notExported = new ArrayList<>();
        StringBuilder budget = new StringBuilder();
        java.util.Set<String> accounts = new java.util.TreeSet<>();
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                Money amount = line.amount(year);
                if (line.type() == LineType.EQUITY_USE || amount.isZero()) {
                    continue;
                }
                AccountRule rule = rules.stream().filter(r -> line.id() != null ? line.id().equals(r.lineId())
                                : group.name().equals(r.group()) && line.name().equals(r.line()))
                        .findFirst().filter(r -> r.from().length() >= 2).orElse(null);
                if (rule == null) {
                    notExported.add(group.name() + " / " + line.name());
                    continue;
                }
                String account = (rule.from() + "0000").substring(0, Math.max(4, rule.from().length()));
                accounts.add(account + "\u001f" + clean(line.name()));
                String objects = rule.object() == null ? "{}" : "{" + rule.object().replace(":", " \"") + "\"}";
                List<Money> months = LedgerFollowUp.spread(se.samordna.ledger.accounts.BooksSign.toBooks(amount, line.type() != LineType.COST));
                for (int m = 0; m < 12; m++) {
                    budget.append("#PBUDGET 0 ").append(year).append(String.format("%02d", m + 1)).append(' ').append(account).append(' ')
                            .append(objects).append(' ').append(java.math.BigDecimal.valueOf(months.get(m).ore(), 2).toPlainString()).append('\n');
                }
            }
        }
        String lastAccount = null;
        for (String entry : accounts) {
            String[] parts = entry.split("\u001f", 2);
            if (!parts[0].equals(lastAccount)) {
                sie.append("#KONTO ").append(parts[0]).append(" \"").append(parts[1]).append("\"\n");
                lastAccount = parts[0];
            }
        }
        return new Export(sie.append(budget).toString(), notExported);
    }

    public static byte[] bytes(Export export) {
        return export.sie().replace("\n", "\r\n").getBytes(SieReader.PC8);
    }

    /** A name inside SIE quotes: no quotes, backslashes or control characters, only what PC8 can write. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= ' ' && c != '"' && c != '\\' && SieReader.PC8.newEncoder().canEncode(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
