package se.samordna.plan.rules;

import se.samordna.plan.Severity;
import se.samordna.plan.Plan;
import se.samordna.plan.LineType;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Costs an association may not fund: payments or benefits to individuals (bus cards, participant wages, income
 * support, ...), found by the words of a cost line's name.
 * <p>Findings: {@code FORBIDDEN_COST}.
 */
final class ForbiddenCosts extends Check {

    ForbiddenCosts(Context context) {
        super(context);
    }

    /** Words in a cost line's name that point to payments or benefits to individuals, which no association may fund. */
    private static final Pattern BENEFIT_TO_INDIVIDUALS = Pattern.compile(
            "busskort|buss-kort|färdbevis|reskort|milersättning|reseersättning till deltagare|resersättning till deltagare"
                    + "|praktikantlön|praktiklön|lön till deltagare|deltagarersättning|ersättning till deltagare|försörjningsstöd"
                    + "|tolkkostnad|tolk för deltagare|kontantbidrag|presentkort",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    void whole() {
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.type() == LineType.COST && BENEFIT_TO_INDIVIDUALS.matcher(line.name()).find()) {
                    Integer year = line.amounts().entrySet().stream().filter(e -> !e.getValue().isZero())
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    add("FORBIDDEN_COST", Severity.ERROR, year, "forbiddenCost", line.name(), line.ref() == null ? "" : " (" + line.ref() + ")");
                }
            }
        }
    }
}
