package se.samordna.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.samordna.board.Meetings.Decision;
import se.samordna.board.Meetings.Item;
import se.samordna.board.Meetings.SubjectType;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/** Which decision fits which item: a grant or refusal decides an application, an adoption a plan or an annual report. */
final class DecisionRules {

    static final Money MAX_AMOUNT = Money.ofKronor(1_000_000_000L);

    private DecisionRules() {
    }

    static List<InvalidInputException.Problem> check(Item item, Minutes.DecisionEntry entry, String place) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Decision decision = entry.decision() == null ? Decision.NOTE : entry.decision();
        boolean fits = switch (decision) {
            case GRANT, REFUSE -> item.subjectType() == SubjectType.INITIATIVE_APPLICATION;
            case ADOPT -> item.subjectType() == SubjectType.PLAN_ADOPTION || item.subjectType() == SubjectType.ANNUAL_REPORT;
            case NOTE -> true;
        };
        if (!fits) {
            problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.decisionDoesNotFit", decision.name(), item.registryNumber(),
                    item.subjectType().name())));
        }
        Map<Integer, Money> amounts = entry.amounts() == null ? Map.of() : entry.amounts();
        if (decision == Decision.GRANT && amounts.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.grantNeedsAmounts", item.registryNumber())));
        }
        if (decision != Decision.GRANT && !amounts.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.amountsOnlyForGrant", item.registryNumber())));
        }
        amounts.forEach((year, amount) -> {
            if (year < 2000 || year > 2100 || amount == null || amount.ore() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.amount", String.valueOf(year))));
            }
        });
        if (entry.text() != null && entry.text().length() > 20_000) {
            problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.textTooLong", 20_000)));
        }
        return problems;
    }
}
