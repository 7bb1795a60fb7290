package se.samordna.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium when present (Playwright's own browser otherwise), headless, and the axe check of WCAG 2.1 AA. */
public final class Browsers implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    public final Browser browser;

    public Browsers() {
        boolean debian = Files.isExecutable(CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(debian ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (debian) {
            options.setExecutablePath(CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    /**
     * Pictures of the pages for people to look at (target/screenshots), taken when asked for with
     * {@code -Dsamordna.screenshots=true}: they show what a page looks like but test nothing, and cost seconds per browser test.
     */
    public static void screenshot(com.microsoft.playwright.Page page, Path path, boolean fullPage) {
        if (Boolean.getBoolean("samordna.screenshots")) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(path).setFullPage(fullPage));
        }
    }

    /**
     * axe over the whole page (our pages have no frames) in one {@code axe.run} inside the page ("legacy mode": without it
     * the library opens a second page to finish every run, about four times slower), reporting violations only.
     */
    public static void assertNoAccessibilityViolations(Page page, String where) {
        // The rules of WCAG 2.1 A and AA only; the run options carry them (options given to AxeBuilder replace its withTags).
        com.deque.html.axecore.args.AxeRunOnlyOptions wcag = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
        assertThat(results.getViolations()).as(() -> where + ": " + results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList())
                .isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
