package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samordna.plan.budget.LineType;
import se.samordna.plan.Plan;
import se.samordna.plan.file.PlanFileException;
import se.samordna.plan.file.PlanFiles;
import se.samordna.shared.Money;

/**
 * The three-year budget as an XLSX workbook a treasurer continues in Excel: one row per line with its
 * amounts per year, subtotals and totals as live formulas, result and equity computed by formulas. The rest
 * of the plan rides along in a hidden sheet, so converting to XLSX and back changes nothing. Reading is all or
 * nothing: every problem is reported with its cell.
 */
public final class BudgetWorkbook {

    static final String BUDGET = "Budget";
    static final String PLAN = "samordna";
    private static final int FIRST_YEAR_COLUMN = 5;
    private static final int HEADER_ROW = 3;

    private BudgetWorkbook() {
    }

    static final String VERSION_PROPERTY = "samordna-plan-version";

    /** The workbook is the board's Swedish document: type and category in words, never as codes (read back from the plan). */
    private static final java.util.Map<se.samordna.plan.budget.LineType, String> TYPE_LABELS = java.util.Map.of(
            se.samordna.plan.budget.LineType.CONTRIBUTION, "Medlemsbidrag", se.samordna.plan.budget.LineType.OTHER_INCOME, "Övrig intäkt",
            se.samordna.plan.budget.LineType.EQUITY_USE, "Eget kapital (inte intäkt)", se.samordna.plan.budget.LineType.COST, "Kostnad");
    /** The type column's words, which the sheet's own SUMIF formulas select lines by. */
    private static final String COST = TYPE_LABELS.get(se.samordna.plan.budget.LineType.COST);
    private static final String CONTRIBUTION = TYPE_LABELS.get(se.samordna.plan.budget.LineType.CONTRIBUTION);
    private static final String OTHER_INCOME = TYPE_LABELS.get(se.samordna.plan.budget.LineType.OTHER_INCOME);
    private static final java.util.Map<se.samordna.plan.budget.CostCategory, String> CATEGORY_LABELS = java.util.Map.of(
            se.samordna.plan.budget.CostCategory.ADMINISTRATION, "Administration", se.samordna.plan.budget.CostCategory.INDIVIDUAL, "Individinriktad insats",
            se.samordna.plan.budget.CostCategory.STRUCTURAL, "Strukturövergripande insats", se.samordna.plan.budget.CostCategory.PROCESS_SUPPORT, "Processtöd",
            se.samordna.plan.budget.CostCategory.UNALLOCATED, "Ofördelade medel");

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
            text(sheet, 0, 0, "Budget – " + plan.association().name(), bold);
            text(sheet, 1, 0, "Belopp i " + budget.unit() + ". Kostnader och intäkter skrivs utan minustecken; typen avgör tecknet.", null);
            String[] headers = {"Nr", "Rad", "Typ", "Kategori", "Insats"};
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.length; c++) {
                cell(header, c, bold).setCellValue(headers[c]);
            }
            for (int y = 0; y < years.size(); y++) {
                cell(header, FIRST_YEAR_COLUMN + y, bold).setCellValue(String.valueOf(years.get(y)));
            }
            int r = HEADER_ROW + 1;
            int firstLineRow = r;
            for (Plan.LineGroup group : budget.groups()) {
                Row groupRow = sheet.createRow(r++);
                cell(groupRow, 1, bold).setCellValue(group.name());
                int first = r;
                for (Plan.BudgetLine line : group.lines()) {
                    Row row = sheet.createRow(r++);
                    if (line.ref() != null) {
                        row.createCell(0).setCellValue(line.ref());
                    }
                    row.createCell(1).setCellValue(line.name());
                    row.createCell(2).setCellValue(TYPE_LABELS.get(line.type()));
                    if (line.category() != null) {
                        row.createCell(3).setCellValue(CATEGORY_LABELS.get(line.category()));
                    }
                    if (line.initiative() != null) {
                        row.createCell(4).setCellValue(line.initiative());
                    }
                    for (int y = 0; y < years.size(); y++) {
                        Money amount = line.amounts().get(years.get(y));
                        if (amount != null) {
                            row.createCell(FIRST_YEAR_COLUMN + y).setCellValue(number(amount, budget.unit()).doubleValue());
                        }
                    }
                }
                int last = r - 1;
                Row subtotal = sheet.createRow(r++);
                cell(subtotal, 1, bold).setCellValue("Summa " + group.name());
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
            }
            int lastLineRow = r - 1;
            r++;
            String typeRange = "$C$" + (firstLineRow + 1) + ":$C$" + (lastLineRow + 1);
            int incomeRow = r;
            Row income = sheet.createRow(r++);
            cell(income, 1, bold).setCellValue("Intäkter totalt");
            Row costsRow = sheet.createRow(r++);
            cell(costsRow, 1, bold).setCellValue("Kostnader totalt");
            Row result = sheet.createRow(r++);
            cell(result, 1, bold).setCellValue("Resultat");
            Row start = sheet.createRow(r++);
            cell(start, 1, bold).setCellValue("Eget kapital vid årets början");
            Row end = sheet.createRow(r++);
            cell(end, 1, bold).setCellValue("Eget kapital vid årets slut");
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
            throw new IllegalStateException("Could not write the workbook", e);
        }
    }

    /** Reads a workbook written by {@link #write} (and edited in Excel): the amounts of its Budget sheet, the rest from the plan it carries. */
    public static Plan read(byte[] xlsx) {
        List<PlanFileException.Problem> problems = new ArrayList<>();
        checkUnpackedSize(xlsx);
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet hidden = book.getSheet(PLAN);
            Sheet sheet = book.getSheet(BUDGET);
            if (hidden == null || sheet == null) {
                throw problem("Arbetsboken saknar bladen Budget och samordna; utgå från en arbetsbok som Samordna har skrivit.");
            }
            StringBuilder yaml = new StringBuilder();
            for (int i = 0; i <= hidden.getLastRowNum(); i++) {
                Row row = hidden.getRow(i);
                yaml.append(row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()).append('\n');
            }
            Plan plan = PlanFiles.read(yaml.toString());
            Plan.Budget budget = plan.budget();
            List<Integer> years = budget.years().stream().map(Plan.BudgetYear::year).sorted().toList();
            for (int y = 0; y < years.size(); y++) {
                String expected = String.valueOf(years.get(y));
                String found = text(sheet.getRow(HEADER_ROW), FIRST_YEAR_COLUMN + y);
                if (!expected.equals(found)) {
                    problems.add(at(HEADER_ROW, FIRST_YEAR_COLUMN + y, "Kolumnen ska heta " + expected + " men heter '" + found + "'."));
                }
            }
            // A column added after the plan's years is never dropped without a word: the year is added in Samordna first.
            Row headerRow = sheet.getRow(HEADER_ROW);
            for (int c = FIRST_YEAR_COLUMN + years.size(); headerRow != null && c < Math.min(headerRow.getLastCellNum(), FIRST_YEAR_COLUMN + 60); c++) {
                String extra = text(headerRow, c).strip();
                if (!extra.isEmpty()) {
                    problems.add(at(HEADER_ROW, c, "Kolumnen '" + extra + "' finns inte i planen (planens år är " + years
                            + "). Lägg till året i Samordna först och hämta en ny arbetsbok; inget har lästs in."));
                }
            }
            List<Plan.LineGroup> groups = new ArrayList<>();
            int r = HEADER_ROW + 1;
            for (Plan.LineGroup group : budget.groups()) {
                r++;
                List<Plan.BudgetLine> lines = new ArrayList<>();
                for (Plan.BudgetLine line : group.lines()) {
                    Row row = sheet.getRow(r);
                    String name = text(row, 1);
                    if (!line.name().equals(name)) {
                        problems.add(at(r, 1, "Här ska raden '" + line.name() + "' stå, men det står '" + name
                                + "'. Lägg till och ta bort rader i Samordna, inte i arbetsboken."));
                    }
                    SortedMap<Integer, Money> amounts = new TreeMap<>();
                    for (int y = 0; y < years.size(); y++) {
                        Cell cell = row == null ? null : row.getCell(FIRST_YEAR_COLUMN + y);
                        if (cell == null || cell.getCellType() == CellType.BLANK) {
                            if (line.amounts().containsKey(years.get(y))) {
                                amounts.put(years.get(y), Money.ZERO);
                            }
                            continue;
                        }
                        BigDecimal value;
                        if (cell.getCellType() == CellType.NUMERIC) {
                            try {
                                value = se.samordna.shared.Decimals.bounded(cell.getNumericCellValue());
                            } catch (se.samordna.shared.Decimals.BadNumber e) {
                                problems.add(at(r, FIRST_YEAR_COLUMN + y, "Beloppet " + e.getMessage() + "."));
                                continue;
                            }
                        } else if (cell.getCellType() == CellType.STRING) {
                            try {
                                value = se.samordna.shared.Decimals.parse(cell.getStringCellValue());
                            } catch (se.samordna.shared.Decimals.BadNumber e) {
                                problems.add(at(r, FIRST_YEAR_COLUMN + y, e.notANumber() ? "'" + cell.getStringCellValue() + "' är inget belopp."
                                        : "Beloppet " + e.getMessage() + "."));
                                continue;
                            }
                        } else {
                            problems.add(at(r, FIRST_YEAR_COLUMN + y, "Cellen ska innehålla ett belopp, inte en formel."));
                            continue;
                        }
                        if (value.signum() < 0) {
                            problems.add(at(r, FIRST_YEAR_COLUMN + y, "Beloppen skrivs utan minustecken; radens typ avgör tecknet."));
                            continue;
                        }
                        BigDecimal kronor = "tkr".equals(budget.unit()) ? value.movePointRight(3) : value;
                        amounts.put(years.get(y), Money.ofKronor(kronor.setScale(2, java.math.RoundingMode.HALF_UP)));
                    }
                    lines.add(new Plan.BudgetLine(line.ref(), line.name(), line.type(), line.category(), line.initiative(), amounts));
                    r++;
                }
                groups.add(new Plan.LineGroup(group.name(), group.type(), group.category(), List.copyOf(lines), group.stated()));
                r++;
            }
            if (!problems.isEmpty()) {
                throw new PlanFileException(problems);
            }
            return plan.withBudget(new Plan.Budget(budget.unit(), budget.years(), budget.equityStart(), List.copyOf(groups),
                    budget.stated(), budget.otherIncomeNettedInCosts()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanFileException known) {
                throw known;
            }
            // POI's own failures (a broken or hostile file) are the file's fault, never the server's: a 400.
            throw problem("Filen är ingen XLSX-arbetsbok som kan läsas.");
        }
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
            throw problem("Filen är ingen XLSX-arbetsbok som kan läsas.");
        }
    }

    /** Largest a workbook may be when unpacked; one Samordna writes for a seed plan is well under 1 MB. */
    static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;
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
                    throw problem("Arbetsboken har för många delar (högst " + MAX_ENTRIES + ").");
                }
                long entryBytes = 0;
                boolean strings = entry.getName().endsWith("sharedStrings.xml");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    entryBytes += n;
                    total += n;
                    if (total > MAX_UNPACKED_BYTES || (strings && entryBytes > MAX_SHARED_STRINGS_BYTES)) {
                        throw problem("Arbetsboken är för stor uppackad (högst " + MAX_UNPACKED_BYTES / 1024 / 1024
                                + " MB och " + MAX_SHARED_STRINGS_BYTES / 1024 / 1024 + " MB text). Utgå från en arbetsbok som Samordna har skrivit.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw problem("Filen är ingen XLSX-arbetsbok som kan läsas.");
        }
        if (entries == 0) {
            throw problem("Filen är ingen XLSX-arbetsbok som kan läsas.");
        }
    }

    private static PlanFileException problem(String message) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", message)));
    }

    private static PlanFileException.Problem at(int row, int column, String message) {
        return new PlanFileException.Problem(0, BUDGET + "!" + new CellReference(row, column).formatAsString(false), message);
    }

    private static String text(Row row, int column) {
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
