package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samordna.plan.LineType;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import se.samordna.shared.Money;

/**
 * The three-year budget as an XLSX workbook a treasurer continues in Excel: one row per line with its
 * amounts per year, subtotals and totals as live formulas, result and equity computed by formulas. The rest
 * of the plan rides along in a hidden sheet, so converting to XLSX and back changes nothing. Reading is all or
 * nothing: every problem is reported with its cell.
 */
public final class BudgetWorkbook {

    static final String BUDGET = DocumentWords.of("doc.budgetWorkbook.budget");
    static final String PLAN = "samordna";
    static final int FIRST_YEAR_COLUMN = 5;
    static final int HEADER_ROW = 3;

    private BudgetWorkbook() {
    }

    static final String VERSION_PROPERTY = "samordna-plan-version";

    /** The workbook is the board's Swedish document: type and category in words, never as codes (read back from the plan). */
    private static final java.util.Map<se.samordna.plan.LineType, String> TYPE_LABELS = java.util.Map.of(
            se.samordna.plan.LineType.CONTRIBUTION, DocumentWords.of("doc.budgetWorkbook.medlemsbidrag"), se.samordna.plan.LineType.OTHER_INCOME, DocumentWords.of("doc.budgetWorkbook.ovrigIntakt"),
            se.samordna.plan.LineType.EQUITY_USE, DocumentWords.of("doc.budgetWorkbook.egetKapitalInteIntakt"), se.samordna.plan.LineType.COST, DocumentWords.of("doc.budgetWorkbook.kostnad"));
    /** The type column's words, which the sheet's own SUMIF formulas select lines by. */
    private static final String COST = TYPE_LABELS.get(se.samordna.plan.LineType.COST);
    private static final String CONTRIBUTION = TYPE_LABELS.get(se.samordna.plan.LineType.CONTRIBUTION);
    private static final String OTHER_INCOME = TYPE_LABELS.get(se.samordna.plan.LineType.OTHER_INCOME);
    private static final java.util.Map<se.samordna.plan.CostCategory, String> CATEGORY_LABELS = java.util.Map.of(
            se.samordna.plan.CostCategory.ADMINISTRATION, DocumentWords.of("doc.budgetWorkbook.administration"), se.samordna.plan.CostCategory.INDIVIDUAL, DocumentWords.of("doc.budgetWorkbook.individinriktadInsats"),
            se.samordna.plan.CostCategory.STRUCTURAL, DocumentWords.of("doc.budgetWorkbook.strukturovergripandeInsats"), se.samordna.plan.CostCategory.PROCESS_SUPPORT, DocumentWords.of("doc.budgetWorkbook.processtod"),
            se.samordna.plan.CostCategory.UNALLOCATED, DocumentWords.of("doc.budgetWorkbook.ofordeladeMedel"));

    public static byte[] write(Plan plan) {
        return write(plan, null);
    }

