package se.samordna.initiative.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samordna.plan.Initiative;
import se.samordna.shared.Money;

/** An initiative as the API shows it: amounts in whole kronor per year. */
record InitiativeView(String id, String name, String kind, String owner, List<String> members, String targetGroup, Integer ageFrom,
                      Integer ageTo, List<String> municipalities, LocalDate start, LocalDate end, String purpose, List<String> goals,
                      Integer budgetedParticipants, boolean esf, Initiative.Contact contact, List<Initiative.SteeringMember> steeringGroup,
                      String state, Map<String, Long> requested, Initiative.Statement statement, Decision decision, Agreement agreement,
                      Map<String, Long> granted, LocalDate closed) {

    record Decision(LocalDate date, String minutes, boolean granted, Map<String, Long> amounts, String conditions, String refusalReason) {
    }

    record Agreement(LocalDate date, LocalDate start, LocalDate end, Map<String, Long> amounts, List<Initiative.ReportKind> reports) {
    }

    static InitiativeView of(Initiative i) {
        return new InitiativeView(i.id(), i.name(), i.kind().name(), i.owner(), i.members(), i.targetGroup(), i.ageFrom(), i.ageTo(),
                i.municipalities(), i.start(), i.end(), i.purpose(), i.goals(), i.budgetedParticipants(), i.esf(), i.contact(),
                i.steeringGroup(), i.state().name(), i.application() == null ? null : kronor(i.application().requested()), i.statement(),
                i.decision() == null ? null : new Decision(i.decision().date(), i.decision().minutes(), i.decision().granted(),
                        kronor(i.decision().amounts()), i.decision().conditions(), i.decision().refusalReason()),
                i.agreement() == null ? null : new Agreement(i.agreement().date(), i.agreement().start(), i.agreement().end(),
                        kronor(i.agreement().amounts()), i.agreement().reports()),
                kronor(i.granted()), i.closed());
    }

    static Map<String, Long> kronor(Map<Integer, Money> amounts) {
        Map<String, Long> result = new LinkedHashMap<>();
        amounts.forEach((year, amount) -> result.put(String.valueOf(year), amount.kronor()));
        return result;
    }
}
