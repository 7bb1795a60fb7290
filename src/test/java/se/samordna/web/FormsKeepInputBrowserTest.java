package se.samordna.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/** A refused form is answered on the form itself: the message beside the field, and everything typed still there. */
@SamordnaTest
class FormsKeepInputBrowserTest extends InBrowser {

    @Autowired
    UserDirectory directory;
    @Autowired
    se.samordna.initiative.InitiativeRecords records;

    @Test
    void anInvalidBudgetAmountStaysInItsCellWithTheReason() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/forms"));
        Association sd = people.association("Södra Dalarna");
        Page page = signedIn(people.with(Role.ADMIN, sd));
        page.navigate("http://localhost:" + port + "/associations/" + sd.id() + "/budget");
        Locator cell = page.locator("input.amount").first();
        String label = cell.getAttribute("aria-label");
        cell.fill("tolv tusen");
        cell.press("Tab");
        Locator refused = page.locator("#amount-error");
        refused.waitFor();
        assertThat(refused.textContent()).contains("'tolv tusen' är inget belopp");
        Locator again = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        assertThat(again.inputValue()).isEqualTo("tolv tusen");
        assertThat(again.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(again.getAttribute("aria-describedby")).isEqualTo("amount-error");
        Browsers.screenshot(page, shots.resolve("budget-amount-refused.png"), false);
        Browsers.assertNoAccessibilityViolations(page, "budget with a refused amount");
    }

