package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;

import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.PlanCalculator;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The annual report (årsredovisning) from the books and the plan, in the order of the template associations use: the
 * administration report (the year's economy against the budget, equity against the ceiling and floor), income statement,
 * balance sheet, notes (accounting principles, the members' contributions, the movement in equity), the checks before
 * signing, the accounts behind each figure, and a page for the board's signatures. The sentences are computed; the
 * director edits the DOCX where the association says more.
 */
public final class AnnualReport {

    private AnnualReport() {
    }

    public static byte[] pdf(Plan plan, AnnualAccounts accounts, boolean generated) {
        return DocumentRenderer.pdf(title(accounts.year()), plan.association().name(), blocks(plan, accounts, generated));
    }

    public static byte[] docx(Plan plan, AnnualAccounts accounts, boolean generated) {
        return DocumentRenderer.docx(title(accounts.year()), blocks(plan, accounts, generated));
    }

    static String title(int year) {
        return "Årsredovisning " + year;
    }

    static List<Block> blocks(Plan plan, AnnualAccounts a, boolean generated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(a.year())));
        blocks.add(new Block.Paragraph(plan.association().name() + ". Räkenskapsåret " + a.year() + "-01-01–" + a.year() + "-12-31."));
        if (generated) {
            blocks.add(new Block.Paragraph("Obs! Bokföringen bakom årsredovisningen är genererad för demonstration; siffrorna är inte ett förbunds verkliga."));
        }
        if (!a.allChecksPass()) {
            blocks.add(new Block.Paragraph("Utkast: kontrollerna före underskrift har inte alla gått igenom (se avsnitt 5)."));
        }
        administrationReport(blocks, plan, a);
        incomeStatement(blocks, a);
        balanceSheet(blocks, a);
        cashFlow(blocks, a);
        notes(blocks, plan, a);
        blocks.add(new Block.Heading(2, "5 Kontroller före underskrift"));
        blocks.add(new Block.Bullets(a.checks().stream().map(c -> (c.passed() ? "Godkänd: " : "Avviker: ") + c.message()).toList()));
        traceability(blocks, a);
        signatures(blocks, plan);
        return blocks;
    }

    private static void administrationReport(List<Block> blocks, Plan plan, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, "1 Förvaltningsberättelse"));
        blocks.add(new Block.Heading(3, "Ekonomi"));
        AnnualAccounts.IncomeStatement s = a.incomeStatement();
        List<String> economy = new ArrayList<>();
        economy.add("Årets resultat är " + MoneyFormat.kronor(s.result()) + (a.budgetResult() == null ? "."
                : " mot budgeterade " + MoneyFormat.kronor(a.budgetResult()) + " (avvikelse " + MoneyFormat.kronor(s.result().minus(a.budgetResult())) + ")."));
        Money closing = a.balanceSheet().equity().closing();
        economy.add("Eget kapital vid årets slut är " + MoneyFormat.kronor(closing) + (a.ceiling() == null ? "" : "; taket enligt förbundets regler är "
                + MoneyFormat.kronor(a.ceiling())) + " och golvet " + MoneyFormat.kronor(a.floor()) + ".");
        if (a.ceiling() != null && closing.greaterThan(a.ceiling())) {
            economy.add("Eget kapital ligger över taket. Styrelsen redovisar här hur överskottet ska användas under kommande år.");
        } else if (closing.lessThan(a.floor())) {
            economy.add("Eget kapital ligger under golvet. Styrelsen redovisar här hur det ska återställas.");
        }
        blocks.add(new Block.Bullets(economy));
        blocks.add(new Block.Heading(3, "Förväntad utveckling"));
        blocks.add(new Block.Paragraph("Skrivs av förbundet: verksamheten kommande år enligt den fastställda verksamhetsplanen."));
    }

    private static void incomeStatement(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, "2 Resultaträkning"));
        AnnualAccounts.IncomeStatement s = a.incomeStatement();
        List<List<String>> rows = List.of(
                List.of("Verksamhetens intäkter (3xxx)", MoneyFormat.kronor(s.income())),
                List.of("Verksamhetens kostnader (4xxx–7xxx)", MoneyFormat.kronor(s.costs().negate())),
                List.of("Verksamhetens nettokostnad", MoneyFormat.kronor(s.income().minus(s.costs()))),
                List.of("Finansiella poster (8xxx)", MoneyFormat.kronor(s.financialItems())),
                List.of("Årets resultat", MoneyFormat.kronor(s.result())));
        blocks.add(new Block.Table(List.of("Post", "Belopp"), rows, new boolean[]{false, true}, List.of(2, 4)));
    }

    private static void balanceSheet(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, "3 Balansräkning"));
        AnnualAccounts.BalanceSheet b = a.balanceSheet();
        List<List<String>> rows = List.of(
                List.of("Tillgångar (1xxx)", MoneyFormat.kronor(b.assets())),
                List.of("Summa tillgångar", MoneyFormat.kronor(b.assets())),
                List.of("Eget kapital (20xx)", MoneyFormat.kronor(b.equity().closing())),
                List.of("Skulder (21xx–29xx)", MoneyFormat.kronor(b.liabilities())),
                List.of("Summa eget kapital och skulder", MoneyFormat.kronor(b.equityAndLiabilities())));
        blocks.add(new Block.Table(List.of("Post", "Belopp"), rows, new boolean[]{false, true}, List.of(1, 4)));
    }

    private static void cashFlow(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(3, "Kassaflödesanalys"));
        AnnualAccounts.CashFlow c = a.cashFlow();
        blocks.add(new Block.Table(List.of("Post", "Belopp"), List.of(
                List.of("Årets resultat", MoneyFormat.kronor(c.result())),
                List.of("Förändring av fordringar och andra tillgångar än likvida medel", MoneyFormat.kronor(c.changeInReceivables())),
                List.of("Förändring av skulder", MoneyFormat.kronor(c.changeInLiabilities())),
                List.of("Årets kassaflöde", MoneyFormat.kronor(c.flow())),
                List.of("Likvida medel vid årets början (19xx)", MoneyFormat.kronor(c.cashOpening())),
                List.of("Likvida medel vid årets slut (19xx)", MoneyFormat.kronor(c.cashClosing()))), new boolean[]{false, true}, List.of(3, 5)));
        if (!c.agrees()) {
            blocks.add(new Block.Paragraph("Kassaflödet stämmer inte med förändringen av likvida medel ("
                    + MoneyFormat.kronor(c.cashClosing().minus(c.cashOpening())) + "); se kontrollerna."));
        }
    }

    private static void notes(List<Block> blocks, Plan plan, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, "4 Noter"));
        blocks.add(new Block.Heading(3, "Not 1 Redovisningsprinciper"));
        blocks.add(new Block.Paragraph("Räkenskaperna följer kontoklasserna i bokföringen: 1 tillgångar, 2 eget kapital och skulder, 3 intäkter, "
                + "4–7 kostnader och 8 finansiella poster. Belopp i kronor."));
        blocks.add(new Block.Heading(3, "Not 2 Medlemmarnas bidrag"));
        plan.allocations().stream().filter(al -> al.year() == a.year()).findFirst().ifPresentOrElse(allocation -> {
            List<List<String>> rows = new ArrayList<>();
            PlanCalculator.contributions(plan, allocation).forEach(c -> rows.add(List.of(c.member(), MoneyFormat.kronor(c.amount()))));
            rows.add(List.of("Summa", MoneyFormat.kronor(allocation.total())));
            blocks.add(new Block.Table(List.of("Medlem", "Bidrag enligt planen"), rows, new boolean[]{false, true}, List.of(rows.size() - 1)));
        }, () -> blocks.add(new Block.Paragraph("Planen anger ingen tilldelning för " + a.year() + ".")));
        blocks.add(new Block.Heading(3, "Not 3 Eget kapital"));
        AnnualAccounts.Equity e = a.balanceSheet().equity();
        blocks.add(new Block.Table(List.of("Post", "Belopp"), List.of(
                List.of("Ingående eget kapital", MoneyFormat.kronor(e.opening())),
                List.of("Årets resultat", MoneyFormat.kronor(e.result())),
                List.of("Utgående eget kapital", MoneyFormat.kronor(e.closing()))), new boolean[]{false, true}, List.of(2)));
    }

    private static void traceability(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, "6 Konton bakom siffrorna"));
        List<List<String>> rows = new ArrayList<>();
        for (String[] part : new String[][]{{"1", "Tillgångar"}, {"2", "Eget kapital och skulder"}, {"3", "Intäkter"}, {"4", "Kostnader"},
                {"5", "Kostnader"}, {"6", "Kostnader"}, {"7", "Kostnader"}, {"8", "Finansiella poster"}}) {
            for (AnnualAccounts.Account account : a.accountsOf(part[0])) {
                boolean balance = part[0].equals("1") || part[0].equals("2");
                rows.add(List.of(account.number() + " " + account.name(), part[1],
                        MoneyFormat.kronor(new Money(balance ? account.closing() : account.movement()))));
            }
        }
        blocks.add(new Block.Table(List.of("Konto", "Del", "Saldo / årets rörelse (debet +)"), rows, new boolean[]{false, false, true}, List.of()));
    }

    private static void signatures(List<Block> blocks, Plan plan) {
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(2, "Underskrifter"));
        blocks.add(new Block.Paragraph("Ort och datum: ______________________________"));
        List<List<String>> rows = new ArrayList<>();
        for (Member member : plan.members()) {
            rows.add(List.of(member.boardOrdinary() == null ? "" : member.boardOrdinary(), member.name(), "______________________________"));
        }
        blocks.add(new Block.Table(List.of("Ledamot", "Utsedd av", "Underskrift"), rows, new boolean[]{false, false, false}, List.of()));
    }
}
