package se.samordna.plan.checks;

import se.samordna.plan.MemberKind;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.AllocationKey;
import se.samordna.plan.budget.Contribution;
import se.samordna.plan.budget.ContributionKind;
import se.samordna.plan.budget.CostCategory;
import se.samordna.plan.budget.EquityBase;
import se.samordna.plan.budget.LineType;
import se.samordna.plan.budget.PlanCalculator;
import se.samordna.plan.budget.YearFigures;
import se.samordna.plan.budget.YearKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The checks of a plan. Each finding has a stable code, a severity, its year and a Swedish sentence
 * with the amounts, in the unit the plan is printed in.
 *
 * <p>What rounding explains: in a plan printed in tkr every printed figure may be up to half a unit
 * off its exact value, so a printed total may differ from the sum of its n printed lines by at most
 * n/2 units (at least one unit). A plan printed in kronor has no such excuse.
 */
public final class PlanChecks {

    /** Words in a cost line's name that point to payments or benefits to individuals, which no association may fund. */
    private static final Pattern BENEFIT_TO_INDIVIDUALS = Pattern.compile(
            "busskort|buss-kort|färdbevis|reskort|milersättning|reseersättning till deltagare|resersättning till deltagare"
                    + "|praktikantlön|praktiklön|lön till deltagare|deltagarersättning|ersättning till deltagare|försörjningsstöd"
                    + "|tolkkostnad|tolk för deltagare|kontantbidrag|presentkort",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final BigDecimal SPLIT_TOLERANCE_POINTS = BigDecimal.valueOf(2);

    private final Plan plan;
    private final List<YearFigures> figures;
    private final List<Finding> findings = new ArrayList<>();

    private PlanChecks(Plan plan) {
        this.plan = plan;
        this.figures = PlanCalculator.years(plan);
    }

    public static List<Finding> check(Plan plan) {
        PlanChecks checks = new PlanChecks(plan);
        checks.run();
        return List.copyOf(checks.findings);
    }

    private void run() {
        for (YearFigures year : figures) {
            groupSums(year);
            statedFigures(year);
            equity(year);
            deficit(year);
            adminShare(year);
            targetSplit(year);
        }
        overview();
        allocations();
        forbiddenCosts();
        threeYears();
    }

    private void groupSums(YearFigures year) {
        for (Plan.LineGroup group : plan.budget().groups()) {
            Money stated = group.stated().get(year.year());
            if (stated == null) {
                continue;
            }
            Money sum = groupSum(group, year.year());
            compareSum(year.year(), "Summan för \"" + group.name() + "\"", stated, sum, group.lines().size());
        }
    }

    static Money groupSum(Plan.LineGroup group, int year) {
        boolean incomeGroup = group.type() != null && group.type() != LineType.COST;
        Money sum = Money.ZERO;
        for (Plan.BudgetLine line : group.lines()) {
            boolean positive = (line.type() == LineType.COST) != incomeGroup;
            sum = positive ? sum.plus(line.amount(year)) : sum.minus(line.amount(year));
        }
        return sum;
    }

    private int lineCount(java.util.function.Predicate<Plan.BudgetLine> which) {
        return (int) plan.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(which).count();
    }

    private void compareSum(int year, String what, Money stated, Money computed, int lines) {
        Money difference = stated.minus(computed);
        if (difference.isZero()) {
            return;
        }
        if (explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, what + " anges till " + fmt(stated) + " men raderna ger "
                    + fmt(computed) + " (skillnad " + fmt(difference) + "); avrundningen till hela " + unitName()
                    + " förklarar skillnaden.");
        } else {
            add("SUM_MISMATCH", Severity.ERROR, year, what + " anges till " + fmt(stated) + " men raderna ger "
                    + fmt(computed) + " (skillnad " + fmt(difference) + ").");
        }
    }

    private boolean explainedByRounding(Money difference, int lines) {
        long unit = plan.budget().unitOre();
        if (unit <= 100) {
            return false;
        }
        long tolerance = Math.max(1, lines / 2) * unit;
        return Math.abs(difference.ore()) <= tolerance;
    }

