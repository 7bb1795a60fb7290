package se.samordna.plan.rules;

import java.util.List;

import se.samordna.plan.Plan;
import se.samordna.plan.Initiative;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * An initiative granted at least the association's threshold in total ({@code rules.steeringGroupThreshold}, 100 tkr by
 * default) has a steering group, and the director is in it.
 */
public final class SteeringGroupRule {

    private SteeringGroupRule() {
    }

    public static void require(Plan plan, Money total, List<Initiative.SteeringMember> steeringGroup) {
        Money threshold = plan.initiativeRules().steeringGroupThreshold();
        if (total.lessThan(threshold)) {
            return;
        }
        if (steeringGroup == null || steeringGroup.isEmpty()) {
            throw new InvalidInputException(Text.of("place.styrgrupp"), Text.of("error.steeringGroupRequired", Check.format(threshold, "tkr")));
        }
        if (steeringGroup.stream().noneMatch(m -> m.role() == Initiative.SteeringRole.DIRECTOR)) {
            throw new InvalidInputException(Text.of("place.styrgrupp"), Text.of("error.forbundschefenSkaIngaIInsatsens"));
        }
    }
}
