package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * The annual report from a hand-made ledger (src/test/resources/sie/testforbundet-2025.se), its figures worked out by
 * hand: 1 200 000 kr in contributions, 45 000 kr salary and 12 500,50 kr consultancy; 500 000 kr in the bank and as
 * equity at the start, the result not yet booked to equity.
 */
class AnnualReportCommandTest {

    static final String PLAN = "examples/plans/vasterbergslagen-2025.yaml";
    static final String LEDGER = "src/test/resources/sie/testforbundet-2025.se";

    @Test
    @SuppressWarnings("unchecked")
    void theStatementsOfAHandMadeLedgerAreTheFiguresWorkedOutByHand() {
        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run("annual-report", PLAN, LEDGER, "--year", "2025", "--json");

        assertThat(run.exit()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        Map<String, Object> statement = (Map<String, Object>) json.get("incomeStatement");
        assertThat(((Number) statement.get("income")).doubleValue()).isEqualTo(1_200_000.0);
        assertThat(((Number) statement.get("costs")).doubleValue()).isEqualTo(57_500.5);
        assertThat(((Number) statement.get("financialItems")).doubleValue()).isEqualTo(0.0);
        // 1 200 000 − 45 000 − 12 500,50
        assertThat(((Number) statement.get("result")).doubleValue()).isEqualTo(1_142_499.5);
        Map<String, Object> balance = (Map<String, Object>) json.get("balanceSheet");
        // The bank: 500 000 + 1 200 000 − 45 000 − 12 500,50
        assertThat(((Number) balance.get("assets")).doubleValue()).isEqualTo(1_642_499.5);
        Map<String, Object> equity = (Map<String, Object>) balance.get("equity");
        assertThat(((Number) equity.get("opening")).doubleValue()).isEqualTo(500_000.0);
        assertThat(((Number) equity.get("result")).doubleValue()).isEqualTo(1_142_499.5);
        assertThat(((Number) equity.get("closing")).doubleValue()).isEqualTo(1_642_499.5);
        assertThat(((Number) balance.get("liabilities")).doubleValue()).isEqualTo(0.0);
        assertThat(((Number) balance.get("equityAndLiabilities")).doubleValue()).isEqualTo(1_642_499.5);
        List<Map<String, Object>> checks = (List<Map<String, Object>>) json.get("checks");
        assertThat(checks).filteredOn(c -> c.get("code").equals("BALANCE_SHEET_BALANCES")).singleElement()
                .satisfies(c -> assertThat(c.get("passed")).isEqualTo(true));
        assertThat(checks).filteredOn(c -> c.get("code").equals("EQUITY_CHAIN")).singleElement()
                .satisfies(c -> assertThat(c.get("passed")).isEqualTo(true));
        // Västerbergslagen's plan allocates 4 408 000 kr; this ledger books 1 200 000 on 30xx: the check names both.
        assertThat(checks).filteredOn(c -> c.get("code").equals("CONTRIBUTIONS")).singleElement().satisfies(c -> {
            assertThat(c.get("passed")).isEqualTo(false);
            assertThat((String) c.get("message"))
                    .contains(se.samordna.shared.MoneyFormat.kronor(se.samordna.shared.Money.ofKronor(1_200_000)))
                    .contains(se.samordna.shared.MoneyFormat.kronor(se.samordna.shared.Money.ofKronor(4_408_000)));
        });
    }

    @Test
    void theCashFlowIsTheResultWhenNothingButTheBankMoved() throws Exception {
        se.samordna.ledger.sie.SieFile sie;
        try (var in = Files.newInputStream(Path.of(LEDGER))) {
            sie = se.samordna.ledger.sie.SieReader.read(in);
        }
        se.samordna.ledger.accounts.AnnualAccounts accounts = se.samordna.ledger.accounts.AnnualAccounts.of(
                se.samordna.ledger.accounts.AnnualAccounts.accounts(sie), se.samordna.plan.PlanFiles.read(Files.readString(Path.of(PLAN))), 2025);
        // No receivables, no liabilities: the year's cash flow is the result, 1 142 499,50, and the bank moved by as much.
        assertThat(accounts.cashFlow().flow().ore()).isEqualTo(114_249_950L);
        assertThat(accounts.cashFlow().cashClosing().minus(accounts.cashFlow().cashOpening()).ore()).isEqualTo(114_249_950L);
        assertThat(accounts.cashFlow().agrees()).isTrue();
        // The administration report's computed paragraph on the economy says it in whole sentences.
        String economy = se.samordna.documents.AnnualReport.computed(se.samordna.plan.PlanFiles.read(Files.readString(Path.of(PLAN))), accounts)
                .get("deviation");
        assertThat(economy).startsWith("Årets resultat är " + se.samordna.shared.MoneyFormat.kronor(accounts.incomeStatement().result()))
                .contains(". Eget kapital vid årets slut är " + se.samordna.shared.MoneyFormat.kronor(accounts.balanceSheet().equity().closing()))
                .contains(" och golvet ").doesNotContain("  ").doesNotContain(".Eget");

        // The association puts its consultancy account 6550 among the financial items instead: costs 45 000, financial
        // items −12 500,50, the same result.
        se.samordna.ledger.accounts.AnnualAccounts adjusted = se.samordna.ledger.accounts.AnnualAccounts.of(
                se.samordna.ledger.accounts.AnnualAccounts.accounts(sie), se.samordna.plan.PlanFiles.read(Files.readString(Path.of(PLAN))), 2025,
                Map.of("6550", se.samordna.ledger.accounts.AnnualAccounts.Part.FINANCIAL));
        assertThat(adjusted.incomeStatement().costs().ore()).isEqualTo(4_500_000L);
        assertThat(adjusted.incomeStatement().financialItems().ore()).isEqualTo(-1_250_050L);
        assertThat(adjusted.incomeStatement().result()).isEqualTo(accounts.incomeStatement().result());
    }

    @Test
    void theDocumentIsWrittenAndAWrongYearOrFileExitsTwo(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("arsredovisning.pdf");
        assertThat(PlanCheckCommandTest.run("annual-report", PLAN, LEDGER, "--year", "2025", "--format", "pdf", "--out", pdf.toString()).exit()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Årsredovisning 2025").contains("Resultaträkning").contains("Balansräkning").contains("Underskrifter")
                    .contains("3010 Medlemsbidrag").contains("Kassaflödesanalys");
            Path images = Files.createDirectories(Path.of("target/screenshots/documents"));
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        images.resolve("annual-report-2025-page-" + (page + 1) + ".png").toFile());
            }
        }
        Path docx = dir.resolve("arsredovisning.docx");
        assertThat(PlanCheckCommandTest.run("annual-report", PLAN, LEDGER, "--year", "2025", "--format", "docx", "--out", docx.toString()).exit()).isZero();
        // Real Word headings (with outline levels) and a table of contents Word fills in, so the office can finish it in Word.
        try (var in = Files.newInputStream(docx); var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(word.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
            assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading2"));
            assertThat(word.getDocument().xmlText()).contains("TOC \\o &quot;1-3&quot;");
        }
        PlanCheckCommandTest.Run wrongYear = PlanCheckCommandTest.run("annual-report", PLAN, LEDGER, "--year", "2024", "--json");
        assertThat(wrongYear.exit()).isEqualTo(2);
        assertThat(wrongYear.err()).contains("räkenskapsåret 2025-01-01–2025-12-31, inte 2024");
        assertThat(PlanCheckCommandTest.run("annual-report", PLAN, dir.resolve("saknas.se").toString(), "--year", "2025").exit()).isEqualTo(2);
    }

