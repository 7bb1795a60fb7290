package se.samordna.reminders;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.plan.Plans;
import se.samordna.plan.Seeds;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.Role;

/**
 * The daily digest on its own (with the modules it depends on): a report coming due reaches the initiative's own
 * reporter in the days before it is due, and nobody who does not report for that initiative.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class RemindersModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    Reminders reminders;
    @Autowired
    Plans plans;
    @Autowired
    Initiatives initiatives;
    @Autowired
    InitiativeRecords records;
    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReportComingDueReachesTheInitiativesOwnReporterOnly() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Påminnelser");
        ModuleTestDatabase.as("forbundschef-test", () -> {
            plans.importFile(AssociationId.of(id), Seeds.text("klaralvdalen-2025.yaml"), null);
            String suffix = id.toString().substring(0, 8);
            UUID reporter = directory.createUser("rapportor-" + suffix, "Rapportör", "ett-langt-testlosenord", false, false);
            UUID other = directory.createUser("annan-" + suffix, "Annan rapportör", "ett-langt-testlosenord", false, false);
            directory.grant(UserId.of(reporter), AssociationId.of(id), Role.INITIATIVE_REPORTER);
            directory.grant(UserId.of(other), AssociationId.of(id), Role.INITIATIVE_REPORTER);
            records.assignReporter(AssociationId.of(id), InitiativeId.of("modus-munkfors"), UserId.of(reporter));
            Initiatives.Overdue first = initiatives.unsubmittedDueBefore(AssociationId.of(id), LocalDate.of(2031, 1, 1)).stream()
                    .filter(due -> due.initiativeId().equals("modus-munkfors"))
                    .min(java.util.Comparator.comparing(Initiatives.Overdue::due)).orElseThrow();

            var waiting = reminders.waiting(first.due().minusDays(3));
            assertThat(waiting.get(reporter)).extracting(Reminders.Item::text)
                    .anySatisfy(text -> assertThat(text).contains(first.initiativeName()).contains(first.period()).contains("lämnas senast " + first.due()));
            assertThat(waiting.getOrDefault(other, List.of())).extracting(Reminders.Item::text).noneMatch(text -> text.contains(first.initiativeName()));
        });
    }
}
