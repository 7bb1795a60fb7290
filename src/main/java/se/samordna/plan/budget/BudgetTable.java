package se.samordna.plan.budget;

import se.samordna.plan.Plan;
import se.samordna.plan.checks.Finding;
import se.samordna.plan.checks.PlanChecks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The budget as the page (and the board's papers) print it: the years side by side, groups with their
 * lines and subtotals, then income, costs, result, equity and what is available for new initiatives.
 *
 * <p>In tkr the figures are rounded top-down so that printed parts add up to printed totals: total costs
 * are rounded, the groups are apportioned to it by largest remainder, and each group's lines to the
 * group's printed figure. Result = printed income − printed costs; equity at year end = printed equity at
 * start + printed result.
 */
public record BudgetTable(String unit, List<Integer> years, List<String> yearKinds, List<Group> groups, List<Row> summary,
                   List<ContributionRow> contributions, List<Finding> findings, long version) {

    public record Cell(String text, long kronor) {
    }

    public record Line(int group, int index, String ref, String name, String type, List<Cell> cells) {
    }

    public record Group(String name, boolean income, List<Line> lines, List<Cell> subtotal) {
    }

    public record Row(String key, List<Cell> cells, boolean emphasis) {
    }

    public record ContributionRow(int year, String member, String kind, String amount) {
    }

    public static BudgetTable of(Plan plan, String unit, long version) {
        boolean tkr = "tkr".equals(unit);
        long unitOre = tkr ? 100_000L : 100L;
        List<YearFigures> figures = PlanCalculator.years(plan);
        List<Integer> years = figures.stream().map(YearFigures::year).toList();
        List<Plan.LineGroup> planGroups = plan.budget().groups();

        // printed[group][line][year], groupPrinted[group][year], in units
        long[][][] printed = new long[planGroups.size()][][];
        long[][] groupPrinted = new long[planGroups.size()][years.size()];
        long[] incomePrinted = new long[years.size()];
        long[] costPrinted = new long[years.size()];
        for (int g = 0; g < planGroups.size(); g++) {
            printed[g] = new long[planGroups.get(g).lines().size()][years.size()];
        }
        for (int y = 0; y < years.size(); y++) {
            int year = years.get(y);
            YearFigures f = figures.get(y);
            incomePrinted[y] = round(f.income().ore(), unitOre);
            costPrinted[y] = round(f.costs().ore(), unitOre);
            long[] groups = new long[planGroups.size()];
            for (boolean incomeSide : new boolean[]{true, false}) {
                List<Integer> side = new ArrayList<>();
                List<Money> exact = new ArrayList<>();
                for (int g = 0; g < planGroups.size(); g++) {
                    if ((planGroups.get(g).type() != LineType.COST) == incomeSide) {
                        side.add(g);
                        exact.add(signedSum(planGroups.get(g), year));
                    }
                }
                long[] rounded = MoneyFormat.roundParts(exact, unitOre);
                for (int i = 0; i < side.size(); i++) {
                    groups[side.get(i)] = rounded[i];
                }
            }
            for (int g = 0; g < planGroups.size(); g++) {
                groupPrinted[g][y] = groups[g];
                Plan.LineGroup group = planGroups.get(g);
                List<Money> lineExact = group.lines().stream().map(l -> signed(group, l, year)).toList();
                long[] lines = apportion(groups[g], lineExact, unitOre);
                for (int l = 0; l < lines.length; l++) {
                    printed[g][l][y] = lines[l];
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < planGroups.size(); g++) {
            Plan.LineGroup group = planGroups.get(g);
            List<Line> lines = new ArrayList<>();
            for (int l = 0; l < group.lines().size(); l++) {
                Plan.BudgetLine line = group.lines().get(l);
                List<Cell> cells = new ArrayList<>();
                for (int y = 0; y < years.size(); y++) {
                    cells.add(cell(printed[g][l][y], line.amount(years.get(y)), tkr));
                }
                lines.add(new Line(g, l, line.ref(), line.name(), line.type().name(), cells));
            }
            List<Cell> subtotal = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                subtotal.add(cell(groupPrinted[g][y], signedSum(group, years.get(y)), tkr));
            }
            groups.add(new Group(group.name(), group.type() != LineType.COST, lines, subtotal));
        }
        List<Row> summary = new ArrayList<>();
        summary.add(row("budget.income", years, y -> incomePrinted[y], y -> figures.get(y).income(), tkr, false));
        summary.add(row("budget.costs", years, y -> costPrinted[y], y -> figures.get(y).costs(), tkr, false));
        summary.add(row("budget.result", years, y -> incomePrinted[y] - costPrinted[y], y -> figures.get(y).result(), tkr, true));
        long[] start = new long[years.size()];
        long[] end = new long[years.size()];
        boolean[] chained = new boolean[years.size()];
        for (int y = 0; y < years.size(); y++) {
            YearFigures f = figures.get(y);
            if (f.equityStart() == null) {
                continue;
            }
            chained[y] = true;
            start[y] = y > 0 && chained[y - 1] ? end[y - 1] : round(f.equityStart().ore(), unitOre);
            end[y] = start[y] + incomePrinted[y] - costPrinted[y];
        }
        summary.add(optionalRow("budget.equityStart", years, chained, start, y -> figures.get(y).equityStart(), tkr));
        summary.add(optionalRow("budget.equityEnd", years, chained, end, y -> figures.get(y).equityEnd(), tkr));
        summary.add(row("budget.ceiling", years, y -> round(figures.get(y).equityCeiling().ore(), unitOre),
                y -> figures.get(y).equityCeiling(), tkr, false));
        long floor = round((plan.rules().equityFloor() == null ? Money.ZERO : plan.rules().equityFloor()).ore(), unitOre);
        long[] available = new long[years.size()];
        for (int y = 0; y < years.size(); y++) {
            available[y] = end[y] - floor;
        }
        summary.add(optionalRow("budget.available", years, chained, available, y -> figures.get(y).available(), tkr));
        List<ContributionRow> contributions = new ArrayList<>();
        for (Plan.Allocation allocation : plan.allocations()) {
            for (Contribution c : PlanCalculator.contributions(plan, allocation)) {
                contributions.add(new ContributionRow(allocation.year(), c.member(), c.kind().name(), MoneyFormat.kronor(c.amount())));
            }
        }
        return new BudgetTable(unit, years, figures.stream().map(f -> f.kind().name()).toList(), groups, summary, contributions,
                PlanChecks.check(plan).stream()
                        .sorted(java.util.Comparator.comparing(Finding::severity)
                                .thenComparing(f -> f.year() == null ? 0 : f.year()))
                        .toList(), version);
    }

    private static Row row(String key, List<Integer> years, java.util.function.IntToLongFunction printed,
                           java.util.function.IntFunction<Money> exact, boolean tkr, boolean emphasis) {
        List<Cell> cells = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            cells.add(cell(printed.applyAsLong(y), exact.apply(y), tkr));
        }
        return new Row(key, cells, emphasis);
    }

    private static Row optionalRow(String key, List<Integer> years, boolean[] present, long[] printed,
                                   java.util.function.IntFunction<Money> exact, boolean tkr) {
        List<Cell> cells = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            cells.add(present[y] ? cell(printed[y], exact.apply(y), tkr) : new Cell("–", 0));
        }
        return new Row(key, cells, false);
    }

    private static Cell cell(long printedUnits, Money exact, boolean tkr) {
        return new Cell(MoneyFormat.group(printedUnits), exact == null ? 0 : exact.kronor());
    }

    private static long round(long ore, long unit) {
        return java.math.BigDecimal.valueOf(ore).divide(java.math.BigDecimal.valueOf(unit), 0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    static Money signed(Plan.LineGroup group, Plan.BudgetLine line, int year) {
        boolean incomeGroup = group.type() != LineType.COST;
        boolean positive = (line.type() == LineType.COST) != incomeGroup;
        return positive ? line.amount(year) : line.amount(year).negate();
    }

    static Money signedSum(Plan.LineGroup group, int year) {
        return group.lines().stream().map(l -> signed(group, l, year)).reduce(Money.ZERO, Money::plus);
    }

    /** Whole units for each part, adding up to {@code target} units: floors first, then the largest remainders. */
    static long[] apportion(long target, List<Money> parts, long unit) {
        long[] result = new long[parts.size()];
        long[] remainder = new long[parts.size()];
        long sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            result[i] = Math.floorDiv(parts.get(i).ore(), unit);
            remainder[i] = Math.floorMod(parts.get(i).ore(), unit);
            sum += result[i];
        }
        Integer[] order = new Integer[parts.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(remainder[b], remainder[a]));
        long missing = target - sum;
        for (int k = 0; missing > 0 && order.length > 0; k++, missing--) {
            result[order[k % order.length]]++;
        }
        for (int k = order.length - 1; missing < 0 && order.length > 0; k--, missing++) {
            result[order[Math.floorMod(k, order.length)]]--;
        }
        return result;
    }

}
