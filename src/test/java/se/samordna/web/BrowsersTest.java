package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** The accessibility check the browser tests rely on does find violations (it would pass everything if it ran nothing). */
class BrowsersTest {

    @Test
    void anImageWithoutTextAndAFieldWithoutLabelAreReported() {
        try (Browsers browsers = new Browsers()) {
            Page page = browsers.browser.newPage();
            page.setContent("<!DOCTYPE html><html lang='sv'><head><title>Prov</title></head><body><main>"
                    + "<h1>Prov</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'></main></body></html>");
            assertThatThrownBy(() -> Browsers.assertNoAccessibilityViolations(page, "a page with two faults"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt").hasMessageContaining("label");

            // Only the WCAG 2.1 A/AA rules run: advice outside them (text outside any landmark) is not a failure.
            page.setContent("<!DOCTYPE html><html lang='sv'><head><title>Prov</title></head><body><p>Utan landmärke</p></body></html>");
            Browsers.assertNoAccessibilityViolations(page, "a page with advice only");
        }
    }
}
