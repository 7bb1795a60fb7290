package se.samordna.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test shares: one Chromium for the class, the application's port and the test people. */
abstract class InBrowser {

    static Browsers browsers;
    static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void launch() {
        browsers = new Browsers();
        browser = browsers.browser;
    }

    @AfterAll
    static void close() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
}
