package se.samordna.demo;

import se.samordna.shared.AssociationId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.ledger.AccountRule;
import se.samordna.ledger.AccountRules;
import se.samordna.ledger.LedgerImports;
import se.samordna.ledger.sie.SieReader;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;

/**
 * Generated books for a seed association's budget year, consistent with its budget: every income and cost line gets an
 * account of its own (3000 + n for income, 5000 + n for costs), booked month by month around a twelfth of the line's
 * budget (member contributions on 30xx, other income on 39xx), a rule mapping the account to the line, and the plan's
 * opening equity in the bank. Stored as generated, and labelled so wherever shown.
 */
@Component
class DemoLedger {

    private final LedgerImports imports;
    private final AccountRules rules;

    DemoLedger(LedgerImports imports, AccountRules rules) {
        this.imports = imports;
        this.rules = rules;
    }

    void generate(AssociationId associationId, Plan plan) {
        generate(associationId, plan, plan.budgetYear());
    }

    /**
     * The books of {@code year}: each line's amount for that year, or its budget-year amount when the plan has no such year
     * (the national installation's earlier years); the account rules are added the first time only.
     */
    void generate(AssociationId associationId, Plan plan, int year) {
        // Seeded by the association's name, not its id: the same books on every install, so guides and screenshots agree.
        Random random = new Random(((long) plan.association().name().hashCode() << 20) ^ year);
        StringBuilder sie = new StringBuilder("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM \"Samordna demodata\" 1\n")
                .append("#FNAMN \"").append(plan.association().name().replace("\"", "")).append(" (genererad)\"\n")
                .append("#RAR 0 ").append(year).append("0101 ").append(year).append("1231\n#KONTO 1930 \"Bank\"\n#KONTO 2061 \"Eget kapital\"\n");
        // The year opens with the equity the plan starts it with, in the bank.
        long opening = se.samordna.plan.PlanFigures.of(plan).years().stream().filter(f -> f.year() == year && f.equityStart() != null)
                .findFirst().map(f -> f.equityStart().ore()).orElse(0L);
        sie.append("#IB 0 1930 ").append(kronor(opening)).append("\n#IB 0 2061 ").append(kronor(-opening)).append('\n');
        List<AccountRule> mapping = new ArrayList<>();
        List<String[]> entries = new ArrayList<>();
        int contribution = 3000;
        int otherIncome = 3900;
        int cost = 5000;
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                se.samordna.shared.Money lineAmount = plan.budget().year(year).isPresent() ? line.amount(year) : line.amount(plan.budgetYear());
                if (line.type() == LineType.EQUITY_USE || lineAmount.isZero()) {
                    continue;
                }
                boolean isIncome = line.type() != LineType.COST;
                String account = String.valueOf(line.type() == LineType.CONTRIBUTION ? contribution++ : isIncome ? otherIncome++ : cost++);
                sie.append("#KONTO ").append(account).append(" \"").append(line.name().replace("\"", "").replace("\\", "")).append("\"\n");
                mapping.add(new AccountRule(null, account, account, null, group.name(), line.name()));
                long yearOre = lineAmount.ore();
                for (int month = 1; month <= 12; month++) {
                    // Income arrives twice a year; costs monthly, within ±15 % of a twelfth.
                    long amount = isIncome ? (month == 1 || month == 7 ? yearOre / 2 : 0)
                            : Math.max(0, yearOre / 12 + (long) ((random.nextInt(31) - 15) * (yearOre / 1200)));
                    if (amount != 0) {
                        entries.add(new String[]{String.format("%d%02d15", year, month), account, kronor(isIncome ? -amount : amount)});
                    }
                }
            }
        }
        int number = 1;
        for (String[] entry : entries) {
            sie.append("#VER A ").append(number++).append(' ').append(entry[0]).append(" \"Genererad\"\n{\n")
                    .append("#TRANS ").append(entry[1]).append(" {} ").append(entry[2]).append('\n')
                    .append("#TRANS 1930 {} ").append(entry[2].startsWith("-") ? entry[2].substring(1) : "-" + entry[2]).append("\n}\n");
        }
        try {
            imports.importSie(associationId, new ByteArrayInputStream(sie.toString().getBytes(SieReader.PC8)), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AccountRules.Rules existing = rules.of(associationId);
        if (existing.rules().isEmpty()) {
            rules.add(associationId, mapping, plan, existing.version());
        }
    }

    private static String kronor(long ore) {
        return java.math.BigDecimal.valueOf(ore, 2).toPlainString();
    }
}
