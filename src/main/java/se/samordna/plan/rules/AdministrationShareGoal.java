package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.CostCategory;
import se.samordna.plan.YearFigures;

import java.math.BigDecimal;

import se.samordna.shared.MoneyFormat;

/**
 * The association's goal for the share of the members' contributions spent on administration, from the year it names.
 * <p>Findings: {@code ADMIN_SHARE_ABOVE_GOAL}.
 */
final class AdministrationShareGoal extends Check {

    AdministrationShareGoal(Context context) {
        super(context);
    }

    @Override
    void year(YearFigures year) {
        Plan.FinancialRules rules = plan.rules();
        if (rules.adminShareGoalPercent() == null || !year.kind().isFuture() || year.contributions().isZero()) {
            return;
        }
        BigDecimal share = year.category(CostCategory.ADMINISTRATION).percentOf(year.contributions(), 1);
        if (share.compareTo(rules.adminShareGoalPercent()) <= 0) {
            return;
        }
        boolean goalYear = rules.adminShareGoalYear() == null || year.year() >= rules.adminShareGoalYear();
        add("ADMIN_SHARE_ABOVE_GOAL", goalYear ? Severity.WARNING : Severity.INFO, year.year(),
                rules.adminShareGoalYear() == null ? "adminShare" : "adminShareBy", fmt(year.category(CostCategory.ADMINISTRATION)),
                MoneyFormat.percent(share), fmt(year.contributions()), MoneyFormat.percent(rules.adminShareGoalPercent()),
                String.valueOf(rules.adminShareGoalYear()));
    }
}
