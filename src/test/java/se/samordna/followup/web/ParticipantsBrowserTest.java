package se.samordna.followup.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.web.Browsers;
import se.samordna.web.InBrowser;
import se.samordna.web.SamordnaTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.shared.Role;

/**
 * A reporter at a member keeps an initiative's participants in a real browser: a period's new participants, a
 * participant who starts and later leaves for work. The page has no WCAG 2.1 AA violations found by axe.
 */
@SamordnaTest
class ParticipantsBrowserTest extends InBrowser {

    @Autowired
    InitiativeRecords initiativeRecords;
    @Autowired
    UserDirectory directory;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aReporterRecordsAPeriodAndAParticipantFromStartToExit() throws Exception {
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        String reporterName = people.with(Role.INITIATIVE_REPORTER, kd);
        java.util.UUID reporterId = directory.findByUsername(reporterName).orElseThrow().id();
        asTest(() -> initiativeRecords.assignReporter(kd.id(), InitiativeId.of("rebus-hagfors"), UserId.of(reporterId)));
        try {
            recordInTheBrowser(kd, reporterName);
        } finally {
            // Other tests count this initiative's participants: leave it as it was.
            jdbc.sql("delete from participant_record where association_id = :a and initiative_id = 'rebus-hagfors'").param("a", kd.id().value()).update();
            jdbc.sql("delete from participant_volume where association_id = :a and initiative_id = 'rebus-hagfors'").param("a", kd.id().value()).update();
            asTest(() -> initiativeRecords.unassignReporter(kd.id(), "rebus-hagfors", reporterId));
        }
    }

    private static void asTest(Runnable action) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test", null, java.util.List.of()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void recordInTheBrowser(Association kd, String reporterName) throws Exception {
        Page page = signedIn(reporterName);

        // From the association's start page, where a reporter finds the initiatives assigned to them.
        page.navigate("http://localhost:" + port + "/associations/" + kd.id());
        page.waitForSelector("text=Dina insatser");
        Browsers.assertNoAccessibilityViolations(page, "reporter-start");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("deltagare och nya deltagare per period")).click();
        page.waitForSelector("h1:has-text('Deltagare – Rebus Hagfors')");
        page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)).fill("2025H2");
        page.getByLabel("Kvinnor").fill("5");
        page.getByLabel("Män").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara perioden")).click();
        page.waitForSelector("td:has-text('2025H2')");

        page.getByLabel("Kod", new Page.GetByLabelOptions().setExact(true)).fill("RH-101");
        page.getByLabel("Åldersgrupp").selectOption("25-29");
        page.getByLabel("Huvudsaklig försörjning före").selectOption("SOCIAL_ASSISTANCE");
        page.getByLabel("Startdatum").fill("2025-03-10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForSelector("td:has-text('RH-101')");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra deltagare RH-101")).click();
        page.getByLabel("Slutdatum").fill("2025-10-31");
        page.getByLabel("Utfall").selectOption("WORK");
        page.getByLabel("Stegförflyttning").selectOption("true");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForSelector("td:has-text('2025-10-31')");
        assertThat(page.locator("#deltagare + table, section[aria-labelledby=deltagare] table").first().textContent())
                .contains("RH-101").contains("Arbete").contains("ja");
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Browsers.screenshot(page, screenshots.resolve("participants.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "participants");
        page.close();
    }
}
