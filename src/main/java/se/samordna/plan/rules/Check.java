package se.samordna.plan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.samordna.shared.MoneyFormat;
import se.samordna.plan.Finding;
import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.EquityBase;
import se.samordna.plan.LineType;
import se.samordna.plan.YearFigures;

import java.util.List;

import se.samordna.shared.Money;

/**
 * What every rule of a plan shares: the plan, its computed years, the findings so far, and the comparisons of a figure
 * the document states with the one its lines give (where rounding to whole tkr explains a difference and where not).
 * A rule looks at each year ({@link #year}) and at the plan as a whole ({@link #whole}).
 */
abstract class Check {

    /** The plan being checked, its computed years and the findings, shared by every rule of one check. */
    record Context(Plan plan, List<YearFigures> figures, List<Finding> findings) {
    }

    final Plan plan;
    final List<YearFigures> figures;
    private final List<Finding> findings;

    Check(Context context) {
        this.plan = context.plan();
        this.figures = context.figures();
        this.findings = context.findings();
    }

    /** The rule applied to one year of the budget. */
    void year(YearFigures year) {
    }

    /** The rule applied to the plan as a whole, after every year. */
    void whole() {
    }

    int lineCount(java.util.function.Predicate<Plan.BudgetLine> which) {
        return (int) plan.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(which).count();
    }

    void compareSum(int year, FindingText.Text what, Money stated, Money computed, int lines) {
        Money difference = stated.minus(computed);
        if (difference.isZero()) {
            return;
        }
        if (explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, "roundingSum", what, fmt(stated), fmt(computed), fmt(difference),
                    FindingText.Text.of("unit." + unitName()));
        } else {
            add("SUM_MISMATCH", Severity.ERROR, year, "mismatch", what, fmt(stated), fmt(computed), fmt(difference));
        }
    }

    boolean explainedByRounding(Money difference, int lines) {
        long unit = plan.budget().unitOre();
        if (unit <= 100) {
            return false;
        }
        long tolerance = Math.max(1, lines / 2) * unit;
        return Math.abs(difference.ore()) <= tolerance;
    }

    void compareFigure(int year, FindingText.Text what, Money stated, Money computed, int lines) {
        if (stated == null || computed == null) {
            return;
        }
        Money difference = stated.minus(computed);
        if (difference.isZero()) {
            return;
        }
        if (explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, "roundingFigure", what, fmt(stated), fmt(computed), fmt(difference));
        } else {
            add("STATED_FIGURE_MISMATCH", Severity.ERROR, year, "mismatch", what, fmt(stated), fmt(computed), fmt(difference));
        }
    }

    /** Compares two figures the document states itself; a difference is the document's own inconsistency. */
    void compareStated(int year, FindingText.Text what, Money stated, Money other, FindingText.Text otherText, int lines) {
        if (stated == null || other == null || stated.equals(other)) {
            return;
        }
        Money difference = stated.minus(other);
        if (lines > 0 && explainedByRounding(difference, lines)) {
            add("ROUNDING_DIFFERENCE", Severity.INFO, year, "roundingStated", what, fmt(stated), otherText, fmt(other), fmt(difference));
        } else {
            add("STATED_FIGURE_MISMATCH", Severity.ERROR, year, "mismatchStated", what, fmt(stated), otherText, fmt(other), fmt(difference));
        }
    }

    /** A finding whose sentence is {@code finding.text.<key>} in the bundles, with its arguments (amounts already formatted). */
    void add(String code, Severity severity, Integer year, String key, Object... args) {
        List<Object> arguments = java.util.Arrays.stream(args).map(a -> a instanceof FindingText.Text ? a : (Object) String.valueOf(a)).toList();
        findings.add(new Finding(code, severity, year, FindingText.render(FindingText.SWEDISH, key, arguments), key, arguments));
    }

    String unitName() {
        return "tkr".equals(plan.budget().unit()) ? "tkr" : "kr";
    }

    FindingText.Text baseName() {
        return FindingText.Text.of(plan.rules().equityCeilingBase() == EquityBase.BUDGETED_INCOME ? "base.income" : "base.allocation");
    }

    String fmt(Money amount) {
        return format(amount, plan.budget().unit());
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
}