    @Test
    void theYearBeforeIsPrintedFromTheFilesPreviousYearRecords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("med-foregaende-ar.se");
        byte[] ledger = Files.readAllBytes(Path.of(LEDGER));
        byte[] extra = "#RES -1 3010 -4100000.00\r\n#UB -1 1930 980000.00\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] both = java.util.Arrays.copyOf(ledger, ledger.length + extra.length);
        System.arraycopy(extra, 0, both, ledger.length, extra.length);
        Files.write(file, both);
        Path pdf = dir.resolve("arsredovisning.pdf");
        assertThat(PlanCheckCommandTest.run("annual-report", PLAN, file.toString(), "--year", "2025", "--format", "pdf", "--out", pdf.toString()).exit()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Föregående år (2024)").contains("4 100 000").contains("980 000");
        }
    }

    @Test
    void theNotesFollowTheNationalTemplateAndEachAddsUpToItsStatement(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("arsredovisning.pdf");
        assertThat(PlanCheckCommandTest.run("annual-report", PLAN, LEDGER, "--year", "2025", "--format", "pdf", "--out", pdf.toString()).exit()).isZero();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
        String notes = text.substring(text.indexOf("4 Noter"), text.indexOf("5 Kontroller före underskrift"));
        // The template's notes in order, numbered.
        assertThat(notes).containsSubsequence("Not 1 Redovisningsprinciper", "Not 2 Verksamhetens intäkter", "Not 3 Verksamhetens kostnader",
                "Not 4 Fordringar samt kassa och bank", "Not 5 Eget kapital", "Not 6 Kortfristiga skulder");
        // Income: the one contribution account, summing to the income statement's 1 200 000 kr.
        assertThat(notes).containsSubsequence("3010 Medlemsbidrag 1 200 000 kr", "Summa 1 200 000 kr");
        // Costs by kind (whole kronor, as the statements print them): 6550 under the other external costs (12 500,50),
        // 7010 under staff, summing to the statement's 57 500,50.
        assertThat(notes).containsSubsequence("Övriga externa kostnader (5xxx–6xxx) 12 501 kr", "6550 Konsultarvoden 12 501 kr",
                "Personalkostnader (7xxx) 45 000 kr", "7010 Löner 45 000 kr", "Summa 57 501 kr");
        // Cash and bank: the bank account at 1 642 499,50 kr, the balance sheet's assets.
        assertThat(notes).containsSubsequence("Kassa och bank (19xx) 1 642 500 kr", "1930 Företagskonto 1 642 500 kr", "Summa tillgångar 1 642 500 kr");
        // Equity: 500 000 + 1 142 499,50 = 1 642 499,50; no liabilities.
        assertThat(notes).containsSubsequence("Ingående eget kapital 500 000 kr", "Årets resultat 1 142 500 kr", "Utgående eget kapital 1 642 500 kr",
                "Not 6 Kortfristiga skulder", "Summa 0 kr");
    }
}
