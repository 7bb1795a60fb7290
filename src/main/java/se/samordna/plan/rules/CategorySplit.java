package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.CostCategory;
import se.samordna.plan.YearFigures;
import se.samordna.plan.YearKind;

import java.math.BigDecimal;
import java.util.Map;

import se.samordna.shared.MoneyFormat;

/**
 * The planned split of the budget year's costs between kinds of initiatives and administration, within two points.
 * <p>Findings: {@code CATEGORY_SPLIT_OFF_TARGET}.
 */
final class CategorySplit extends Check {

    CategorySplit(Context context) {
        super(context);
    }

    private static final BigDecimal SPLIT_TOLERANCE_POINTS = BigDecimal.valueOf(2);

    @Override
    void year(YearFigures year) {
        Map<CostCategory, BigDecimal> target = plan.rules().targetSplit();
        if (target.isEmpty() || year.kind() != YearKind.BUDGET || year.costs().isZero()) {
            return;
        }
        for (Map.Entry<CostCategory, BigDecimal> entry : target.entrySet()) {
            BigDecimal actual = year.category(entry.getKey()).percentOf(year.costs(), 1);
            if (actual.subtract(entry.getValue()).abs().compareTo(SPLIT_TOLERANCE_POINTS) > 0) {
                add("CATEGORY_SPLIT_OFF_TARGET", Severity.WARNING, year.year(), "categorySplit",
                        FindingText.Text.of("category." + entry.getKey().name()), MoneyFormat.percent(actual), MoneyFormat.percent(entry.getValue()));
            }
        }
    }
}