    private void compareFigure(int year, String what, Money stated, Money computed, int lines) {
        if (stated == null || computed == null) {
            return;
        }
        Money difference = stated.minus(computed);
        if (difference.isZero()) {
            return;
        }
        if (explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, what + " anges till " + fmt(stated) + "; raderna ger "
                    + fmt(computed) + ". Skillnaden (" + fmt(difference) + ") förklaras av avrundning.");
        } else {
            add("STATED_FIGURE_MISMATCH", Severity.ERROR, year, what + " anges till " + fmt(stated)
                    + " men raderna ger " + fmt(computed) + " (skillnad " + fmt(difference) + ").");
        }
    }

    private void statedFigures(YearFigures year) {
        Plan.StatedFigures stated = plan.budget().stated().get(year.year());
        if (stated == null) {
            return;
        }
        int incomeLines = lineCount(l -> l.type().isIncome());
        int costLines = lineCount(l -> l.type() == LineType.COST);
        int allLines = incomeLines + costLines;
        boolean netted = plan.budget().otherIncomeNettedInCosts();
        if (stated.income() != null) {
            Money computedIncome = netted ? year.contributions() : year.income();
            if (!year.equityUseLines().isZero() && stated.income().equals(computedIncome.plus(year.equityUseLines()))) {
                add("EQUITY_AS_INCOME", Severity.WARNING, year.year(), "Planens summa " + fmt(stated.income())
                        + " räknar in " + fmt(year.equityUseLines()) + " eget kapital från tidigare år som intäkt. Eget kapital är inte"
                        + " en intäkt: årets intäkter är " + fmt(computedIncome) + " och underskottet " + fmt(year.result().negate())
                        + " täcks av eget kapital.");
            } else {
                compareSum(year.year(), netted ? "Intäkterna (medlemmarnas bidrag)" : "Summa intäkter", stated.income(),
                        computedIncome, incomeLines);
            }
        }
        if (stated.costs() != null) {
            Money computedCosts = netted ? year.costs().minus(year.otherIncome()) : year.costs();
            compareSum(year.year(), netted ? "Kostnaderna (netto efter övriga intäkter)" : "Summa kostnader", stated.costs(),
                    computedCosts, netted ? allLines : costLines);
        }
        compareFigure(year.year(), "Resultatet", stated.result(), year.result(), allLines);
        compareFigure(year.year(), "Eget kapital vid årets början", stated.equityStart(), year.equityStart(), allLines);
        compareFigure(year.year(), "Eget kapital vid årets slut", stated.equityEnd(), year.equityEnd(), allLines);
        compareFigure(year.year(), "Tillgängligt för nya insatser", stated.available(), year.available(), allLines);
        if (stated.equityUsed() != null) {
            compareFigure(year.year(), "Det eget kapital som tas i anspråk", stated.equityUsed(),
                    Money.max(Money.ZERO, year.result().negate()), allLines);
        }
        if (netted && !year.otherIncome().isZero()) {
            add("OTHER_INCOME_NETTED", Severity.INFO, year.year(), "Planen redovisar övriga intäkter (" + fmt(year.otherIncome())
                    + ") som minskade kostnader. Samordna redovisar dem som intäkter: intäkter " + fmt(year.income())
                    + ", kostnader " + fmt(year.costs()) + ", samma resultat " + fmt(year.result()) + ".");
        }
    }

    private void equity(YearFigures year) {
        if (year.equityEnd() == null || !year.kind().isFuture()) {
            return;
        }
        Money floor = PlanCalculator.floor(plan.rules());
        if (year.equityEnd().greaterThan(year.equityCeiling())) {
            add("EQUITY_ABOVE_CEILING", Severity.WARNING, year.year(), "Eget kapital vid årets slut beräknas till "
                    + fmt(year.equityEnd()) + ", över taket " + fmt(year.equityCeiling()) + " (" + MoneyFormat.percent(ceilingPercent(year))
                    + " av " + baseName() + ") med " + fmt(year.equityEnd().minus(year.equityCeiling())) + ".");
        }
        // One gap is one finding: costs beyond the funds above the floor are the same amount as the equity below it.
        Money spendable = year.income().plus(year.equityStart().minus(floor));
        if (year.costs().greaterThan(spendable)) {
            add("FUNDS_EXCEEDED", Severity.ERROR, year.year(), "Kostnaderna " + fmt(year.costs()) + " överstiger de medel som finns: "
                    + "intäkter " + fmt(year.income()) + " plus eget kapital över golvet " + fmt(year.equityStart().minus(floor))
                    + " = " + fmt(spendable) + ". Det saknas " + fmt(year.costs().minus(spendable)) + ", så eget kapital vid årets slut blir "
                    + fmt(year.equityEnd()) + ", under golvet " + fmt(floor) + ".");
        } else if (floor.isPositive() && year.equityEnd().lessThan(floor)) {
            add("EQUITY_BELOW_FLOOR", Severity.WARNING, year.year(), "Eget kapital vid årets slut beräknas till "
                    + fmt(year.equityEnd()) + ", under golvet " + fmt(floor) + " med " + fmt(floor.minus(year.equityEnd())) + ".");
        }
    }

    private BigDecimal ceilingPercent(YearFigures year) {
        Money base = plan.rules().equityCeilingBase() == EquityBase.BUDGETED_INCOME ? year.income()
                : PlanCalculator.allocationTotal(plan, year.year(), year.contributions());
        return PlanCalculator.ceilingPercent(plan.rules(), base);
    }

    private void deficit(YearFigures year) {
        if (!year.kind().isFuture() || !year.result().isNegative()) {
            return;
        }
        Money deficit = year.result().negate();
        if (year.equityStart() != null && year.equityStart().greaterThan(year.equityCeiling())) {
            add("BUDGET_DEFICIT", Severity.INFO, year.year(), "Kostnaderna överstiger intäkterna med " + fmt(deficit)
                    + ". Eget kapital vid årets början (" + fmt(year.equityStart()) + ") ligger över taket " + fmt(year.equityCeiling())
                    + ", så att förbruka det är ett sådant synnerligt skäl som lagen (21 §) godtar.");
        } else {
            String start = year.equityStart() == null ? "" : " Eget kapital vid årets början (" + fmt(year.equityStart())
                    + ") ligger inte över taket " + fmt(year.equityCeiling()) + ", så underskottet motiveras inte av för stort eget kapital.";
            add("BUDGET_DEFICIT", Severity.WARNING, year.year(), "Kostnaderna överstiger intäkterna med " + fmt(deficit) + "."
                    + start + " Lagen (21 §) kräver att intäkterna överstiger kostnaderna om inte synnerliga skäl finns.");
        }
    }

    private void adminShare(YearFigures year) {
        Plan.FinancialRules rules = plan.rules();
        if (rules.adminShareGoalPercent() == null || !year.kind().isFuture() || year.contributions().isZero()) {
            return;
        }
        BigDecimal share = year.category(CostCategory.ADMINISTRATION).percentOf(year.contributions(), 1);
        if (share.compareTo(rules.adminShareGoalPercent()) <= 0) {
            return;
        }
        boolean goalYear = rules.adminShareGoalYear() == null || year.year() >= rules.adminShareGoalYear();
        String message = "Administrationens kostnader " + fmt(year.category(CostCategory.ADMINISTRATION)) + " är " + MoneyFormat.percent(share)
                + " av medlemmarnas bidrag " + fmt(year.contributions()) + "; målet är under " + MoneyFormat.percent(rules.adminShareGoalPercent())
                + (rules.adminShareGoalYear() == null ? "." : " senast " + rules.adminShareGoalYear() + ".");
        add("ADMIN_SHARE_ABOVE_GOAL", goalYear ? Severity.WARNING : Severity.INFO, year.year(), message);
    }

    private void targetSplit(YearFigures year) {
        Map<CostCategory, BigDecimal> target = plan.rules().targetSplit();
        if (target.isEmpty() || year.kind() != YearKind.BUDGET || year.costs().isZero()) {
            return;
        }
        for (Map.Entry<CostCategory, BigDecimal> entry : target.entrySet()) {
            BigDecimal actual = year.category(entry.getKey()).percentOf(year.costs(), 1);
            if (actual.subtract(entry.getValue()).abs().compareTo(SPLIT_TOLERANCE_POINTS) > 0) {
                add("CATEGORY_SPLIT_OFF_TARGET", Severity.WARNING, year.year(), "Kategorin " + categoryName(entry.getKey())
                        + " får " + MoneyFormat.percent(actual) + " av kostnaderna; den planerade fördelningen är " + MoneyFormat.percent(entry.getValue()) + ".");
            }
        }
    }

    private void overview() {
        List<Plan.OverviewYear> rows = plan.overview();
        int allLines = lineCount(l -> true);
        for (int i = 0; i < rows.size(); i++) {
            Plan.OverviewYear row = rows.get(i);
            if (row.income() != null && row.costs() != null && row.result() != null) {
                compareStated(row.year(), "Översiktens resultat", row.result(), row.income().minus(row.costs()),
                        "intäkter minus kostnader i översikten ger", 2);
            }
            Plan.OverviewYear previous = i > 0 ? rows.get(i - 1) : null;
            if (previous != null && row.result() != null && row.equityEnd() != null && previous.equityEnd() != null
                    && previous.year() == row.year() - 1) {
                compareStated(row.year(), "Översiktens eget kapital vid årets slut", row.equityEnd(),
                        previous.equityEnd().plus(row.result()), "föregående års eget kapital plus årets resultat i översikten ger", 2);
            }
            Plan.StatedFigures stated = plan.budget().stated().get(row.year());
            figures.stream().filter(f -> f.year() == row.year()).findFirst().ifPresent(f -> {
                if (stated == null || !row.equityEnd().equals(stated.equityEnd())) {
                    compareFigure(row.year(), "Eget kapital vid årets slut i översikten", row.equityEnd(), f.equityEnd(), allLines);
                }
                if (f.kind().isFuture() && row.costs() != null && (stated == null || !row.costs().equals(stated.costs()))) {
                    compareFigure(row.year(), "Kostnaderna i översikten", row.costs(),
                            plan.budget().otherIncomeNettedInCosts() ? f.costs().minus(f.otherIncome()) : f.costs(), allLines);
                }
            });
            figures.stream().filter(f -> f.year() == row.year() + 1 && f.equityStart() != null).findFirst()
                    .filter(next -> plan.budget().equityStart() != null && next.year() == plan.budget().equityStart().year())
                    .ifPresent(next -> compareStated(row.year(), "Översiktens eget kapital vid slutet av " + row.year(),
                            row.equityEnd(), next.equityStart(), "budgettabellen anger eget kapital vid ingången av " + next.year() + " till", 0));
        }
    }

    /** Compares two figures the document states itself; a difference is the document's own inconsistency. */
    private void compareStated(int year, String what, Money stated, Money other, String otherText, int lines) {
        if (stated == null || other == null || stated.equals(other)) {
            return;
        }
        Money difference = stated.minus(other);
        if (lines > 0 && explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, what + " anges till " + fmt(stated) + "; " + otherText + " "
                    + fmt(other) + ". Skillnaden (" + fmt(difference) + ") förklaras av avrundning.");
        } else {
            add("STATED_FIGURE_MISMATCH", Severity.ERROR, year, what + " anges till " + fmt(stated) + " men " + otherText
                    + " " + fmt(other) + " (skillnad " + fmt(difference) + ").");
        }
    }

    private void allocations() {
        for (Plan.Allocation allocation : plan.allocations()) {
            int year = allocation.year();
            if (allocation.key() == AllocationKey.PERCENT_OF_TOTAL) {
                BigDecimal sum = allocation.municipalities().stream().map(Plan.MunicipalShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(BigDecimal.valueOf(25)) != 0) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "Kommunernas andelar är tillsammans " + MoneyFormat.percent(sum)
                            + " av tilldelningen; lagen ger kommunerna tillsammans 25 %.");
                }
            }
            if (allocation.key() == AllocationKey.FIXED) {
                Money sum = allocation.municipalities().stream().map(Plan.MunicipalShare::amount).reduce(Money.ZERO, Money::plus);
                Money quarter = PlanCalculator.contributions(plan, withKey(allocation)).stream()
                        .filter(c -> c.kind() == ContributionKind.MUNICIPALITY).map(Contribution::amount).reduce(Money.ZERO, Money::plus);
                if (!sum.equals(quarter)) {
                    add("ALLOCATION_SPLIT", Severity.ERROR, year, "Kommunernas belopp är tillsammans " + fmt(sum)
                            + " men deras fjärdedel av " + fmt(allocation.total()) + " är " + fmt(quarter) + ".");
                }
            }
            if (allocation.key() == AllocationKey.UNSPECIFIED
                    && plan.members().stream().filter(m -> m.kind() == MemberKind.MUNICIPALITY).count() > 1) {
                add("ALLOCATION_KEY_MISSING", Severity.INFO, year, "Planen anger inte hur kommunerna delar sin fjärdedel ("
                        + fmt(allocation.total().percent(BigDecimal.valueOf(25))) + "); ange en fördelningsnyckel för att se varje kommuns bidrag.");
            }
            List<Contribution> computed = PlanCalculator.contributions(plan, allocation);
            Money statedSum = Money.ZERO;
            for (Plan.StatedContribution stated : allocation.stated()) {
                statedSum = statedSum.plus(stated.amount());
                computed.stream().filter(c -> c.member().equals(stated.member())).findFirst().ifPresent(c -> {
                    if (!c.amount().equals(stated.amount())) {
                        add("ALLOCATION_SPLIT", Severity.ERROR, year, stated.member() + " anges bidra med " + fmt(stated.amount())
                                + " men enligt lagens andelar och förbundets nyckel blir det " + fmt(c.amount()) + ".");
                    }
                });
            }
            if (!allocation.stated().isEmpty() && !statedSum.equals(allocation.total())) {
                add("ALLOCATION_SPLIT", Severity.ERROR, year, "Medlemmarnas angivna bidrag är tillsammans " + fmt(statedSum)
                        + " men tilldelningen är " + fmt(allocation.total()) + ".");
            }
            figures.stream().filter(f -> f.year() == year && !f.contributions().isZero()).findFirst().ifPresent(f -> {
                if (!f.contributions().equals(allocation.total())) {
                    add("ALLOCATION_SPLIT", Severity.WARNING, year, "Budgetens medlemsbidrag " + fmt(f.contributions())
                            + " skiljer sig från tilldelningen " + fmt(allocation.total()) + ".");
                }
            });
        }
    }

    private static Plan.Allocation withKey(Plan.Allocation allocation) {
        return new Plan.Allocation(allocation.year(), allocation.total(), AllocationKey.UNSPECIFIED, List.of(), List.of());
    }

    private void forbiddenCosts() {
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.type() == LineType.COST && BENEFIT_TO_INDIVIDUALS.matcher(line.name()).find()) {
                    Integer year = line.amounts().entrySet().stream().filter(e -> !e.getValue().isZero())
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    add("FORBIDDEN_COST", Severity.ERROR, year, "Kostnaden \"" + line.name() + "\"" + (line.ref() == null ? "" : " (" + line.ref() + ")")
                            + " ser ut att betala ersättningar eller förmåner till enskilda. Sådant får förbundet inte finansiera.");
                }
            }
        }
    }

    private void threeYears() {
        long futureYears = plan.budget().years().stream().filter(y -> y.kind().isFuture()).count();
        if (futureYears >= 3) {
            return;
        }
        Set<Integer> covered = new java.util.TreeSet<>();
        plan.budget().years().stream().filter(y -> y.kind().isFuture()).forEach(y -> covered.add(y.year()));
        plan.overview().stream().filter(o -> o.kind().isFuture()).forEach(o -> covered.add(o.year()));
        Integer first = plan.budget().years().stream().filter(y -> y.kind() == YearKind.BUDGET).map(Plan.BudgetYear::year)
                .findFirst().orElse(null);
        boolean outlookCovers = first != null && covered.containsAll(Set.of(first, first + 1, first + 2));
        add("THREE_YEAR_PLAN", outlookCovers ? Severity.INFO : Severity.WARNING, first,
                "Budgettabellen har " + futureYears + " budget- eller planår; lagen kräver en plan för tre år."
                        + (outlookCovers ? " Planens översikt anger de övriga åren som totaler." : ""));
    }

    private void add(String code, Severity severity, Integer year, String message) {
        findings.add(new Finding(code, severity, year, message));
    }

    private String unitName() {
        return "tkr".equals(plan.budget().unit()) ? "tkr" : "kronor";
    }

    private String baseName() {
        return plan.rules().equityCeilingBase() == EquityBase.BUDGETED_INCOME ? "budgeterade intäkter" : "årets tilldelning";
    }

    private String fmt(Money amount) {
        return format(amount, plan.budget().unit());
    }

    /** Formats in the plan's unit; tkr with one decimal where the amount is not whole thousands. */
    public static String format(Money amount, String unit) {
        if (!"tkr".equals(unit)) {
            return MoneyFormat.kronor(amount);
        }
        BigDecimal tkr = amount.exactKronor().divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
        if (tkr.stripTrailingZeros().scale() <= 0) {
            return MoneyFormat.tkr(amount);
        }
        long whole = tkr.setScale(0, RoundingMode.DOWN).longValue();
        String decimal = tkr.abs().remainder(BigDecimal.ONE).movePointRight(1).setScale(0, RoundingMode.DOWN).toPlainString();
        return (tkr.signum() < 0 && whole == 0 ? "-" : "") + MoneyFormat.group(whole) + "," + decimal + "\u00a0tkr";
    }

    static String categoryName(CostCategory category) {
        return switch (category) {
            case ADMINISTRATION -> "administration";
            case INDIVIDUAL -> "individinriktade insatser";
            case STRUCTURAL -> "strukturövergripande insatser";
            case PROCESS_SUPPORT -> "processtöd";
            case UNALLOCATED -> "ofördelade/reserverade medel";
        };
    }

}
