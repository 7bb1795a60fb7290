package se.samordna.plan;

import se.samordna.plan.rules.PlanCalculator;
import se.samordna.plan.rules.PlanChecks;

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
 * group's printed figure. Result = printed income − printed costs. Equity at the start and the end of each year is
 * its exact figure rounded once, so it prints the same here as in every other section of a document.
 */
public record BudgetTable(String unit, List<Integer> years, List<String> yearKinds, List<Group> groups, List<Row> summary,
                   List<ContributionRow> contributions, List<Finding> findings, long version) {

    /** The table with one more finding (one that needs more than the plan, such as the books' closing equity). */
    public BudgetTable withFinding(Finding finding) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(finding);
        return new BudgetTable(unit, years, yearKinds, groups, summary, contributions, List.copyOf(all), version);
    }

    public record Cell(String text, long kronor) {
    }

    /** A printed line; {@code id} the line's id, which the API's changes may name instead of group and index. */
    public record Line(int group, int index, String ref, String name, String type, List<Cell> cells, String id) {
    }

    public record Group(String name, boolean income, List<Line> lines, List<Cell> subtotal) {
    }

    public record Row(String key, List<Cell> cells, boolean emphasis) {
    }

    public record ContributionRow(int year, String member, String kind, String amount) {
    }

    public static BudgetTable of(Plan plan, String unit, long version) {
        return of(plan, unit, version, PlanChecks.check(plan).stream()
                .sorted(java.util.Comparator.comparing(Finding::severity).thenComparing(f -> f.year() == null ? 0 : f.year()))
                .toList());
    }

    /**
     * The table without the plan's findings, for a document that prints the figures only (the plan document prints its
     * checks, when asked to, from the findings themselves): running every check cold was a tenth of building a PDF's
     * blocks on the command line.
     */
    public static BudgetTable figuresOnly(Plan plan, String unit) {
        return of(plan, unit, 0, List.of());
    }

    private static BudgetTable of(Plan plan, String unit, long version, List<Finding> findings) {
        boolean tkr = "tkr".equals(unit);
        long unitOre = tkr ? 100_000L : 100L;
        List<YearFigures> figures = se.samordna.plan.PlanFigures.of(plan).years();
        List<Integer> years = figures.stream().map(YearFigures::year).toList();
        Printed printed = Printed.of(plan, figures, unitOre);
        List<Plan.LineGroup> planGroups = plan.budget().groups();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < planGroups.size(); g++) {
            Plan.LineGroup group = planGroups.get(g);
            List<Line> lines = new ArrayList<>();
            for (int l = 0; l < group.lines().size(); l++) {
                Plan.BudgetLine line = group.lines().get(l);
                List<Cell> cells = new ArrayList<>();
                for (int y = 0; y < years.size(); y++) {
                    cells.add(cell(printed.lines[g][l][y], line.amount(years.get(y)), tkr));
                }
                lines.add(new Line(g, l, line.ref(), line.name(), line.type().name(), cells, line.id()));
            }
            List<Cell> subtotal = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                subtotal.add(cell(printed.groups[g][y], signedSum(group, years.get(y)), tkr));
            }
            groups.add(new Group(group.name(), group.type() != LineType.COST, lines, subtotal));
        }
        List<ContributionRow> contributions = new ArrayList<>();
        for (Plan.Allocation allocation : plan.allocations()) {
            for (Contribution c : PlanCalculator.contributions(plan, allocation)) {
                contributions.add(new ContributionRow(allocation.year(), c.member(), c.kind().name(), MoneyFormat.kronor(c.amount())));
            }
        }
        return new BudgetTable(unit, years, figures.stream().map(f -> f.kind().name()).toList(), groups,
                summary(plan, figures, printed, unitOre, tkr), contributions, findings, version);
    }

    /**
     * The printed whole units, rounded top-down: per year total income and costs, the groups apportioned to them by side,
     * each group's lines apportioned to the group's printed figure (signed within the group).
     */
    private record Printed(long[][][] lines, long[][] groups, long[] income, long[] costs) {

        static Printed of(Plan plan, List<YearFigures> figures, long unitOre) {
            List<Plan.LineGroup> planGroups = plan.budget().groups();
            int count = figures.size();
            long[][][] lines = new long[planGroups.size()][][];
            long[][] groups = new long[planGroups.size()][count];
            long[] income = new long[count];
            long[] costs = new long[count];
            for (int g = 0; g < planGroups.size(); g++) {
                lines[g] = new long[planGroups.get(g).lines().size()][count];
            }
            for (int y = 0; y < count; y++) {
                int year = figures.get(y).year();
                income[y] = round(figures.get(y).income().ore(), unitOre);
                costs[y] = round(figures.get(y).costs().ore(), unitOre);
                long[] sides = sides(planGroups, year, unitOre);
                for (int g = 0; g < planGroups.size(); g++) {
                    groups[g][y] = sides[g];
                    Plan.LineGroup group = planGroups.get(g);
                    long[] apportioned = apportion(sides[g], group.lines().stream().map(l -> signed(group, l, year)).toList(), unitOre);
                    for (int l = 0; l < apportioned.length; l++) {
                        lines[g][l][y] = apportioned[l];
                    }
                }
            }
            return new Printed(lines, groups, income, costs);
        }

        /** Each group's printed sum of a year: the income side and the cost side each rounded so its parts add up. */
        private static long[] sides(List<Plan.LineGroup> planGroups, int year, long unitOre) {
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
            return groups;
        }
    }

    /** Income, costs, result, equity at start and end (each rounded once from its exact figure), the ceiling and what is available. */
    private static List<Row> summary(Plan plan, List<YearFigures> figures, Printed printed, long unitOre, boolean tkr) {
        List<Integer> years = figures.stream().map(YearFigures::year).toList();
        List<Row> summary = new ArrayList<>();
        summary.add(row("budget.income", years, y -> printed.income[y], y -> figures.get(y).income(), tkr, false));
        summary.add(row("budget.costs", years, y -> printed.costs[y], y -> figures.get(y).costs(), tkr, false));
        summary.add(row("budget.result", years, y -> printed.income[y] - printed.costs[y], y -> figures.get(y).result(), tkr, true));
        long[] start = new long[years.size()];
        long[] end = new long[years.size()];
        boolean[] chained = new boolean[years.size()];
        for (int y = 0; y < years.size(); y++) {
            YearFigures f = figures.get(y);
            if (f.equityStart() == null) {
                continue;
            }
            chained[y] = true;
            // Each year's equity is rounded once from its exact figure, as the overview, the equity guidelines and the
            // findings print it: one figure per quantity in the whole document (the year's printed result may then differ
            // from the rounded equities' difference by one unit).
            start[y] = round(f.equityStart().ore(), unitOre);
            end[y] = f.equityEnd() == null ? start[y] + printed.income[y] - printed.costs[y] : round(f.equityEnd().ore(), unitOre);
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
        return summary;
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
