package se.samordna.plan.rules;

import se.samordna.plan.Plan;
import se.samordna.plan.Initiative;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * The board decides on an application, grant or refusal, only once the preparation group has given its statement,
 * when the association's rules say so ({@code rules.statementRequired}, on by default).
 */
public final class StatementRule {

    private StatementRule() {
    }

    public static boolean awaitsStatement(Plan plan, Initiative initiative) {
        return plan.initiativeRules().statementRequired() && initiative.statement() == null;
    }

    public static void requireStatement(Plan plan, Initiative initiative) {
        if (awaitsStatement(plan, initiative)) {
            throw new InvalidInputException(Text.of("place.yttrande"), Text.of("error.beredningsgruppensYttrandeSkaFinnasInnan"));
        }
    }
}
