package se.samordna.plan;

import se.samordna.shared.InitiativeId;
import java.util.ArrayList;
import java.util.List;

import se.samordna.shared.Money;

/**
 * What the board has granted for years after the plan's last year (beslutade åtaganden kommande år). A grant never
 * vanishes: it stays on the initiative's decision, is listed under the budget, and enters the budget of the period that
 * covers its year when the plan is rolled forward.
 */
public final class Commitments {

    private Commitments() {
    }

    public record Commitment(InitiativeId initiativeId, String initiative, int year, Money amount) {
    }

    public static List<Commitment> of(Plan plan) {
        int last = plan.budget().years().stream().mapToInt(Plan.BudgetYear::year).max().orElse(Integer.MAX_VALUE);
        List<Commitment> result = new ArrayList<>();
        for (Initiative initiative : plan.initiatives()) {
            initiative.granted().forEach((year, amount) -> {
                if (year > last && !amount.isZero()) {
                    result.add(new Commitment(InitiativeId.of(initiative.id()), initiative.name(), year, amount));
                }
            });
        }
        result.sort(java.util.Comparator.comparingInt(Commitment::year).thenComparing(Commitment::initiative));
        return List.copyOf(result);
    }
}
