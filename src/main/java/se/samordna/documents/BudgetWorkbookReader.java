package se.samordna.documents;

import static se.samordna.documents.BudgetWorkbook.FIRST_YEAR_COLUMN;
import static se.samordna.documents.BudgetWorkbook.HEADER_ROW;
import static se.samordna.documents.BudgetWorkbook.at;
import static se.samordna.documents.BudgetWorkbook.problem;
import static se.samordna.documents.BudgetWorkbook.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import se.samordna.shared.Decimals;
import se.samordna.shared.Money;

/**
 * Reads a budget workbook back: the plan from the hidden sheet, the year columns as the plan has them (an added column
 * is refused, never dropped), and each line's amounts from its cells — every problem named by its cell, nothing taken
 * when there is one.
 */
final class BudgetWorkbookReader {

    private BudgetWorkbookReader() {
    }

    static Plan read(byte[] xlsx) {
        List<PlanFileException.Problem> problems = new ArrayList<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet hidden = book.getSheet(BudgetWorkbook.PLAN);
            Sheet sheet = book.getSheet(BudgetWorkbook.BUDGET);
            if (hidden == null || sheet == null) {
                throw problem(DocumentWords.of("doc.budgetWorkbookReader.arbetsbokenSaknarBladenBudgetOch"));
            }
            Plan plan = PlanFiles.read(yaml(hidden));
            Plan.Budget budget = plan.budget();
            List<Integer> years = budget.years().stream().map(Plan.BudgetYear::year).sorted().toList();
            yearColumns(sheet.getRow(HEADER_ROW), years, problems);
            List<Plan.LineGroup> groups = new ArrayList<>();
            int r = HEADER_ROW + 1;
            for (Plan.LineGroup group : budget.groups()) {
                r++;
                List<Plan.BudgetLine> lines = new ArrayList<>();
                for (Plan.BudgetLine line : group.lines()) {
                    lines.add(line(sheet.getRow(r), r, line, years, budget.unit(), problems));
                    r++;
                }
                groups.add(new Plan.LineGroup(group.name(), group.type(), group.category(), List.copyOf(lines), group.stated()));
                r++;
            }
            if (!problems.isEmpty()) {
                throw new PlanFileException(problems);
            }
            return plan.withBudget(budget.withGroups(List.copyOf(groups)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanFileException known) {
                throw known;
            }
            // POI's own failures (a broken or hostile file) are the file's fault, never the server's: a 400.
            throw problem(DocumentWords.of("doc.budgetWorkbookReader.filenArIngenXlsxArbetsbok"));
        }
    }

    private static String yaml(Sheet hidden) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i <= hidden.getLastRowNum(); i++) {
            Row row = hidden.getRow(i);
            yaml.append(row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()).append('\n');
        }
        return yaml.toString();
    }

    /** The plan's years, in order; a column added after them is never dropped without a word: add the year in Samordna first. */
    private static void yearColumns(Row header, List<Integer> years, List<PlanFileException.Problem> problems) {
        for (int y = 0; y < years.size(); y++) {
            String expected = String.valueOf(years.get(y));
            String found = text(header, FIRST_YEAR_COLUMN + y);
            if (!expected.equals(found)) {
                problems.add(at(HEADER_ROW, FIRST_YEAR_COLUMN + y, DocumentWords.of("doc.budgetWorkbookReader.kolumnenSkaHetaMenHeter", expected, found)));
            }
        }
        for (int c = FIRST_YEAR_COLUMN + years.size(); header != null && c < Math.min(header.getLastCellNum(), FIRST_YEAR_COLUMN + 60); c++) {
            String extra = text(header, c).strip();
            if (!extra.isEmpty()) {
                problems.add(at(HEADER_ROW, c, DocumentWords.of("doc.budgetWorkbookReader.kolumnenFinnsInteIPlanen", extra, years)));
            }
        }
    }

    private static Plan.BudgetLine line(Row row, int r, Plan.BudgetLine line, List<Integer> years, String unit,
                                        List<PlanFileException.Problem> problems) {
        String name = text(row, 1);
        if (!line.name().equals(name)) {
            problems.add(at(r, 1, DocumentWords.of("doc.budgetWorkbookReader.harSkaRadenStaMen", line.name(), name)));
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
            BigDecimal value = amount(cell, r, FIRST_YEAR_COLUMN + y, problems);
            if (value != null) {
                BigDecimal kronor = "tkr".equals(unit) ? value.movePointRight(3) : value;
                amounts.put(years.get(y), Money.ofKronor(kronor.setScale(2, java.math.RoundingMode.HALF_UP)));
            }
        }
        return line.withAmounts(amounts);
    }

    /** A cell's amount, or null with the problem added: a number or a Swedish amount in text, never a formula, never minus. */
    private static BigDecimal amount(Cell cell, int r, int column, List<PlanFileException.Problem> problems) {
        BigDecimal value;
        try {
            if (cell.getCellType() == CellType.NUMERIC) {
                value = Decimals.bounded(cell.getNumericCellValue());
            } else if (cell.getCellType() == CellType.STRING) {
                value = Decimals.parse(cell.getStringCellValue());
            } else {
                problems.add(at(r, column, DocumentWords.of("doc.budgetWorkbookReader.cellenSkaInnehallaEttBelopp")));
                return null;
            }
        } catch (Decimals.BadNumber e) {
            problems.add(at(r, column, e.notANumber() && cell.getCellType() == CellType.STRING
                    ? DocumentWords.of("doc.budgetWorkbookReader.arIngetBelopp", cell.getStringCellValue()) : DocumentWords.of("doc.budgetWorkbookReader.beloppet", e.getMessage())));
            return null;
        }
        if (value.signum() < 0) {
            problems.add(at(r, column, DocumentWords.of("doc.budgetWorkbookReader.beloppenSkrivsUtanMinusteckenRadens")));
            return null;
        }
        return value;
    }
}
