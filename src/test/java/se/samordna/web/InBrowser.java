package se.samordna.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one Chromium for the whole run (launched by the first browser test, closed when the
 * JVM ends), a fresh set of pages per class (each class's pages are closed after it), the application's port and the
 * test people.
 */
public abstract class InBrowser {

    protected static Browsers browsers;
    protected static com.microsoft.playwright.Browser browser;

    @BeforeAll
    public static synchronized void launch() {
        if (browsers == null) {
            browsers = new Browsers();
            browser = browsers.browser;
            Browsers shared = browsers;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.close();
                } catch (RuntimeException ignored) {
                    // the JVM is ending; Chromium goes with the driver process
                }
            }));
        }
    }

    @AfterAll
    public static void close() {
        if (browser != null) {
            browser.contexts().forEach(com.microsoft.playwright.BrowserContext::close);
        }
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestPeople people;

    /** A page of its own (own cookies) signed in as the person. */
    protected com.microsoft.playwright.Page signedIn(String username) {
        com.microsoft.playwright.Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(TestPeople.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL("**/");
        return page;
    }
}
