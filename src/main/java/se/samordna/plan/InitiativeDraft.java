package se.samordna.plan;

import java.time.LocalDate;
import java.util.List;

/** What a person enters about an initiative: its description, not its state. */
public record InitiativeDraft(String name, InitiativeKind kind, String owner, List<String> members, String targetGroup,
                              Integer ageFrom, Integer ageTo, List<String> municipalities, LocalDate start, LocalDate end,
                              String purpose, List<String> goals, Integer budgetedParticipants, boolean esf,
                              Initiative.Contact contact, List<Initiative.SteeringMember> steeringGroup) {
}
