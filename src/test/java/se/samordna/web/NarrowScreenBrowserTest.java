package se.samordna.web;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.samordna.association.Association;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/**
 * The director's and a reporter's pages on a phone (390 px) and a laptop (1 366 px): the page never scrolls sideways
 * (wide tables scroll inside themselves), the header folds so the content is on the first screen, and every page passes axe.
 */
@SamordnaTest
class NarrowScreenBrowserTest extends InBrowser {

    @Autowired
    UserDirectory directory;
    @Autowired
    se.samordna.initiative.InitiativeRecords records;

    private Page at(int width, String username) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, width < 500 ? 844 : 900);
        BrowserContext context = browser.newContext(options);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(TestPeople.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL("**/");
        return page;
    }

    @Test
    void theDirectorsAndTheReportersPagesFitAPhoneAndALaptop() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/narrow"));
        Association kd = people.association("Klarälvdalen");
        people.keepRecords(kd);
        String director = people.with(Role.ADMIN, kd);
        String reporter = people.with(Role.INITIATIVE_REPORTER, kd);
        java.util.UUID reporterId = directory.findByUsername(reporter).orElseThrow().id();
        people.asSetup(() -> records.assignReporter(kd.id(), InitiativeId.of("rebus-hagfors"), UserId.of(reporterId)));
        try {
            visitEveryPage(shots, kd, director, reporter);
        } finally {
            people.asSetup(() -> records.unassignReporter(kd.id(), "rebus-hagfors", reporterId)); // other tests start from no assignment
        }
    }

    private void visitEveryPage(Path shots, Association kd, String director, String reporter) {
        String base = "http://localhost:" + port + "/associations/" + kd.id();
        record Visit(String who, String name, String path) {
        }
        List<Visit> visits = List.of(new Visit(director, "start", ""), new Visit(director, "budget", "/budget"),
                new Visit(director, "initiative", "/initiatives/rebus-hagfors"), new Visit(director, "goals", "/goals"),
                new Visit(director, "audit", "/audit"), new Visit(reporter, "reporter-participants", "/initiatives/rebus-hagfors/participants"));
        for (int width : new int[]{390, 1366}) {
            Page directorPage = at(width, director);
            Page reporterPage = at(width, reporter);
            for (Visit visit : visits) {
                Page page = visit.who().equals(director) ? directorPage : reporterPage;
                page.navigate(base + visit.path());
                String where = visit.name() + " at " + width + " px";
                Browsers.screenshot(page, shots.resolve(visit.name() + "-" + width + ".png"), false);
                Number pageWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                assertThat(pageWidth.intValue()).as("%s: the page scrolls sideways because of %s", where, page.evaluate(
                        "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('table'))"
                                + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).position + ' ' + Math.round(e.getBoundingClientRect().right) + ': ' + e.textContent.trim().slice(0, 30))"))
                        .isLessThanOrEqualTo(width);
                if (visit.name().equals("budget")) {
                    // Every amount the director types is whole on the screen, not cut by a table that scrolls inside itself.
                    Number cut = (Number) page.evaluate("() => Array.from(document.querySelectorAll('input.amount'))"
                            + ".filter(i => i.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length");
                    assertThat(cut.intValue()).as("%s: amount inputs cut at the right edge", where).isZero();
                    assertThat(page.locator("input.amount").count()).isGreaterThan(20);
                }
                Number header = (Number) page.evaluate("() => document.querySelector('header.site-header').getBoundingClientRect().height");
                assertThat(header.doubleValue()).as("%s: the header's height", where).isLessThan(width < 500 ? 844 * 0.35 : 900 * 0.3);
                Browsers.assertNoAccessibilityViolations(page, where);
            }
            if (width < 500) {
                // The folded menu opens and leads on.
                directorPage.navigate(base + "/budget");
                directorPage.locator("nav.association-nav summary").click();
                directorPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mål").setExact(true)).click();
                assertThat(directorPage.url()).endsWith("/goals");
            }
        }
    }

    @Test
    void theForcedPasswordChangeLooksAsItShouldAndThenLeadsToTheAssociations() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-setup", null, List.of()));
        try {
            if (directory.findByUsername("one-time-person").isEmpty()) {
                var id = directory.createUser("one-time-person", "Engångs Person", TestPeople.PASSWORD, false, true);
                directory.grant(UserId.of(id), people.association("Västerbergslagen").id(), Role.BOARD);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Användarnamn").fill("one-time-person");
        page.getByLabel("Lösenord").fill(TestPeople.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL("**/account?mustChange");
        Object headerColour = page.evaluate("() => getComputedStyle(document.querySelector('header.site-header')).backgroundColor");
        assertThat(headerColour).as("the stylesheet loads on the forced password page").isEqualTo("rgb(11, 79, 138)");
        page.locator("#currentPassword").fill(TestPeople.PASSWORD);
        page.locator("#newPassword").fill("my-very-own-password");
        page.locator("#repeatPassword").fill("my-very-own-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt lösenord")).click();
        page.waitForLoadState();
        assertThat(page.url()).as("after the one-time password the person lands on their associations").doesNotContain("/account");
        assertThat(page.content()).contains("Västerbergslagens");
    }
}
