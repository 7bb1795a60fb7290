package se.samordna.plan.rules;

import se.samordna.plan.Finding;
import java.util.ArrayList;
import java.util.List;

import se.samordna.plan.Plan;
import se.samordna.plan.YearFigures;

/**
 * The checks of a plan: every rule, one class each and named after it, applied to each year and then to the whole plan.
 * Each finding has a stable code, a severity, its year and a Swedish sentence with the amounts, in the unit the plan is
 * printed in.
 *
 * <p>What rounding explains: in a plan printed in tkr every printed figure may be up to half a unit off its exact value,
 * so a printed total may differ from the sum of its n printed lines by at most n/2 units (at least one unit). A plan
 * printed in kronor has no such excuse.
 */
public final class PlanChecks {

    private PlanChecks() {
    }

    public static List<Finding> check(Plan plan) {
        List<Finding> findings = new ArrayList<>();
        List<YearFigures> figures = se.samordna.plan.PlanFigures.of(plan).years();
        Check.Context context = new Check.Context(plan, figures, findings);
        List<Check> rules = List.of(new StatedFigures(context), new EquityCeiling(context), new EquityFloor(context),
                new BalancedBudget(context), new AdministrationShareGoal(context), new CategorySplit(context),
                new AllocationSplit(context), new ForbiddenCosts(context), new ThreeYearPlan(context));
        for (YearFigures year : figures) {
            rules.forEach(rule -> rule.year(year));
        }
        rules.forEach(Check::whole);
        return List.copyOf(findings);
    }
}
