package se.samordna.initiative.web;

import se.samordna.web.Browsers;
import se.samordna.web.InBrowser;
import se.samordna.web.SamordnaTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/**
 * The whole life of an initiative in a real browser, each step by the role that takes it: the director
 * registers the idea and the application, the preparation group states its view, the board grants, the
 * director signs the agreement and starts it, the reporter hands in the final report, the director closes it.
 */
@SamordnaTest
class InitiativeBrowserTest extends InBrowser {


    Path screenshots;

    void shot(Page page, String name) {
        Browsers.screenshot(page, screenshots.resolve(name + ".png"), true);
        Browsers.assertNoAccessibilityViolations(page, name);
    }

    String state(Page page) {
        if (page.locator("#state").count() == 0) {
            throw new AssertionError("no state on " + page.url() + ": " + page.locator("main").textContent());
        }
        return page.locator("#state").textContent();
    }

    @Test
    void fromApplicationToFinalReportEachStepByTheRightRole() throws Exception {
        screenshots = Files.createDirectories(Path.of("target/screenshots/initiative"));
        Association kd = people.association("Klarälvdalen");
        String base = "http://localhost:" + port + "/associations/" + kd.id() + "/initiatives";
        Page director = signedIn(people.with(Role.ADMIN, kd));
        Page preparation = signedIn(people.with(Role.PREPARATION, kd));
        Page board = signedIn(people.with(Role.BOARD, kd));
        String reporterName = people.with(Role.INITIATIVE_REPORTER, kd);
        Page reporter = signedIn(reporterName);

        director.navigate(base);
        shot(director, "01-list");
        director.getByText("Registrera en idé till insats").click();
        director.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Jobbspåret Forshaga");
        director.getByLabel("Huvudman").selectOption("Forshaga kommun");
        director.getByLabel("Arbetsförmedlingen").check();
        director.getByLabel("Målgrupp").fill("Unga vuxna som varken arbetar eller studerar");
        director.getByLabel("Ålder från").fill("18");
        director.getByLabel("Ålder till").fill("29");
        director.getByLabel("Kommuner som nås (kommaseparerade)").fill("Forshaga kommun");
        director.getByLabel("Startdatum").fill("2025-04-01");
        director.getByLabel("Slutdatum").fill("2025-12-31");
        director.getByLabel("Styrgrupp").fill("Förbundschef | | förbundschef\nEnhetschef AME | Forshaga kommun | ledamot");
        shot(director, "02-new");
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera")).click();
        assertThat(state(director)).isEqualTo("Idé");

        director.getByLabel("Belopp 2025 (kr)").fill("120000");
        director.getByLabel("Ansökan i korthet").fill("Forshaga kommun söker medel för ett jobbspår.");
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera ansökan")).click();
        assertThat(state(director)).isEqualTo("Ansökan");
        shot(director, "03-applied");
        String detail = director.url();

        preparation.navigate(detail);
        preparation.locator("#statement-text").fill("Beredningsgruppen tillstyrker; behovet är väl beskrivet.");
        shot(preparation, "04-statement");
        preparation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna yttrande")).click();
        assertThat(preparation.content()).contains("Beredningsgruppen tillstyrker");

        board.navigate(detail);
        assertThat(board.content()).contains("Beredningsgruppen tillstyrker");
        board.getByLabel("Protokollsreferens").fill("§ 7 2025-03-20");
        assertThat(board.getByLabel("Belopp 2025 (kr)").inputValue()).isEqualTo("120000");
        shot(board, "05-decision");
        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera beslutet")).click();
        assertThat(state(board)).isEqualTo("Beviljad");

        director.navigate(detail);
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera avtalet")).click();
        assertThat(state(director)).isEqualTo("Avtal tecknat");
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta insatsen")).click();
        assertThat(state(director)).isEqualTo("Pågående");
        director.locator("#reporter-username").fill(reporterName);
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till rapportör")).click();
        shot(director, "06-running");

        reporter.navigate(detail);
        reporter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Slutrapport")).click();
        reporter.getByLabel("Vad som gjorts").fill("Femton unga vuxna har deltagit i jobbspåret.");
        reporter.getByLabel("Resultat mot målen").fill("Nio har gått vidare till arbete eller studier.");
        reporter.getByLabel("Antal deltagare under perioden").fill("15");
        shot(reporter, "07-final-report");
        reporter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna in rapporten")).click();
        assertThat(reporter.content()).contains("Inlämnad");

        director.navigate(detail);
        director.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avsluta insatsen")).click();
        assertThat(state(director)).isEqualTo("Avslutad");
        shot(director, "08-closed");

        director.navigate("http://localhost:" + port + "/associations/" + kd.id() + "/budget");
        assertThat(director.locator("#budget-table").textContent()).contains("Jobbspåret Forshaga");

        Page anonymous = browser.newContext().newPage();
        anonymous.navigate("http://localhost:" + port + "/public/associations/" + kd.slug() + "/initiatives?age=20&date=2025-06-01");
        assertThat(anonymous.content()).contains("Rebus Hagfors").doesNotContain("Jobbspåret Forshaga");
        shot(anonymous, "09-catalogue");
        anonymous.navigate("http://localhost:" + port + "/public/associations/" + kd.slug() + "/initiatives?age=20&date=2026-02-01");
        assertThat(anonymous.content()).as("Rebus Hagfors ended 2025-12-31").doesNotContain("Rebus Hagfors");

        people.restoreSeed(kd, "klaralvdalen-2025.yaml");
    }
}
