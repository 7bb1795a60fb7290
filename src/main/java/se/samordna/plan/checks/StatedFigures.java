package se.samordna.plan.checks;

import se.samordna.plan.Plan;
import se.samordna.plan.budget.LineType;
import se.samordna.plan.budget.YearFigures;

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
            compareSum(year.year(), "Summan för \"" + group.name() + "\"", stated, sum, group.lines().size());
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
}
