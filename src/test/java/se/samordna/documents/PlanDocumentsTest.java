package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import se.samordna.plan.BudgetTable;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.Seeds;

/** Each seed association's plan as the board's documents, looked at and read back. */
class PlanDocumentsTest {

    @Test
    void aYearColumnTheTreasurerAddedIsRefusedNamingItNeverSilentlyDropped() throws Exception {
        // Södra Dalarna's workbook has 2024 and 2025; someone adds 2026 by hand.
        byte[] xlsx = BudgetWorkbook.write(Seeds.plan("sodra-dalarna-2025.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = book.getSheet("Budget").getRow(3);
            int next = header.getLastCellNum();
            header.createCell(next).setCellValue("2026");
            book.getSheet("Budget").getRow(5).createCell(next).setCellValue(50);
            book.write(out);
        }

        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> BudgetWorkbook.read(out.toByteArray()));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("Budget!" + (char) ('A' + 7) + "4");
            assertThat(p.message()).contains("Kolumnen '2026' finns inte i planen").contains("[2024, 2025]");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void thePdfHoldsTheBudgetTotalsExactlyAsTheBudgetPageShowsThem(String file) throws Exception {
        Plan plan = Seeds.plan(file);
        BudgetTable table = BudgetTable.of(plan, plan.budget().unit(), 0);

        byte[] pdf = PlanDocuments.pdf(plan);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text.replaceAll("\\s+", " ")).contains(plan.association().name()).contains(PlanDocument.title(plan));
            for (BudgetTable.Row row : table.summary().subList(0, 3)) {
                String printed = String.join(" ", row.cells().stream().map(c -> c.text().replace('\u00a0', ' ')).toList());
                assertThat(text.replaceAll("\\s+", " ")).as("%s %s", file, row.key()).contains(printed);
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
            Path out = Files.createDirectories(Path.of("target/screenshots/documents"));
            ImageIO.write(page, "png", out.resolve(file.replace(".yaml", "-page1.png")).toFile());
            assertThat(page.getWidth()).isGreaterThan(400);
        }
    }

    @Test
    void aPlanDocumentComputesThePlansFiguresOnce() throws Exception {
        Plan plan = Seeds.plan("ornskoldsvik-2025.yaml");
        long before = se.samordna.plan.PlanFigures.computations();
        PlanDocuments.pdf(plan);
        assertThat(se.samordna.plan.PlanFigures.computations() - before).as("the checks, the tables and the overview read one computation")
                .isEqualTo(1);
    }

    @Test
    void sodraDalarnasMultiYearOverviewIsPrintedFrom2022To2028AsTheSeedHasIt() throws Exception {
        Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");

        try (PDDocument document = Loader.loadPDF(PlanDocuments.pdf(plan))) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Flerårsöversikt");
            // Every year as the board adopted it (2025's equity at year end 400 tkr, as the seed prints it); Samordna's
            // computation from the lines (384 tkr) stands beside it in a table marked as Samordna's, with the difference noted.
            assertThat(text).contains("2022 2023 2024 2025").contains("Budget Budget Prognos Budget");
            assertThat(text).contains("Eget kapital vid årets slut 1 496 tkr 1 657 tkr 700 tkr 400 tkr 400 tkr 400 tkr 400 tkr");
            assertThat(text).contains("Beräknat av Samordna ur budgetens rader").contains("Eget kapital vid årets slut 384 tkr")
                    .contains("eget kapital vid årets slut anges till 400 tkr, raderna ger 384 tkr");
        }
    }

    @Test
    void theDocxCarriesTheSameBudgetTable() throws Exception {
        Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(PlanDocuments.docx(plan)))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText().replace('\u00a0', ' ');
            assertThat(text).contains("Södra Dalarnas Samordningsförbund").contains("Samverkansteam Avesta").contains("6 885")
                    .contains("680 240 kr");
            // Editable in Word: the plan's own sections as real headings, every table in one table style the office can change.
            assertThat(docx.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading2");
                assertThat(p.getText()).isEqualTo("3 Verksamhetsinriktning 2025–2028");
            });
            assertThat(docx.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading3");
                assertThat(p.getText()).isEqualTo("Integrerad samverkan");
            });
            assertThat(docx.getStyles().styleExist("SamordnaTabell")).isTrue();
            assertThat(docx.getTables()).isNotEmpty().allSatisfy(t -> assertThat(t.getStyleID()).isEqualTo("SamordnaTabell"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void exportingTheBudgetWorkbookAndReadingItBackChangesNothing(String file) {
        Plan plan = Seeds.plan(file);

        assertThat(BudgetWorkbook.read(BudgetWorkbook.write(plan))).isEqualTo(plan);
    }

    @Test
    void theWorkbookHasLiveFormulasAndAnEditInExcelIsReadBack() throws Exception {
        Plan plan = Seeds.plan("vasterbergslagen-2025.yaml");
        byte[] xlsx = BudgetWorkbook.write(plan);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Budget");
            assertThat(sheet.getRow(7).getCell(5).getCellFormula()).startsWith("SUMIF(");
            assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Styrelsen");
            sheet.getRow(9).getCell(5).setCellValue(200);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            Plan edited = BudgetWorkbook.read(out.toByteArray());
            assertThat(edited.budget().groups().get(1).lines().get(0).amount(2025)).isEqualTo(se.samordna.shared.Money.ofTkr(200));
        }
    }

    @Test
    void aBadWorkbookIsRefusedWithEveryErrorByCell() throws Exception {
        byte[] xlsx = BudgetWorkbook.write(Seeds.plan("vasterbergslagen-2025.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Budget");
            sheet.getRow(9).getCell(5).setCellValue("tvåhundra");
            sheet.getRow(10).getCell(6).setCellValue(-5);
            sheet.getRow(11).getCell(1).setCellValue("Ekonomi och lön");
            book.write(out);
        }

        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> BudgetWorkbook.read(out.toByteArray()));

        assertThat(e.problems()).extracting(PlanFileException.Problem::path).containsExactly("Budget!F10", "Budget!G11", "Budget!B12");
        assertThat(e.problems().get(0).message()).contains("'tvåhundra' är inget belopp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void theWorkbooksOwnFormulasGiveTheSameTotalsAsSamordna(String file) throws Exception {
        Plan plan = Seeds.plan(file);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(BudgetWorkbook.write(plan)))) {
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            var sheet = book.getSheet("Budget");
            java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
            sheet.forEach(r -> {
                if (r.getCell(1) != null && r.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    rows.put(r.getCell(1).getStringCellValue(), r);
                }
            });
            var years = plan.budget().years().stream().map(Plan.BudgetYear::year).sorted().toList();
            java.math.BigDecimal unit = java.math.BigDecimal.valueOf("tkr".equals(plan.budget().unit()) ? 1000 : 1);
            for (var figures : se.samordna.plan.PlanFigures.of(plan).years()) {
                int column = 5 + years.indexOf(figures.year());
                for (var expected : java.util.Map.of("Intäkter totalt", figures.income(), "Kostnader totalt", figures.costs(),
                        "Resultat", figures.result()).entrySet()) {
                    double value = rows.get(expected.getKey()).getCell(column).getNumericCellValue();
                    assertThat(value).as("%s %s %d", file, expected.getKey(), figures.year())
                            .isCloseTo(expected.getValue().exactKronor().divide(unit).doubleValue(), org.assertj.core.data.Offset.offset(0.001));
                }
            }
        }
    }
}
