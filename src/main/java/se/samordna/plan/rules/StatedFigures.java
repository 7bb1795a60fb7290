package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;
import se.samordna.plan.YearFigures;

import java.util.List;

import se.samordna.shared.Money;

/**
 * The document's own arithmetic: every sum and figure a plan states (group sums, income, costs, result, equity, the
 * multi-year overview) compared with what its lines give, and what rounding to whole units explains.
 * <p>Findings: {@code SUM_MISMATCH}, {@code STATED_FIGURE_MISMATCH}, {@code ROUNDING_DIFFERENCE}, {@code EQUITY_AS_INCOME},
 * {@code OTHER_INCOME_NETTED}.
 */
final class StatedFigures extends Check {

    StatedFigures(Context context) {
        super(context);
    }

    @Override
    void year(YearFigures year) {
        groupSums(year);
        statedFigures(year);
    }

    @Override
    void whole() {
        overview();
    }

    private void groupSums(YearFigures year) {
        for (Plan.LineGroup group : plan.budget().groups()) {
            Money stated = group.stated().get(year.year());
            if (stated == null) {
                continue;
            }
            Money sum = groupSum(group, year.year());
            compareSum(year.year(), FindingText.Text.of("label.groupSum", group.name()), stated, sum, group.lines().size());
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
                add("EQUITY_AS_INCOME", Severity.WARNING, year.year(), "equityAsIncome", fmt(stated.income()), fmt(year.equityUseLines()),
                        fmt(computedIncome), fmt(year.result().negate()));
            } else {
                compareSum(year.year(), FindingText.Text.of(netted ? "label.incomeContributions" : "label.income"), stated.income(),
                        computedIncome, incomeLines);
            }
        }
        if (stated.costs() != null) {
            Money computedCosts = netted ? year.costs().minus(year.otherIncome()) : year.costs();
            compareSum(year.year(), FindingText.Text.of(netted ? "label.costsNet" : "label.costs"), stated.costs(),
                    computedCosts, netted ? allLines : costLines);
        }
        compareFigure(year.year(), FindingText.Text.of("label.result"), stated.result(), year.result(), allLines);
        compareFigure(year.year(), FindingText.Text.of("label.equityStart"), stated.equityStart(), year.equityStart(), allLines);
        compareFigure(year.year(), FindingText.Text.of("label.equityEnd"), stated.equityEnd(), year.equityEnd(), allLines);
        compareFigure(year.year(), FindingText.Text.of("label.available"), stated.available(), year.available(), allLines);
        if (stated.equityUsed() != null) {
            compareFigure(year.year(), FindingText.Text.of("label.equityUsed"), stated.equityUsed(),
                    Money.max(Money.ZERO, year.result().negate()), allLines);
        }
        if (netted && !year.otherIncome().isZero()) {
            add("OTHER_INCOME_NETTED", Severity.INFO, year.year(), "otherIncomeNetted", fmt(year.otherIncome()), fmt(year.income()),
                    fmt(year.costs()), fmt(year.result()));
        }
    }

    private void overview() {
        List<Plan.OverviewYear> rows = plan.overview();
        int allLines = lineCount(l -> true);
        for (int i = 0; i < rows.size(); i++) {
            Plan.OverviewYear row = rows.get(i);
            if (row.income() != null && row.costs() != null && row.result() != null) {
                compareStated(row.year(), FindingText.Text.of("label.overviewResult"), row.result(), row.income().minus(row.costs()),
                        FindingText.Text.of("other.incomeMinusCosts"), 2);
            }
            Plan.OverviewYear previous = i > 0 ? rows.get(i - 1) : null;
            if (previous != null && row.result() != null && row.equityEnd() != null && previous.equityEnd() != null
                    && previous.year() == row.year() - 1) {
                compareStated(row.year(), FindingText.Text.of("label.overviewEquityEnd"), row.equityEnd(),
                        previous.equityEnd().plus(row.result()), FindingText.Text.of("other.previousPlusResult"), 2);
            }
            Plan.StatedFigures stated = plan.budget().stated().get(row.year());
            figures.stream().filter(f -> f.year() == row.year()).findFirst().ifPresent(f -> {
                if (stated == null || !row.equityEnd().equals(stated.equityEnd())) {
                    compareFigure(row.year(), FindingText.Text.of("label.equityEndInOverview"), row.equityEnd(), f.equityEnd(), allLines);
                }
                if (f.kind().isFuture() && row.costs() != null && (stated == null || !row.costs().equals(stated.costs()))) {
                    compareFigure(row.year(), FindingText.Text.of("label.costsInOverview"), row.costs(),
                            plan.budget().otherIncomeNettedInCosts() ? f.costs().minus(f.otherIncome()) : f.costs(), allLines);
                }
            });
            figures.stream().filter(f -> f.year() == row.year() + 1 && f.equityStart() != null).findFirst()
                    .filter(next -> plan.budget().equityStart() != null && next.year() == plan.budget().equityStart().year())
                    .ifPresent(next -> compareStated(row.year(), FindingText.Text.of("label.overviewEquityAtEndOf", String.valueOf(row.year())),
                            row.equityEnd(), next.equityStart(), FindingText.Text.of("other.budgetTableStart", String.valueOf(next.year())), 0));
        }
    }
}
