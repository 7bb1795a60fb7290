package se.samordna.board;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.initiative.Initiatives;
import se.samordna.plan.Plans;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeDraft;
import se.samordna.plan.InitiativeKind;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.web.Browsers;
import se.samordna.web.InBrowser;
import se.samordna.web.SamordnaTest;

/**
 * The meeting from notice to notice board in the browser, the director alone: Örnsköldsvik's four seats (and four
 * deputies) are created and the chair appointed, a meeting gets an application and an information item, the notice is
 * sent, the preparation group's statement recorded, the minutes kept and adjusted, and the minutes are on the public
 * notice board with their appeal date. A page image of each step goes to {@code target/screenshots/board/}.
 */
@SamordnaTest
class BoardBrowserTest extends InBrowser {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    Initiatives initiatives;
    @Autowired
    Plans plans;

    /** Clicks a button that sends a form, and waits for the page the answer loads. */
    private void click(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        page.waitForLoadState();
    }

    @Test
    void theDirectorRunsTheMeetingFromNoticeToNoticeBoard() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/board"));
        Association association = people.fromSeed("Testförbundet Anslagstavlan", "ornskoldsvik-2025.yaml");
        people.asSetup(() -> {
            initiatives.register(association.id(), new InitiativeDraft("Jobbspåret", InitiativeKind.INDIVIDUAL, "Örnsköldsviks kommun",
                    List.of("Örnsköldsviks kommun", "Arbetsförmedlingen"), null, null, null, List.of(), LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 12, 31), null, List.of(), null, false, null,
                    List.of(new Initiative.SteeringMember("Förbundschefen", null, Initiative.SteeringRole.DIRECTOR))),
                    plans.get(association.id()).version());
            initiatives.apply(association.id(), "jobbsparet", LocalDate.of(2025, 1, 15), new TreeMap<>(java.util.Map.of(2025, Money.ofKronor(120_000))),
                    "Ansökan om medel", plans.get(association.id()).version());
        });
        Page page = signedIn(people.with(Role.ADMIN, association));
        String base = "http://localhost:" + port + "/associations/" + association.id();

        // The register: the seats from the plan's four members, and the chair appointed.
        page.navigate(base + "/board");
        click(page, "Skapa en ordinarie plats och en ersättarplats för var och en av planens 4 medlemmar");
        assertThat(page.locator("#seats tbody tr").count()).isEqualTo(8);
        page.getByLabel("Plats", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).first().fill("Eva Ordförande");
        page.getByLabel("Uppdrag", new Page.GetByLabelOptions().setExact(true)).selectOption("CHAIR");
        page.getByLabel("Mandatperiod från").first().fill("2023-01-01");
        click(page, "Spara utnämningen");
        assertThat(page.locator("#seats tbody tr").first().textContent()).contains("Eva Ordförande").contains("Ordförande");
        Browsers.screenshot(page, shots.resolve("1-register.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the board register");

        // A meeting with two items; the page offers the December board pack and each member's request for funds.
        page.navigate(base + "/meetings");
        assertThat(page.locator("#pack-heading").textContent()).contains("2025");
        assertThat(page.locator("a[href$='/board-pack/2025.pdf']").count()).isEqualTo(1);
        assertThat(page.locator("a[href*='/funding-requests/2025/']").count()).isEqualTo(6);
        page.getByLabel("Datum", new Page.GetByLabelOptions().setExact(true)).fill(TODAY.minusDays(4).toString());
        page.getByLabel("Tid (TT:MM)").fill("13:00");
        page.getByLabel("Plats eller länk").fill("Förbundets kansli, Örnsköldsvik");
        click(page, "Lägg in mötet");
        assertThat(page.locator("h1").textContent()).contains(TODAY.minusDays(4).toString());
        page.getByLabel("Rubrik", new Page.GetByLabelOptions().setExact(true)).fill("Ansökan: Jobbspåret");
        page.getByLabel("Gäller", new Page.GetByLabelOptions().setExact(true)).selectOption("INITIATIVE_APPLICATION");
        page.getByLabel("Ansökan (om ärendet gäller en ansökan)").selectOption("jobbsparet");
        click(page, "Lägg till ärendet");
        page.getByLabel("Rubrik", new Page.GetByLabelOptions().setExact(true)).fill("Information från förbundschefen");
        click(page, "Lägg till ärendet");
        assertThat(page.locator("#agenda tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("#agenda tbody").textContent()).contains(TODAY.minusDays(4).getYear() + "/1").contains("Jobbspåret");

        // The notice goes out (no e-mail server in the tests: recorded as sent, and the page says no letters went).
        click(page, "Skicka kallelsen");
        assertThat(page.locator("#notice").textContent()).contains("Kallelsen skickades " + TODAY);
        assertThat(page.locator("#notice .warning").textContent()).contains("senare än kallelsetiden");
        Browsers.screenshot(page, shots.resolve("2-agenda-and-notice.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the meeting with its agenda");

        // The statement, then the minutes: three of four ordinary members and one deputy; the grant as the board took it.
        page.getByLabel("Yttrandets datum").fill(TODAY.minusDays(8).toString());
        page.getByLabel("Yttrandet (från beredningsgruppens anteckningar)").fill("Beredningsgruppen tillstyrker.");
        click(page, "Spara yttrandet");
        page.locator("#agenda").getByText(TODAY.minusDays(8) + ": Beredningsgruppen tillstyrker.").waitFor();
        List<com.microsoft.playwright.Locator> boxes = page.locator("input[name=present]").all();
        boxes.get(0).check();
        boxes.get(2).check();
        boxes.get(4).check();
        boxes.get(7).check();
        page.getByLabel("Justerare (ett namn per rad)").fill("Per Justerare");
        page.locator("select[id^=decision-]").first().selectOption("GRANT");
        page.getByLabel("Belopp 2025 (kr)").fill("100 000");
        click(page, "Spara protokollet");
        assertThat(page.locator("#minutes").textContent()).contains("Beslutför: 4 av 4");
        assertThat(page.locator("#agenda tbody tr").first().textContent()).contains("§ 1").contains("Bevilja");
        Browsers.screenshot(page, shots.resolve("3-minutes.png"), true);
        Browsers.assertNoAccessibilityViolations(page, "the meeting with its minutes");

        // Adjusted: the grant takes effect and the minutes are posted.
        page.getByLabel("Justerat den", new Page.GetByLabelOptions().setExact(true)).fill(TODAY.minusDays(1).toString());
        click(page, "Protokollet är justerat");
        assertThat(page.locator("#adjustment").textContent()).contains("justerades " + TODAY.minusDays(1));
        assertThat(page.locator("form[action$='/minutes']").count()).isZero();
        assertThat(InitiativesState.of(initiatives, association, "jobbsparet")).isEqualTo("GRANTED");
        Browsers.screenshot(page, shots.resolve("4-adjusted.png"), true);

        // The public notice board, without signing in.
        Page visitor = browser.newPage();
        visitor.navigate("http://localhost:" + port + "/public/associations/" + association.slug() + "/notice-board");
        assertThat(visitor.locator("main table tbody").textContent()).contains(TODAY.minusDays(4).toString())
                .contains(NoticeBoard.appealUntil(TODAY, 21).toString());
        assertThat(visitor.locator("main").textContent()).contains("28 §").doesNotContain("Jobbspåret");
        Browsers.screenshot(visitor, shots.resolve("5-notice-board.png"), true);
        Browsers.assertNoAccessibilityViolations(visitor, "the public notice board");
        visitor.close();
    }

    /** The initiative's state as the plan holds it. */
    private static final class InitiativesState {
        static String of(Initiatives initiatives, Association association, String id) {
            return initiatives.plan(association.id()).plan().initiatives().stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow().state().name();
        }
    }
}
