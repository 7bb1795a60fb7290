package se.samordna.identity.web;

import se.samordna.web.SamordnaTest;
import se.samordna.web.InBrowser;
import se.samordna.web.Browsers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import se.samordna.association.Association;
import se.samordna.shared.Role;

/**
 * Sign-in through a real OpenID Connect provider running in the test JVM (mock-oauth2-server), the whole redirect flow
 * in the browser: a person whose account is linked by username signs in and out (the provider's session ends too); a
 * person the provider knows but Samordna does not is refused on a Swedish page and no account is created.
 */
@SamordnaTest
class OidcSignInBrowserTest extends InBrowser {

    static final MockOAuth2Server provider = started();

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server(new Route[0]);
        server.start(0);
        return server;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.kommun.";
        registry.add(prefix + "client-id", () -> "samordna");
        registry.add(prefix + "client-secret", () -> "hemligt");
        registry.add(prefix + "client-name", () -> "Kommunens inloggning");
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.kommun.issuer-uri", () -> provider.issuerUrl("kommun").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLinkedPersonSignsInAndOutThroughTheProviderAndAStrangerIsRefusedInSwedish() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/oidc"));
        Association kd = people.association("Klarälvdalen");
        String member = people.with(Role.BOARD, kd);

        Page page = browser.newContext().newPage();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("kommun", "kommun-user-17", "JWT", List.of("samordna"),
                Map.of("preferred_username", member, "name", "Test Styrelseledamot")));
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med Kommunens inloggning")).click();
        page.waitForURL("http://localhost:" + port + "/");
        assertThat(page.locator("main").textContent()).contains("Klarälvdalens Samordningsförbund");
        assertThat(jdbc.sql("select oidc_subject from user_account where username = :u").param("u", member).query(String.class).single())
                .isEqualTo("kommun:kommun-user-17");
        Browsers.screenshot(page, shots.resolve("signed-in.png"), false);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Logga ut"))).click();
        page.waitForURL("**/login?logout");
        assertThat(page.locator("main").textContent()).contains("utloggad");

        long accounts = jdbc.sql("select count(*) from user_account").query(Long.class).single();
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("kommun", "kommun-user-99", "JWT", List.of("samordna"),
                Map.of("preferred_username", "okand.person")));
        page.navigate("http://localhost:" + port + "/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in med Kommunens inloggning")).click();
        page.waitForURL("**/login?oidc");
        assertThat(page.locator("#oidc-error").textContent()).contains("Det finns inget konto i Samordna för okand.person");
        assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(accounts);
        Browsers.screenshot(page, shots.resolve("refused.png"), false);
        Browsers.assertNoAccessibilityViolations(page, "sign-in refused by the identity provider");
    }
}
