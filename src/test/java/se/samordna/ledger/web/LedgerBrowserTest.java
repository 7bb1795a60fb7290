package se.samordna.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import se.samordna.association.Association;
import se.samordna.shared.Role;
import se.samordna.web.Browsers;
import se.samordna.web.InBrowser;
import se.samordna.web.SamordnaTest;

/** The director uploads Västerbergslagen's books on the page, takes the suggested mappings and reads the year. */
@SamordnaTest
class LedgerBrowserTest extends InBrowser {

    @org.springframework.beans.factory.annotation.Autowired
    se.samordna.ledger.LedgerFollowUp followUp;

    @Test
    void theDirectorUploadsTheBooksAndReadsBudgetAgainstActual() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/ledger"));
        Association association = people.fromSeed("Testförbundet Bokföringen", "vasterbergslagen-2025.yaml");
        Page page = signedIn(people.with(Role.ADMIN, association));
        page.navigate("http://localhost:" + port + "/associations/" + association.id() + "/ledger");

        page.getByLabel("SIE-fil").setInputFiles(new FilePayload("bokforing-2025.se", "application/octet-stream",
                LedgerTest.books("222000-1234", "").getBytes(LedgerTest.PC8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in").setExact(true)).click();
        assertThat(page.locator("#unmapped-heading + table").textContent()).contains("7010 Löner tjänstemän").contains("3010");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Använd förslagen")).click();
        page.getByLabel("Konto eller kontointervall").fill("3000–3999");
        page.getByLabel("Rad", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Intäkter / Bidrag"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Koppla").setExact(true)).click();
        assertThat(page.locator("#unmapped-heading + p").textContent()).contains("Alla konton med rörelse hör till en budgetrad.");
        page.getByLabel("Prognos för Förbundschef", new Page.GetByLabelOptions().setExact(true)).fill("420 000");
        page.getByLabel("Prognos för Förbundschef", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        // The page shows the projected equity the follow-up computes (booked through July plus the budget still to come).
        se.samordna.shared.Money projected = followUp.view(association.id(), 2025).projectedEquity();
        assertThat(page.locator("section.ledger-summary").textContent()).contains(se.samordna.shared.MoneyFormat.kronor(projected));
        Browsers.screenshot(page, shots.resolve("follow-up.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the books page with budget against actual");

        // The year's close: statements, checks, the administration report's text and the members' discharge.
        page.navigate("http://localhost:" + port + "/associations/" + association.id() + "/annual-report?year=2025");
        assertThat(page.locator("h1").textContent()).isEqualTo("Årsredovisning 2025");
        page.locator("#textarea-outlook").fill("Förbundet planerar en insats för unga vuxna.");
        page.locator("#text-outlook button").click();
        assertThat(page.locator("#text-outlook h3").textContent()).isEqualTo("Förväntad utveckling");
        Browsers.screenshot(page, shots.resolve("annual-report.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the annual report page");
    }
}