    /**
     * The workbook of a stored plan carries the version it was exported from, so importing it later is a save from that
     * version: merged when the budget has not changed since, refused naming the budget when it has (never a silent revert).
     */
    public static byte[] write(Plan plan, Long version) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (version != null) {
                book.getProperties().getCustomProperties().addProperty(VERSION_PROPERTY, version.toString());
            }
            Sheet sheet = book.createSheet(BUDGET);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Plan.Budget budget = plan.budget();
            List<Integer> years = budget.years().stream().map(Plan.BudgetYear::year).sorted().toList();
            header(sheet, plan, years, bold);
            int firstLineRow = HEADER_ROW + 1;
            int r = firstLineRow;
            for (Plan.LineGroup group : budget.groups()) {
                r = group(sheet, plan, group, years, r, bold);
            }
            totals(sheet, budget, years, firstLineRow, r - 1, bold);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            sheet.setColumnWidth(3, 18 * 256);
            sheet.setColumnWidth(4, 24 * 256);
            for (int y = 0; y < years.size(); y++) {
                sheet.setColumnWidth(FIRST_YEAR_COLUMN + y, 14 * 256);
            }
            Sheet hidden = book.createSheet(PLAN);
            String[] lines = PlanFiles.writeYaml(plan).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                hidden.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            book.setSheetVisibility(book.getSheetIndex(PLAN), SheetVisibility.VERY_HIDDEN);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(DocumentWords.of("doc.budgetWorkbook.couldNotWriteTheWorkbook"), e);
        }
    }

    private static void header(Sheet sheet, Plan plan, List<Integer> years, CellStyle bold) {
        text(sheet, 0, 0, "Budget – " + plan.association().name(), bold);
        text(sheet, 1, 0, DocumentWords.of("doc.budgetWorkbook.beloppIKostnaderOchIntakter", plan.budget().unit()), null);
        String[] headers = {"Nr", DocumentWords.of("doc.budgetWorkbook.rad"), DocumentWords.of("doc.budgetWorkbook.typ"), DocumentWords.of("doc.budgetWorkbook.kategori"), DocumentWords.of("doc.budgetWorkbook.insats")};
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, bold).setCellValue(headers[c]);
        }
        for (int y = 0; y < years.size(); y++) {
            cell(header, FIRST_YEAR_COLUMN + y, bold).setCellValue(String.valueOf(years.get(y)));
        }
    }

    /** A group's title row, its lines and its subtotal (live SUMIF formulas by line type); returns the next free row. */
    private static int group(Sheet sheet, Plan plan, Plan.LineGroup group, List<Integer> years, int firstRow, CellStyle bold) {
        String unit = plan.budget().unit();
        int r = firstRow;
        Row groupRow = sheet.createRow(r++);
        cell(groupRow, 1, bold).setCellValue(group.name());
        int first = r;
        for (Plan.BudgetLine line : group.lines()) {
            line(sheet.createRow(r++), line, plan.initiativeOf(line).map(se.samordna.plan.Initiative::name).orElse(line.initiative()),
                    years, unit);
        }
        int last = r - 1;
        Row subtotal = sheet.createRow(r++);
        cell(subtotal, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.summa", group.name()));
        boolean incomeGroup = group.type() != LineType.COST;
        for (int y = 0; y < years.size(); y++) {
            String col = CellReference.convertNumToColString(FIRST_YEAR_COLUMN + y);
            String types = "$C$" + (first + 1) + ":$C$" + (last + 1);
            String amounts = col + (first + 1) + ":" + col + (last + 1);
            String costs = "SUMIF(" + types + ",\"" + COST + "\"," + amounts + ")";
            String others = "SUMIF(" + types + ",\"<>" + COST + "\"," + amounts + ")";
            Cell c = cell(subtotal, FIRST_YEAR_COLUMN + y, bold);
            if (group.lines().isEmpty()) {
                c.setCellValue(0);
            } else {
                c.setCellFormula(incomeGroup ? others + "-" + costs : costs + "-" + others);
            }
        }
        return r;
    }

    /** A line's row; {@code initiative} is the name of the initiative it funds (the workbook is read by people). */
    private static void line(Row row, Plan.BudgetLine line, String initiative, List<Integer> years, String unit) {
        if (line.ref() != null) {
            row.createCell(0).setCellValue(line.ref());
        }
        row.createCell(1).setCellValue(line.name());
        row.createCell(2).setCellValue(TYPE_LABELS.get(line.type()));
        if (line.category() != null) {
            row.createCell(3).setCellValue(CATEGORY_LABELS.get(line.category()));
        }
        if (initiative != null) {
            row.createCell(4).setCellValue(initiative);
        }
        for (int y = 0; y < years.size(); y++) {
            Money amount = line.amounts().get(years.get(y));
            if (amount != null) {
                row.createCell(FIRST_YEAR_COLUMN + y).setCellValue(number(amount, unit).doubleValue());
            }
        }
    }

    /** Income, costs, result and equity at the start and end of each year, below the groups, as live formulas. */
    private static void totals(Sheet sheet, Plan.Budget budget, List<Integer> years, int firstLineRow, int lastLineRow, CellStyle bold) {
        int r = lastLineRow + 2;
        String typeRange = "$C$" + (firstLineRow + 1) + ":$C$" + (lastLineRow + 1);
        int incomeRow = r;
        Row income = sheet.createRow(r++);
        cell(income, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.intakterTotalt"));
        Row costsRow = sheet.createRow(r++);
        cell(costsRow, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.kostnaderTotalt"));
        Row result = sheet.createRow(r++);
        cell(result, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.resultat"));
        Row start = sheet.createRow(r++);
        cell(start, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.egetKapitalVidAretsBorjan"));
        Row end = sheet.createRow(r);
        cell(end, 1, bold).setCellValue(DocumentWords.of("doc.budgetWorkbook.egetKapitalVidAretsSlut"));
        Plan.EquityStart equityStart = budget.equityStart();
        for (int y = 0; y < years.size(); y++) {
            String col = CellReference.convertNumToColString(FIRST_YEAR_COLUMN + y);
            String amounts = col + (firstLineRow + 1) + ":" + col + (lastLineRow + 1);
            cell(income, FIRST_YEAR_COLUMN + y, bold).setCellFormula("SUMIF(" + typeRange + ",\"" + CONTRIBUTION + "\"," + amounts + ")+SUMIF("
                    + typeRange + ",\"" + OTHER_INCOME + "\"," + amounts + ")");
            cell(costsRow, FIRST_YEAR_COLUMN + y, bold).setCellFormula("SUMIF(" + typeRange + ",\"" + COST + "\"," + amounts + ")");
            cell(result, FIRST_YEAR_COLUMN + y, bold).setCellFormula(col + (incomeRow + 1) + "-" + col + (incomeRow + 2));
            if (equityStart != null && years.get(y) >= equityStart.year()) {
                if (years.get(y) == equityStart.year()) {
                    cell(start, FIRST_YEAR_COLUMN + y, bold).setCellValue(number(equityStart.amount(), budget.unit()).doubleValue());
                } else {
                    String previous = CellReference.convertNumToColString(FIRST_YEAR_COLUMN + y - 1);
                    cell(start, FIRST_YEAR_COLUMN + y, bold).setCellFormula(previous + (incomeRow + 5));
                }
                cell(end, FIRST_YEAR_COLUMN + y, bold).setCellFormula(col + (incomeRow + 4) + "+" + col + (incomeRow + 3));
            }
        }
    }

    /** Reads a workbook Samordna wrote back into a plan, all or nothing, every problem named by its cell ({@link BudgetWorkbookReader}). */
    public static Plan read(byte[] xlsx) {
        checkUnpackedSize(xlsx);
        return BudgetWorkbookReader.read(xlsx);
    }

    /** The plan version a workbook was exported from, if Samordna wrote it from a stored plan. */
    public static java.util.OptionalLong version(byte[] xlsx) {
        checkUnpackedSize(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var property = book.getProperties().getCustomProperties().getProperty(VERSION_PROPERTY);
            if (property == null || property.getLpwstr() == null || !property.getLpwstr().matches("\\d{1,18}")) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(Long.parseLong(property.getLpwstr()));
        } catch (IOException | RuntimeException e) {
            throw problem(DocumentWords.of("doc.budgetWorkbook.filenArIngenXlsxArbetsbok"));
        }
    }

    /** Largest a workbook may be when unpacked; one Samordna writes for a seed plan is well under 1 MB. */
    static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
    /** Largest a workbook file may be: no larger than it may be unpacked. */
    public static final int MAX_FILE_BYTES = (int) MAX_UNPACKED_BYTES;
    static final long MAX_SHARED_STRINGS_BYTES = 4L * 1024 * 1024;
    static final int MAX_ENTRIES = 200;

    /**
     * Unpacks the file once as a stream, counting the bytes actually read, before POI holds any of it in memory: a zip
     * bomb or a sheet of hundreds of thousands of strings is refused at the limit.
     */
    private static void checkUnpackedSize(byte[] xlsx) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw problem(DocumentWords.of("doc.budgetWorkbook.arbetsbokenHarForMangaDelar", MAX_ENTRIES));
                }
                long entryBytes = 0;
                boolean strings = entry.getName().endsWith("sharedStrings.xml");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    entryBytes += n;
                    total += n;
                    if (total > MAX_UNPACKED_BYTES || (strings && entryBytes > MAX_SHARED_STRINGS_BYTES)) {
                        throw problem(DocumentWords.of("doc.budgetWorkbook.arbetsbokenArForStorUppackad", MAX_UNPACKED_BYTES / 1024 / 1024, MAX_SHARED_STRINGS_BYTES / 1024 / 1024));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw problem(DocumentWords.of("doc.budgetWorkbook.filenArIngenXlsxArbetsbok"));
        }
        if (entries == 0) {
            throw problem(DocumentWords.of("doc.budgetWorkbook.filenArIngenXlsxArbetsbok"));
        }
    }

    static PlanFileException problem(String message) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", message)));
    }

    static PlanFileException.Problem at(int row, int column, String message) {
        return new PlanFileException.Problem(0, BUDGET + "!" + new CellReference(row, column).formatAsString(false), message);
    }

    static String text(Row row, int column) {
        if (row == null || row.getCell(column) == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = sheet.createRow(row).createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private static BigDecimal number(Money amount, String unit) {
        BigDecimal kronor = amount.exactKronor();
        return ("tkr".equals(unit) ? kronor.movePointLeft(3) : kronor).stripTrailingZeros();
    }
}
