package se.samordna.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.ledger.accounts.AnnualAccounts.NoteLine;
import se.samordna.ledger.accounts.AnnualAccounts.Part;
import se.samordna.plan.Plan;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The annual report's notes in the order of the national template for samordningsförbund: accounting principles, the
 * operation's income (as booked, and the members' contributions as the plan states them), its costs by kind, financial
 * items, receivables, cash and bank, equity and current liabilities. Every note is made from the same accounts as the
 * statements and adds up to the statement's figure; the year before stands beside it where the books hold it.
 */
final class AnnualNotes {

    private AnnualNotes() {
    }

    static void notes(List<Block> blocks, Plan plan, AnnualAccounts a, AnnualAccounts prior) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualNotes.heading")));
        int number = 0;
        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.principles", ++number)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.rakenskapernaFoljerKontoklassernaIBokforingen")));

        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.income", ++number)));
        blocks.add(accounts(a, prior, Part.INCOME, a.incomeStatement().income(), prior == null ? null : prior.incomeStatement().income()));
        contributions(blocks, plan, a);

        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.costs", ++number)));
        blocks.add(costs(a, prior));

        if (!a.noteLines(Part.FINANCIAL).isEmpty() || (prior != null && !prior.noteLines(Part.FINANCIAL).isEmpty())) {
            blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.financial", ++number)));
            blocks.add(accounts(a, prior, Part.FINANCIAL, a.incomeStatement().financialItems(),
                    prior == null ? null : prior.incomeStatement().financialItems()));
        }

        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.assets", ++number)));
        blocks.add(assets(a, prior));

        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.equity", ++number)));
        AnnualAccounts.Equity e = a.balanceSheet().equity();
        AnnualAccounts.Equity before = prior == null ? null : prior.balanceSheet().equity();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(DocumentWords.of("doc.annualReport.ingaendeEgetKapital"), e.opening(), before == null ? null : before.opening(), prior));
        rows.add(row(DocumentWords.of("doc.annualReport.aretsResultat"), e.result(), before == null ? null : before.result(), prior));
        rows.add(row(DocumentWords.of("doc.annualReport.utgaendeEgetKapital"), e.closing(), before == null ? null : before.closing(), prior));
        blocks.add(new Block.Table(headers(a, prior), rows, numeric(prior), List.of(2)));

        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualNotes.liabilities", ++number)));
        blocks.add(accounts(a, prior, Part.LIABILITIES, a.balanceSheet().liabilities(), prior == null ? null : prior.balanceSheet().liabilities()));
    }

    /** The members' contributions as the plan states them for the year (the booked ones are among the income above). */
    private static void contributions(List<Block> blocks, Plan plan, AnnualAccounts a) {
        plan.allocations().stream().filter(al -> al.year() == a.year()).findFirst().ifPresentOrElse(allocation -> {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualNotes.contributionsOfPlan", a.year())));
            List<List<String>> rows = new ArrayList<>();
            se.samordna.plan.PlanFigures.of(plan).contributions(allocation).forEach(c -> rows.add(List.of(c.member(), MoneyFormat.kronor(c.amount()))));
            rows.add(List.of(DocumentWords.of("doc.annualReport.summa"), MoneyFormat.kronor(allocation.total())));
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.medlem"), DocumentWords.of("doc.annualReport.bidragEnligtPlanen")), rows,
                    new boolean[]{false, true}, List.of(rows.size() - 1)));
        }, () -> blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.planenAngerIngenTilldelningFor", a.year()))));
    }

    /** One part's accounts, this year and the year before, with the statement's figure as the sum. */
    private static Block.Table accounts(AnnualAccounts a, AnnualAccounts prior, Part part, Money total, Money totalBefore) {
        List<List<String>> rows = new ArrayList<>();
        accountRows(rows, a.noteLines(part), prior == null ? List.of() : prior.noteLines(part), prior, "");
        rows.add(row(DocumentWords.of("doc.annualReport.summa"), total, totalBefore, prior));
        return new Block.Table(headers(a, prior), rows, numeric(prior), List.of(rows.size() - 1));
    }

    /** The costs by kind (BAS classes 4, 5–6 and 7) with their accounts, adding up to the operation's costs. */
    private static Block.Table costs(AnnualAccounts a, AnnualAccounts prior) {
        List<NoteLine> costs = a.noteLines(Part.COSTS);
        List<NoteLine> costsBefore = prior == null ? List.of() : prior.noteLines(Part.COSTS);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        for (String[] kind : new String[][]{{"4", DocumentWords.of("doc.annualNotes.costs4")}, {"56", DocumentWords.of("doc.annualNotes.costs56")},
                {"7", DocumentWords.of("doc.annualNotes.costs7")}, {"other", DocumentWords.of("doc.annualNotes.costsOther")}}) {
            List<NoteLine> lines = ofKind(costs, kind[0]);
            List<NoteLine> linesBefore = ofKind(costsBefore, kind[0]);
            if (lines.isEmpty() && linesBefore.isEmpty()) {
                continue;
            }
            bold.add(rows.size());
            rows.add(row(kind[1], sum(lines), prior == null ? null : sum(linesBefore), prior));
            accountRows(rows, lines, linesBefore, prior, "\u2003");
        }
        bold.add(rows.size());
        rows.add(row(DocumentWords.of("doc.annualReport.summa"), a.incomeStatement().costs(), prior == null ? null : prior.incomeStatement().costs(), prior));
        return new Block.Table(headers(a, prior), rows, numeric(prior), bold);
    }

    private static List<NoteLine> ofKind(List<NoteLine> costs, String kind) {
        return costs.stream().filter(l -> switch (kind) {
            case "4" -> l.account().startsWith("4");
            case "56" -> l.account().startsWith("5") || l.account().startsWith("6");
            case "7" -> l.account().startsWith("7");
            default -> !l.account().matches("[4-7].*");
        }).toList();
    }

    /** Receivables (15xx–18xx) and cash and bank (19xx), adding up to the assets. */
    private static Block.Table assets(AnnualAccounts a, AnnualAccounts prior) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        List<NoteLine> assets = a.noteLines(Part.ASSETS);
        List<NoteLine> assetsBefore = prior == null ? List.of() : prior.noteLines(Part.ASSETS);
        for (boolean cash : new boolean[]{false, true}) {
            List<NoteLine> lines = assets.stream().filter(l -> l.account().startsWith("19") == cash).toList();
            List<NoteLine> before = assetsBefore.stream().filter(l -> l.account().startsWith("19") == cash).toList();
            if (lines.isEmpty() && before.isEmpty()) {
                continue;
            }
            bold.add(rows.size());
            rows.add(row(cash ? DocumentWords.of("doc.annualNotes.cash") : DocumentWords.of("doc.annualNotes.receivables"), sum(lines),
                    prior == null ? null : sum(before), prior));
            accountRows(rows, lines, before, prior, "\u2003");
        }
        bold.add(rows.size());
        rows.add(row(DocumentWords.of("doc.annualReport.summaTillgangar"), a.balanceSheet().assets(), prior == null ? null : prior.balanceSheet().assets(), prior));
        return new Block.Table(headers(a, prior), rows, numeric(prior), bold);
    }

    /** One row per account, this year's amount and the year before's beside it, in account order. */
    private static void accountRows(List<List<String>> rows, List<NoteLine> lines, List<NoteLine> before, AnnualAccounts prior, String indent) {
        Map<String, Money[]> byAccount = new LinkedHashMap<>();
        lines.forEach(l -> byAccount.computeIfAbsent(l.account() + " " + l.name(), k -> new Money[2])[0] = l.amount());
        before.forEach(l -> byAccount.computeIfAbsent(l.account() + " " + l.name(), k -> new Money[2])[1] = l.amount());
        byAccount.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(row(indent + e.getKey(), e.getValue()[0], e.getValue()[1], prior)));
    }

    private static Money sum(List<NoteLine> lines) {
        return new Money(lines.stream().mapToLong(l -> l.amount().ore()).sum());
    }

    private static List<String> row(String label, Money amount, Money before, AnnualAccounts prior) {
        List<String> row = new ArrayList<>(List.of(label, amount == null ? "–" : MoneyFormat.kronor(amount)));
        if (prior != null) {
            row.add(before == null ? "–" : MoneyFormat.kronor(before));
        }
        return row;
    }

    private static List<String> headers(AnnualAccounts a, AnnualAccounts prior) {
        return prior == null ? List.of(DocumentWords.of("doc.annualReport.post"), String.valueOf(a.year()))
                : List.of(DocumentWords.of("doc.annualReport.post"), String.valueOf(a.year()), DocumentWords.of("doc.annualReport.foregaendeAr", prior.year()));
    }

    private static boolean[] numeric(AnnualAccounts prior) {
        return prior == null ? new boolean[]{false, true} : new boolean[]{false, true, true};
    }
}
