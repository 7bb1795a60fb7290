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
        return pdf(plan, accounts, null, generated);
    }

    public static byte[] docx(Plan plan, AnnualAccounts accounts, boolean generated) {
        return docx(plan, accounts, null, generated);
    }

    /** With {@code prior} (the year before, when the books hold it) printed beside this year's figures. */
    public static byte[] pdf(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, boolean generated) {
        return pdf(plan, accounts, prior, java.util.Map.of(), generated);
    }

    public static byte[] docx(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, boolean generated) {
        return docx(plan, accounts, prior, java.util.Map.of(), generated);
    }

    /** With the office's own text per section ({@link AnnualTexts#SECTIONS}); a section not written is printed as computed. */
    public static byte[] pdf(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated) {
        return DocumentRenderer.pdf(title(accounts.year()), plan.association().name(), blocks(plan, accounts, prior, texts, generated));
    }

    public static byte[] docx(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated) {
        return DocumentRenderer.docx(title(accounts.year()), blocks(plan, accounts, prior, texts, generated));
    }

    /** The computed sentences of each section, the office's starting point. */
    public static java.util.Map<String, String> computed(Plan plan, AnnualAccounts a) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        int year = a.year();
        java.util.List<se.samordna.plan.initiatives.Initiative> funded = plan.initiatives().stream()
                .filter(i -> i.granted().containsKey(year) || plan.budget().groups().stream().anyMatch(g -> g.lines().stream()
                        .anyMatch(l -> plan.funds(l, i) && !l.amount(year).isZero())))
                .toList();
        texts.put("events", "Förbundet följde under " + year + " verksamhetsplanen för " + plan.budget().years().stream()
                .filter(y -> y.kind().isFuture()).map(y -> String.valueOf(y.year())).findFirst().orElse(String.valueOf(year))
                + ". Planen hade " + plan.initiatives().size() + " insatser.");
        long goals = plan.goals().goals().stream().filter(g -> g.year() == year).count();
        texts.put("goals", "Planen har " + goals + " mål för " + year + "; måluppfyllelsen redovisas i uppföljningen av målen.");
        texts.put("initiatives", funded.isEmpty() ? "Förbundet finansierade inga insatser med belopp för " + year + "."
                : "Förbundet finansierade under året: " + String.join(", ", funded.stream().map(se.samordna.plan.initiatives.Initiative::name).toList()) + ".");
        AnnualAccounts.IncomeStatement s = a.incomeStatement();
        Money closing = a.balanceSheet().equity().closing();
        StringBuilder economy = new StringBuilder("Årets resultat är " + MoneyFormat.kronor(s.result()) + (a.budgetResult() == null ? "."
                : " mot budgeterade " + MoneyFormat.kronor(a.budgetResult()) + " (avvikelse " + MoneyFormat.kronor(s.result().minus(a.budgetResult())) + ")."));
        economy.append(" Eget kapital vid årets slut är ").append(MoneyFormat.kronor(closing)).append(a.ceiling() == null ? ""
                : "; taket enligt förbundets regler är " + MoneyFormat.kronor(a.ceiling())).append(" och golvet ").append(MoneyFormat.kronor(a.floor())).append('.');
        if (a.ceiling() != null && closing.greaterThan(a.ceiling())) {
            economy.append(" Eget kapital ligger över taket; styrelsen beskriver här hur överskottet ska användas.");
        } else if (closing.lessThan(a.floor())) {
            economy.append(" Eget kapital ligger under golvet; styrelsen beskriver här hur det ska återställas.");
        }
        texts.put("deviation", economy.toString());
        texts.put("outlook", "Verksamheten kommande år följer den verksamhetsplan och budget som styrelsen har fastställt.");
        return texts;
    }

    static String title(int year) {
        return "Årsredovisning " + year;
    }

    static List<Block> blocks(Plan plan, AnnualAccounts a, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(a.year())));
        blocks.add(new Block.Paragraph(plan.association().name() + ". Räkenskapsåret " + a.year() + "-01-01–" + a.year() + "-12-31."));
        if (generated) {
            blocks.add(new Block.Paragraph("Obs! Bokföringen bakom årsredovisningen är genererad för demonstration; siffrorna är inte ett förbunds verkliga."));
        }
        if (!a.allChecksPass()) {
            blocks.add(new Block.Paragraph("Utkast: kontrollerna före underskrift har inte alla gått igenom (se avsnitt 5)."));
        }
        administrationReport(blocks, plan, a, texts);
        incomeStatement(blocks, a, prior);
        balanceSheet(blocks, a, prior);
        cashFlow(blocks, a);
        notes(blocks, plan, a);
        blocks.add(new Block.Heading(2, "5 Kontroller före underskrift"));
        blocks.add(new Block.Bullets(a.checks().stream().map(c -> (c.passed() ? "Godkänd: " : "Avviker: ") + c.message()).toList()));
        traceability(blocks, a);
        signatures(blocks, plan);
        return blocks;
    }

    private static void administrationReport(List<Block> blocks, Plan plan, AnnualAccounts a, java.util.Map<String, String> texts) {
        blocks.add(new Block.Heading(2, "1 Förvaltningsberättelse"));
        java.util.Map<String, String> computed = computed(plan, a);
        AnnualTexts.SECTIONS.forEach((section, heading) -> {
            blocks.add(new Block.Heading(3, heading));
            String text = texts.getOrDefault(section, computed.get(section));
            AnnualTexts.paragraphs(text).forEach(p -> blocks.add(new Block.Paragraph(p)));
        });
    }

    private static void incomeStatement(List<Block> blocks, AnnualAccounts a, AnnualAccounts prior) {
        blocks.add(new Block.Heading(2, "2 Resultaträkning"));
        List<java.util.function.Function<AnnualAccounts, Money>> figures = List.of(
                x -> x.incomeStatement().income(), x -> x.incomeStatement().costs().negate(),
                x -> x.incomeStatement().income().minus(x.incomeStatement().costs()), x -> x.incomeStatement().financialItems(),
                x -> x.incomeStatement().result());
        List<String> labels = List.of("Verksamhetens intäkter (3xxx)", "Verksamhetens kostnader (4xxx–7xxx)", "Verksamhetens nettokostnad",
                "Finansiella poster (8xxx)", "Årets resultat");
        blocks.add(comparing(labels, figures, a, prior, List.of(2, 4)));
    }

    private static void balanceSheet(List<Block> blocks, AnnualAccounts a, AnnualAccounts prior) {
        blocks.add(new Block.Heading(2, "3 Balansräkning"));
        List<java.util.function.Function<AnnualAccounts, Money>> figures = List.of(
                x -> x.balanceSheet().assets(), x -> x.balanceSheet().assets(), x -> x.balanceSheet().equity().closing(),
                x -> x.balanceSheet().liabilities(), x -> x.balanceSheet().equityAndLiabilities());
        List<String> labels = List.of("Tillgångar (1xxx)", "Summa tillgångar", "Eget kapital (20xx)", "Skulder (21xx–29xx)",
                "Summa eget kapital och skulder");
        blocks.add(comparing(labels, figures, a, prior, List.of(1, 4)));
    }

    /** A statement with this year's figures, and the year before's beside them when the books hold it. */
    private static Block.Table comparing(List<String> labels, List<java.util.function.Function<AnnualAccounts, Money>> figures, AnnualAccounts a,
                                         AnnualAccounts prior, List<Integer> emphasised) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new java.util.ArrayList<>(List.of(labels.get(i), MoneyFormat.kronor(figures.get(i).apply(a))));
            if (prior != null) {
                row.add(MoneyFormat.kronor(figures.get(i).apply(prior)));
            }
            rows.add(row);
        }
        List<String> headers = prior == null ? List.of("Post", String.valueOf(a.year()))
                : List.of("Post", String.valueOf(a.year()), "Föregående år (" + prior.year() + ")");
        return new Block.Table(headers, rows, prior == null ? new boolean[]{false, true} : new boolean[]{false, true, true}, emphasised);
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