    @Test
    void anInvalidParticipantCodeIsAnsweredOnTheFormWithEveryValueKept() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/forms"));
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        String reporter = people.with(Role.INITIATIVE_REPORTER, kd);
        java.util.UUID reporterId = directory.findByUsername(reporter).orElseThrow().id();
        people.asSetup(() -> records.assignReporter(kd.id(), InitiativeId.of("modus-munkfors"), UserId.of(reporterId)));
        try {
            Page page = signedIn(reporter);
            page.navigate("http://localhost:" + port + "/associations/" + kd.id() + "/initiatives/modus-munkfors/participants");
            page.locator("#code").fill("X");
            page.locator("#homeMunicipality").fill("1783");
            page.locator("#ageBand").selectOption("30-39");
            page.locator("#startDate").fill("2025-03-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
            page.locator("#code-error").waitFor();
            assertThat(page.locator("#code-error").textContent()).contains("2–20 tecken");
            assertThat(page.locator("#code").inputValue()).isEqualTo("X");
            assertThat(page.locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#homeMunicipality").inputValue()).isEqualTo("1783");
            assertThat(page.locator("#ageBand").inputValue()).isEqualTo("30-39");
            assertThat(page.locator("#startDate").inputValue()).isEqualTo("2025-03-01");
            Browsers.screenshot(page, shots.resolve("participant-code-refused.png"), true);
            Browsers.assertNoAccessibilityViolations(page, "participants with a refused code");
        } finally {
            people.asSetup(() -> records.unassignReporter(kd.id(), "modus-munkfors", reporterId));
        }
    }

    @Test
    void refusedPlanTextIsAnsweredOnItsFormWithTheTextKeptAndTheAcceptedTextReadsAsTheBoardWillSeeIt() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/forms"));
        Association ov = people.association("Örnsköldsvik");
        try {
            Page page = signedIn(people.with(Role.ADMIN, ov));
            page.navigate("http://localhost:" + port + "/associations/" + ov.id() + "/plan-text");
            assertThat(page.locator("main").textContent()).contains("Programförklaring").contains("Strategiska områden och prioriteringar 2025");
            page.locator("#new-section-heading").fill("Kommunikation");
            page.locator("#new-section-text").fill("Förbundet informerar <b>alla</b> parter.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till avsnittet")).click();
            page.locator("#new-error").waitFor();
            assertThat(page.locator("#new-error").textContent()).contains("HTML skrivs inte i planens text");
            assertThat(page.locator("#new-section-heading").inputValue()).isEqualTo("Kommunikation");
            assertThat(page.locator("#new-section-text").inputValue()).isEqualTo("Förbundet informerar <b>alla</b> parter.");
            assertThat(page.locator("#new-section-text").getAttribute("aria-invalid")).isEqualTo("true");
            Browsers.screenshot(page, shots.resolve("plan-text-refused.png"), true);
            Browsers.assertNoAccessibilityViolations(page, "plan text with a refused section");

            page.locator("#new-section-text").fill("Förbundet informerar **alla** parter:\n\n- på hemsidan\n- i nyhetsbrev");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till avsnittet")).click();
            page.waitForSelector("h2:has-text('Kommunikation')");
            assertThat(page.locator("strong").last().textContent()).isEqualTo("alla");
            Browsers.screenshot(page, shots.resolve("plan-text.png"), true);
            Browsers.assertNoAccessibilityViolations(page, "plan text");
        } finally {
            people.restoreSeed(ov, "ornskoldsvik-2025.yaml");
        }
    }

    @Test
    void aRefusedRuleIsAnsweredOnTheMembersPageBesideItsFieldWithTheOtherChangesKept() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/forms"));
        Association sd = people.association("Södra Dalarna");
        Page page = signedIn(people.with(Role.ADMIN, sd));
        String members = "http://localhost:" + port + "/associations/" + sd.id() + "/members";
        page.navigate(members);
        String floorBefore = page.locator("#equityFloor").inputValue();
        page.locator("#equityCeilingPercent").fill("25");
        page.locator("#equityFloor").fill("tio tusen");
        page.locator("#adminShareGoalPercent").fill("9,5");
        Response answer = page.waitForResponse(r -> r.url().endsWith("/rules"),
                () -> page.locator("form[action$='/rules'] button[type=submit]").click());
        assertThat(answer.status()).isEqualTo(400);
        page.locator("#equityFloor[aria-invalid=true]").waitFor();
        Locator note = page.locator("#" + page.locator("#equityFloor").getAttribute("aria-describedby").split(" ")[0]);
        assertThat(note.textContent()).contains("'tio tusen'");
        assertThat(page.locator("#equityFloor").inputValue()).isEqualTo("tio tusen");
        assertThat(page.locator("#equityCeilingPercent").inputValue()).isEqualTo("25");
        assertThat(page.locator("#adminShareGoalPercent").inputValue()).isEqualTo("9,5");
        assertThat(page.url()).isEqualTo(members);
        Browsers.screenshot(page, shots.resolve("rules-refused.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "members page with a refused rule");

        page.reload();
        assertThat(page.locator("#equityFloor").inputValue()).as("nothing was saved").isEqualTo(floorBefore);
        assertThat(page.locator("#refused-form").count()).isZero();

        // In English the message is English and still finds its field (the form names its places in Swedish).
        page.navigate(members + "?lang=en");
        page.locator("#equityFloor").fill("ten thousand");
        page.locator("form[action$='/rules'] button[type=submit]").click();
        page.locator("#equityFloor[aria-invalid=true]").waitFor();
        Locator english = page.locator("#" + page.locator("#equityFloor").getAttribute("aria-describedby").split(" ")[0]);
        assertThat(english.textContent()).contains("'ten thousand' is not an amount");
        page.navigate(members + "?lang=sv");
    }

    @Test
    void aRefusedNewPersonIsAnsweredOnThePeoplePageWithTheNameKeptAndNoPassword() throws Exception {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Användarnamn").fill("admin");
        page.getByLabel("Lösenord").fill("test-admin-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL("**/");
        page.navigate("http://localhost:" + port + "/admin/users");
        page.locator("#username").fill("Anna Berg!");
        page.locator("#displayName").fill("Anna Berg");
        page.locator("#email").fill("anna.berg@example.se");
        page.locator("form[action$='/admin/users'] button[type=submit]").click();
        page.locator("#username[aria-invalid=true]").waitFor();
        assertThat(page.locator("#refused-form").textContent()).contains("Användarnamnet ska vara 2–64 tecken");
        assertThat(page.locator("#username").inputValue()).isEqualTo("Anna Berg!");
        assertThat(page.locator("#displayName").inputValue()).isEqualTo("Anna Berg");
        assertThat(page.locator("#email").inputValue()).isEqualTo("anna.berg@example.se");
        assertThat(directory.findByUsername("anna berg!")).isEmpty();
        Browsers.assertNoAccessibilityViolations(page, "people with a refused user name");
    }
}
