package se.samordna.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.shared.Role;
import se.samordna.web.Browsers;
import se.samordna.web.InBrowser;
import se.samordna.web.SamordnaTest;

/**
 * The director's cycle page in the browser, with a screenshot of each step: Västerbergslagen's draft goes out for
 * consultation, Ludvika's response is recorded, the board's adoption is recorded, and the next period is built from it.
 */
@SamordnaTest
class PlanCycleBrowserTest extends InBrowser {

    private static String banner(Page page) {
        Locator banner = page.locator("p.plan-banner");
        banner.waitFor();
        return banner.textContent();
    }

    @Test
    void theDirectorTakesThePlanThroughConsultationAndAdoptionToTheNextPeriod() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/cycle"));
        Association association = people.fromSeed("Testförbundet Årshjulet", "vasterbergslagen-2025.yaml");
        people.with(Role.BOARD, association);
        Page page = signedIn(people.with(Role.ADMIN, association));
        String cyclePage = "http://localhost:" + port + "/associations/" + association.id() + "/plans";

        page.navigate(cyclePage);
        assertThat(page.locator("h2 .status").first().textContent()).isEqualTo("Utkast");
        assertThat(banner(page)).contains("Visar planen för 2025–2027: Utkast");
        Browsers.screenshot(page, shots.resolve("1-draft.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the cycle page with a draft");

        page.getByLabel("Skickad på samråd").fill("2024-10-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera att utkastet skickats")).click();
        assertThat(page.locator("h2 .status").first().textContent()).isEqualTo("På samråd");
        page.getByLabel("Medlem").selectOption("Ludvika kommun");
        page.getByLabel("Mottaget").fill("2024-10-28");
        page.getByLabel("Svaret (eller en sammanfattning)").fill("Kommunen har inga invändningar mot budgetramen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara svaret")).click();
        assertThat(page.locator("article.period").first().textContent()).contains("Ludvika kommun").contains("inga invändningar");
        Browsers.screenshot(page, shots.resolve("2-consultation.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the cycle page in consultation");

        // A refused adoption (no minutes paragraph) keeps the date typed and says what is missing.
        page.getByLabel("Fastställd").fill("2024-11-29");
        page.getByLabel("Protokollets paragraf").fill(" ");
        Locator confirm = page.getByLabel("Styrelsen fastställer planen trots felen som kontrollerna hittar");
        if (confirm.count() > 0) {
            confirm.check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera fastställelsen")).click();
        // Told inside the plan's own box, field by field in words, with the focus on it.
        assertThat(page.locator("article.period #step-error strong").first().textContent()).isEqualTo("Paragraf");
        assertThat(page.locator("#step-error").textContent()).contains("inget ändrades").doesNotContain("adoptedOn", "minutes:");
        // The focus moves when the page's script has run (DOMContentLoaded), which may come after the text is there.
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'step-error'");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("step-error");
        assertThat(page.getByLabel("Fastställd").inputValue()).isEqualTo("2024-11-29");
        page.getByLabel("Protokollets paragraf").fill("§ 62");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera fastställelsen")).click();
        assertThat(page.locator("h2 .status").first().textContent()).isEqualTo("Fastställd");
        assertThat(banner(page)).contains("fastställd 2024-11-29 § 62");
        Browsers.screenshot(page, shots.resolve("3-adopted.png"), true);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bygg nästa planperiod")).click();
        assertThat(page.locator("article.period h2").first().textContent()).contains("Plan 2026–2028").contains("Utkast");
        assertThat(page.locator("article.period h2").nth(1).textContent()).contains("Plan 2025–2027").contains("Fastställd");
        Browsers.screenshot(page, shots.resolve("4-next-period.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the cycle page with the next period");

        page.navigate("http://localhost:" + port + "/associations/" + association.id());
        Locator cycle = page.locator("section.cycle");
        cycle.waitFor();
        assertThat(cycle.textContent()).contains("Gäller: planen för 2025–2027, fastställd 2024-11-29 § 62")
                .contains("Arbetas med: planen för 2026–2028").contains("senast 2025-11-30");
        Browsers.screenshot(page, shots.resolve("5-start-page.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the start page with the cycle");
    }
}
