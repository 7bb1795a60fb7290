package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/**
 * A director's path in a real browser: log in, pick the association, see its start page and budget,
 * with screenshots in {@code target/screenshots} and no WCAG 2.1 AA violations found by axe.
 */
@SamordnaTest
class BrowserTest extends InBrowser {


    @Test
    void aDirectorLogsInPicksTheAssociationAndSeesItsStartPageAndBudget() throws Exception {
        Association vbs = people.association("Västerbergslagen");
        String username = people.with(Role.ADMIN, vbs);
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        Page page = browser.newPage();

        page.navigate("http://localhost:" + port + "/");
        assertThat(page.url()).endsWith("/login");
        assertNoAccessibilityViolations(page);
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(TestPeople.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

        page.getByText("Västerbergslagens Samordningsförbund").first().click();
        page.waitForSelector("text=Eget kapital vid årets slut");
        assertThat(page.locator("h1").textContent()).isEqualTo("Västerbergslagens Samordningsförbund");
        page.waitForSelector("#awaiting-heading");
        page.waitForSelector(".status-summary");
        assertThat(text(page, "main")).contains("Eget kapital vid årets slut").contains("1 105")
                .contains("Samverkansarenan").contains("beviljad, avtal ej tecknat").contains("Ej uppfyllt").doesNotContain("Ange mätvärden");
        Browsers.screenshot(page, screenshots.resolve("start-page.png"), true);
        assertNoAccessibilityViolations(page);

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget").setExact(true)).first().click();
        page.waitForSelector("text=Kontroller av planen");
        Browsers.screenshot(page, screenshots.resolve("budget.png"), true);
        assertNoAccessibilityViolations(page);

        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/members");
        page.waitForSelector("text=Förbundets ekonomiska regler");
        Browsers.screenshot(page, screenshots.resolve("members.png"), true);
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/goals");
        page.waitForSelector("text=Förbundets finansiella resurser nyttjas fullt ut");
        Browsers.screenshot(page, screenshots.resolve("goals.png"), true);
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/followup?year=2025");
        page.waitForSelector("text=Deltagaruppföljning 2025");
        assertNoAccessibilityViolations(page);
        for (String path : new String[]{"/surveys?year=2025", "/statistics"}) {
            page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + path);
            page.waitForSelector("h1");
            assertNoAccessibilityViolations(page);
        }
        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/initiatives");
        page.waitForSelector("text=Resursteamet EVI");
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/comparison");
        page.waitForSelector("h1");
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/allocation-model");
        page.waitForSelector("h1");
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/theory-of-change");
        page.waitForSelector("svg");
        Browsers.screenshot(page, screenshots.resolve("theory-of-change.png"), true);
        assertNoAccessibilityViolations(page);
        page.navigate("http://localhost:" + port + "/associations/" + vbs.id() + "/budget");

        page.getByLabel("Administration: Styrelsen 2025", new Page.GetByLabelOptions().setExact(true)).fill("200");
        page.getByLabel("Administration: Styrelsen 2025", new Page.GetByLabelOptions().setExact(true)).dispatchEvent("change");
        page.waitForSelector("text=-207");
        assertThat(text(page, "#budget-table")).contains("1 080");
        page.close();
        people.restoreSeed(vbs, "vasterbergslagen-2025.yaml");
    }

    private static String text(Page page, String selector) {
        return page.locator(selector).textContent().replace('\u00a0', ' ');
    }

    private static void assertNoAccessibilityViolations(Page page) {
        Browsers.assertNoAccessibilityViolations(page, page.url());
    }
}
