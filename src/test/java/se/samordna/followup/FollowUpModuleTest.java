package se.samordna.followup;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.plan.Initiative;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.InvalidInputException;

/**
 * Participant follow-up on its own (with the modules it depends on): the number of new participants per period is kept
 * by legal sex, written for Uppföljning Finsam with the initiative's name, and a period outside the initiative is refused.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class FollowUpModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    ParticipantFollowUp followUp;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void newParticipantsAreKeptBySexAndWrittenForUppfoljningFinsam() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Deltagare");
        ModuleTestDatabase.as("rapportor-test", () -> {
            plans.importFile(AssociationId.of(id), Seeds.text("klaralvdalen-2025.yaml"), null);
            Initiative modus = plans.get(AssociationId.of(id)).plan().initiative(InitiativeId.of("modus-munkfors")).orElseThrow();
            followUp.recordVolume(AssociationId.of(id), modus, "2025H1", 7, 5);
            assertThat(followUp.volumes(AssociationId.of(id), 2025)).containsExactly(new ParticipantFollowUp.Volume("modus-munkfors", "2025H1", 7, 5));
            assertThat(followUp.uppfoljningFinsamCsv(AssociationId.of(id), 2025, Map.of("modus-munkfors", modus.name())))
                    .contains(modus.name() + ";2025H1;7;5;12");
            assertThatThrownBy(() -> followUp.recordVolume(AssociationId.of(id), modus, "2019", 1, 1)).isInstanceOf(InvalidInputException.class);

            // Written as the reporter says it, kept as Uppföljning Finsam reads it, shown in words.
            followUp.recordVolume(AssociationId.of(id), modus, "hösten 2025", 4, 6);
            ParticipantFollowUp.Volume autumn = followUp.volumes(AssociationId.of(id), 2025).get(1);
            assertThat(autumn).isEqualTo(new ParticipantFollowUp.Volume("modus-munkfors", "2025H2", 4, 6));
            assertThat(autumn.label().in(se.samordna.shared.Text.SWEDISH)).isEqualTo("hösten 2025 (juli–december)");
        });
    }

    @Test
    void aPeriodThatHasNotBegunHasNoParticipantsYet() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Framtiden");
        ModuleTestDatabase.as("rapportor-test", () -> {
            plans.importFile(AssociationId.of(id), Seeds.text("norra-vastmanland-2022.yaml"), null);
            Initiative open = plans.get(AssociationId.of(id)).plan().initiatives().stream().filter(i -> i.end() == null).findFirst().orElseThrow();
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
            String next = (today.getYear() + 1) + "H1";
            assertThatThrownBy(() -> followUp.recordVolume(AssociationId.of(id), open, next, 3, 2)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).toString()).contains("har inte börjat"));
            assertThat(followUp.volumes(AssociationId.of(id), today.getYear() + 1)).isEmpty();
        });
    }
}
