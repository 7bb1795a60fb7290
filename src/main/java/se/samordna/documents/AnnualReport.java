package se.samordna.documents;

import java.util.ArrayList;
import java.util.List;

import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
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
    /** Who signs: the board's ordinary members (name, the member that appointed them, chair or vice chair) and the auditors. */
    public record Signatories(List<Signer> board, List<Signer> auditors) {
        public static final Signatories NONE = new Signatories(List.of(), List.of());
    }

    public record Signer(String name, String member, String role) {
    }

    /** As below, with the board and the auditors by name from the register. */
    public static byte[] pdf(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated,
                             Signatories signatories) {
        return DocumentRenderer.pdf(title(accounts.year()), plan.association().name(), withSignatories(blocks(plan, accounts, prior, texts, generated), plan, signatories));
    }

    public static byte[] docx(Plan plan, AnnualAccounts accounts, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated,
                              Signatories signatories) {
        return DocumentRenderer.docx(title(accounts.year()), withSignatories(blocks(plan, accounts, prior, texts, generated), plan, signatories));
    }

    /** The signature page with the register's names in place of the plan file's, and the auditors after the board. */
    private static List<Block> withSignatories(List<Block> blocks, Plan plan, Signatories signatories) {
        if (signatories.board().isEmpty() && signatories.auditors().isEmpty()) {
            return blocks;
        }
        int at = blocks.size();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Heading h && h.text().equals(DocumentWords.of("doc.annualReport.underskrifter"))) {
                at = i - 1;
                break;
            }
        }
        List<Block> result = new ArrayList<>(blocks.subList(0, Math.max(0, at)));
        result.add(new Block.PageBreak());
        result.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.underskrifter")));
        result.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.ortOchDatum")));
        List<List<String>> rows = new ArrayList<>();
        List<Signer> board = signatories.board().isEmpty()
                ? plan.members().stream().map(m -> new Signer(m.boardOrdinary() == null ? "" : m.boardOrdinary(), m.name(), "")).toList()
                : signatories.board();
        for (Signer signer : board) {
            rows.add(List.of(signer.name() + (signer.role().isEmpty() ? "" : " (" + signer.role() + ")"), signer.member(), "______________________________"));
        }
        result.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.ledamot"), DocumentWords.of("doc.annualReport.utseddAv"),
                DocumentWords.of("doc.annualReport.underskrift")), rows, new boolean[]{false, false, false}, List.of()));
        if (!signatories.auditors().isEmpty()) {
            result.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.auditors")));
            List<List<String>> auditors = new ArrayList<>();
            for (Signer a : signatories.auditors()) {
                auditors.add(List.of(a.name(), a.member()));
            }
            result.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.auditor"), DocumentWords.of("doc.annualReport.utseddAv")), auditors,
                    new boolean[]{false, false}, List.of()));
        }
        return result;
    }

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
        java.util.List<se.samordna.plan.Initiative> funded = plan.initiatives().stream()
                .filter(i -> i.granted().containsKey(year) || plan.budget().groups().stream().anyMatch(g -> g.lines().stream()
                        .anyMatch(l -> plan.funds(l, i) && !l.amount(year).isZero())))
                .toList();
        texts.put("events", DocumentWords.of("doc.annualReport.forbundetFoljdeUnderVerksamhetsplanenFor", year, plan.budget().years().stream()
                .filter(y -> y.kind().isFuture()).map(y -> String.valueOf(y.year())).findFirst().orElse(String.valueOf(year)), plan.initiatives().size()));
        long goals = plan.goals().goals().stream().filter(g -> g.year() == year).count();
        texts.put("goals", DocumentWords.of("doc.annualReport.planenHarMalForMaluppfyllelsen", goals, year));
        texts.put("initiatives", funded.isEmpty() ? DocumentWords.of("doc.annualReport.forbundetFinansieradeIngaInsatserMed", year)
                : DocumentWords.of("doc.annualReport.forbundetFinansieradeUnderAret", String.join(", ", funded.stream().map(se.samordna.plan.Initiative::name).toList())));
        AnnualAccounts.IncomeStatement s = a.incomeStatement();
        Money closing = a.balanceSheet().equity().closing();
        StringBuilder economy = new StringBuilder(a.budgetResult() == null
                ? DocumentWords.of("doc.annualReport.result", MoneyFormat.kronor(s.result()))
                : DocumentWords.of("doc.annualReport.resultAgainstBudget", MoneyFormat.kronor(s.result()), MoneyFormat.kronor(a.budgetResult()),
                        MoneyFormat.kronor(s.result().minus(a.budgetResult()))));
        economy.append(' ').append(a.ceiling() == null
                ? DocumentWords.of("doc.annualReport.equityAndFloor", MoneyFormat.kronor(closing), MoneyFormat.kronor(a.floor()))
                : DocumentWords.of("doc.annualReport.equityCeilingAndFloor", MoneyFormat.kronor(closing), MoneyFormat.kronor(a.ceiling()),
                        MoneyFormat.kronor(a.floor())));
        if (a.ceiling() != null && closing.greaterThan(a.ceiling())) {
            economy.append(' ').append(DocumentWords.of("doc.annualReport.egetKapitalLiggerOverTaket"));
        } else if (closing.lessThan(a.floor())) {
            economy.append(' ').append(DocumentWords.of("doc.annualReport.egetKapitalLiggerUnderGolvet"));
        }
        texts.put("deviation", economy.toString());
        texts.put("outlook", DocumentWords.of("doc.annualReport.verksamhetenKommandeArFoljerDen"));
        return texts;
    }

    static String title(int year) {
        return DocumentWords.of("doc.annualReport.arsredovisning", year);
    }

    static List<Block> blocks(Plan plan, AnnualAccounts a, AnnualAccounts prior, java.util.Map<String, String> texts, boolean generated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title(a.year())));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.rakenskapsaret01011231", plan.association().name(), a.year(), a.year())));
        if (generated) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.obsBokforingenBakomArsredovisningenAr")));
        }
        if (!a.allChecksPass()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.utkastKontrollernaForeUnderskriftHar")));
        }
        administrationReport(blocks, plan, a, texts);
        incomeStatement(blocks, a, prior);
        balanceSheet(blocks, a, prior);
        cashFlow(blocks, a);
        AnnualNotes.notes(blocks, plan, a, prior);
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.5KontrollerForeUnderskrift")));
        blocks.add(new Block.Bullets(a.checks().stream().map(c -> (c.passed() ? DocumentWords.of("doc.annualReport.godkand") : DocumentWords.of("doc.annualReport.avviker")) + c.message()).toList()));
        traceability(blocks, a);
        signatures(blocks, plan);
        return blocks;
    }

    private static void administrationReport(List<Block> blocks, Plan plan, AnnualAccounts a, java.util.Map<String, String> texts) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.1Forvaltningsberattelse")));
        java.util.Map<String, String> computed = computed(plan, a);
        AnnualTexts.SECTIONS.forEach((section, heading) -> {
            blocks.add(new Block.Heading(3, heading));
            String text = texts.getOrDefault(section, computed.get(section));
            AnnualTexts.paragraphs(text).forEach(p -> blocks.add(new Block.Paragraph(p)));
        });
    }

    private static void incomeStatement(List<Block> blocks, AnnualAccounts a, AnnualAccounts prior) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.2Resultatrakning")));
        List<java.util.function.Function<AnnualAccounts, Money>> figures = List.of(
                x -> x.incomeStatement().income(), x -> x.incomeStatement().costs().negate(),
                x -> x.incomeStatement().income().minus(x.incomeStatement().costs()), x -> x.incomeStatement().financialItems(),
                x -> x.incomeStatement().result());
        List<String> labels = List.of(DocumentWords.of("doc.annualReport.verksamhetensIntakter3xxx"), DocumentWords.of("doc.annualReport.verksamhetensKostnader4xxx7xxx"), DocumentWords.of("doc.annualReport.verksamhetensNettokostnad"),
                DocumentWords.of("doc.annualReport.finansiellaPoster8xxx"), DocumentWords.of("doc.annualReport.aretsResultat"));
        blocks.add(comparing(labels, figures, a, prior, List.of(2, 4)));
    }

    private static void balanceSheet(List<Block> blocks, AnnualAccounts a, AnnualAccounts prior) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.3Balansrakning")));
        List<java.util.function.Function<AnnualAccounts, Money>> figures = List.of(
                x -> x.balanceSheet().assets(), x -> x.balanceSheet().assets(), x -> x.balanceSheet().equity().closing(),
                x -> x.balanceSheet().liabilities(), x -> x.balanceSheet().equityAndLiabilities());
        List<String> labels = List.of(DocumentWords.of("doc.annualReport.tillgangar1xxx"), DocumentWords.of("doc.annualReport.summaTillgangar"), DocumentWords.of("doc.annualReport.egetKapital20xx"), "Skulder (21xx–29xx)",
                DocumentWords.of("doc.annualReport.summaEgetKapitalOchSkulder"));
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
        List<String> headers = prior == null ? List.of(DocumentWords.of("doc.annualReport.post"), String.valueOf(a.year()))
                : List.of(DocumentWords.of("doc.annualReport.post"), String.valueOf(a.year()), DocumentWords.of("doc.annualReport.foregaendeAr", prior.year()));
        return new Block.Table(headers, rows, prior == null ? new boolean[]{false, true} : new boolean[]{false, true, true}, emphasised);
    }

    private static void cashFlow(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(3, DocumentWords.of("doc.annualReport.kassaflodesanalys")));
        AnnualAccounts.CashFlow c = a.cashFlow();
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.post"), DocumentWords.of("doc.annualReport.belopp")), List.of(
                List.of(DocumentWords.of("doc.annualReport.aretsResultat"), MoneyFormat.kronor(c.result())),
                List.of(DocumentWords.of("doc.annualReport.forandringAvFordringarOchAndra"), MoneyFormat.kronor(c.changeInReceivables())),
                List.of(DocumentWords.of("doc.annualReport.forandringAvSkulder"), MoneyFormat.kronor(c.changeInLiabilities())),
                List.of(DocumentWords.of("doc.annualReport.aretsKassaflode"), MoneyFormat.kronor(c.flow())),
                List.of(DocumentWords.of("doc.annualReport.likvidaMedelVidAretsBorjan"), MoneyFormat.kronor(c.cashOpening())),
                List.of(DocumentWords.of("doc.annualReport.likvidaMedelVidAretsSlut"), MoneyFormat.kronor(c.cashClosing()))), new boolean[]{false, true}, List.of(3, 5)));
        if (!c.agrees()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.kassaflodetStammerInteMedForandringen", MoneyFormat.kronor(c.cashClosing().minus(c.cashOpening())))));
        }
    }

    private static void traceability(List<Block> blocks, AnnualAccounts a) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.6KontonBakomSiffrorna")));
        List<List<String>> rows = new ArrayList<>();
        for (String[] part : new String[][]{{"1", DocumentWords.of("doc.annualReport.tillgangar")}, {"2", DocumentWords.of("doc.annualReport.egetKapitalOchSkulder")}, {"3", DocumentWords.of("doc.annualReport.intakter")}, {"4", DocumentWords.of("doc.annualReport.kostnader")},
                {"5", DocumentWords.of("doc.annualReport.kostnader")}, {"6", DocumentWords.of("doc.annualReport.kostnader")}, {"7", DocumentWords.of("doc.annualReport.kostnader")}, {"8", DocumentWords.of("doc.annualReport.finansiellaPoster")}}) {
            for (AnnualAccounts.Account account : a.accountsOf(part[0])) {
                boolean balance = part[0].equals("1") || part[0].equals("2");
                rows.add(List.of(account.number() + " " + account.name(), part[1],
                        MoneyFormat.kronor(new Money(balance ? account.closing() : account.movement()))));
            }
        }
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.konto"), DocumentWords.of("doc.annualReport.del"), DocumentWords.of("doc.annualReport.saldoAretsRorelseDebet")), rows, new boolean[]{false, false, true}, List.of()));
    }

    private static void signatures(List<Block> blocks, Plan plan) {
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.annualReport.underskrifter")));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.annualReport.ortOchDatum")));
        List<List<String>> rows = new ArrayList<>();
        for (Member member : plan.members()) {
            rows.add(List.of(member.boardOrdinary() == null ? "" : member.boardOrdinary(), member.name(), "______________________________"));
        }
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.annualReport.ledamot"), DocumentWords.of("doc.annualReport.utseddAv"), DocumentWords.of("doc.annualReport.underskrift")), rows, new boolean[]{false, false, false}, List.of()));
    }
}
