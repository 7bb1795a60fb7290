package se.samordna.demo;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.Plan;
import se.samordna.plan.YearKind;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Surveys;

/**
 * Generated, plausible follow-up for the seed associations' individual-level initiatives, so the follow-up views
 * show something on first start: new-participant volumes, pseudonymous records coded DEMO-…, and survey rounds
 * named "Genererade demodata". Everything is written as the actor "demodata" and is labelled where shown.
 */
@Component
class DemoFollowUp {

    static final String LABEL = "Genererade demodata";

    private final ParticipantFollowUp followUp;
    private final Surveys surveys;
    private final se.samordna.followup.RecordsDecision decisions;
    private final se.samordna.followup.ParticipantRecords records;

    DemoFollowUp(ParticipantFollowUp followUp, Surveys surveys, se.samordna.followup.RecordsDecision decisions,
                 se.samordna.followup.ParticipantRecords records) {
        this.records = records;
        this.followUp = followUp;
        this.surveys = surveys;
        this.decisions = decisions;
    }

    void generate(AssociationId associationId, Plan plan) {
        // Seeded by the association's name: the same follow-up on every install.
        Random random = new Random(((long) plan.association().name().hashCode() << 20) ^ 2025);
        int year = plan.budget().years().stream().filter(y -> y.kind() == YearKind.BUDGET)
                .map(Plan.BudgetYear::year).findFirst().orElse(2025);
        List<Initiative> individual = plan.initiatives().stream().filter(i -> i.kind() == InitiativeKind.INDIVIDUAL).toList();
        if (!individual.isEmpty()) {
            keepRecords(associationId, plan);
        }
        participants(associationId, individual, year, random, "DEMO-");
        if (individual.isEmpty()) {
            return;
        }
        StringBuilder participants = new StringBuilder();
        for (int indicator : new int[]{1, 2, 7, 9}) {
            for (String sex : new String[]{"K", "M"}) {
                for (int answer = 1; answer <= 10; answer++) {
                    int count = answer >= 6 ? 1 + random.nextInt(6) : random.nextInt(3);
                    participants.append(indicator).append(';').append(indicator).append(';').append(sex).append(';').append(answer)
                            .append(';').append(count).append('\n');
                }
            }
        }
        surveys.importRound(associationId, LABEL + " – deltagare vid avslut " + year, year, Surveys.Group.PARTICIPANTS_EXIT, 10,
                participants.toString());
    }

    /**
     * Generated participants of another year than the plan's budget year (the national installation's earlier years), in
     * the initiatives that run that year, coded {@code DEMO-<year>-…}.
     */
    void participantsOf(AssociationId associationId, Plan plan, int year) {
        keepRecords(associationId, plan);
        List<Initiative> running = plan.initiatives().stream().filter(i -> i.kind() == InitiativeKind.INDIVIDUAL)
                .filter(i -> (i.start() == null || i.start().getYear() < year) && (i.end() == null || i.end().getYear() > year)).toList();
        participants(associationId, running, year, new Random(((long) plan.association().name().hashCode() << 20) ^ year), "DEMO-" + year + "-");
    }

    /** The demonstration keeps records, as an association may decide to; the decision says they are generated. */
    private void keepRecords(AssociationId associationId, Plan plan) {
        if (decisions.of(associationId).isPresent()) {
            return;
        }
        String responsible = plan.members().stream().filter(m -> m.kind() == se.samordna.plan.MemberKind.MUNICIPALITY)
                .map(se.samordna.plan.Member::name).findFirst().orElse(plan.members().get(0).name());
        decisions.decide(associationId, true, responsible, 36, LocalDate.now(), LABEL,
                plan.members().stream().map(se.samordna.plan.Member::name).collect(java.util.stream.Collectors.toSet()), null);
    }

    private void participants(AssociationId associationId, List<Initiative> individual, int year, Random random, String codePrefix) {
        int code = 1;
        for (Initiative initiative : individual) {
            // New participants per half year and legal sex, as Uppföljning Finsam counts them: {H1 women, H1 men, H2 women, H2 men}.
            int[] started = new int[4];
            for (int n = 0; n < 18 + random.nextInt(14); n++) {
                LocalDate start = LocalDate.of(year, 1, 1).plusDays(random.nextInt(240));
                boolean exited = random.nextInt(10) < 6;
                LocalDate end = exited ? start.plusDays(60 + random.nextInt(120)) : null;
                String outcome = !exited ? null : List.of("WORK", "STUDIES", "EMPLOYMENT_SERVICE", "OTHER_MEMBER", "OTHER").get(random.nextInt(5));
                boolean woman = random.nextBoolean();
                records.saveRecord(associationId, InitiativeId.of(initiative.id()), null, new ParticipantFollowUp.RecordInput(
                        codePrefix + String.format("%03d", code++), (woman ? se.samordna.shared.LegalSex.WOMAN : se.samordna.shared.LegalSex.MAN).name(),
                        List.of("20-24", "25-29", "30-39", "40-49", "50-59").get(random.nextInt(5)), null, null, null, start, end, outcome, null,
                        exited ? random.nextInt(10) < 8 : null), null);
                started[(start.getMonthValue() <= 6 ? 0 : 2) + (woman ? 0 : 1)]++;
            }
            try {
                followUp.recordVolume(associationId, initiative, year + "H1", started[0], started[1]);
                followUp.recordVolume(associationId, initiative, year + "H2", started[2], started[3]);
            } catch (se.samordna.shared.InvalidInputException outsideItsTime) {
                // The seed's initiative does not run in the plan's budget year: no volumes for it.
            }
        }
    }
}
