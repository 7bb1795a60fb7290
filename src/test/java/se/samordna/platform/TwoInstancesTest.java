package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.samordna.SamordnaApplication;

/**
 * Two instances of the application on one PostgreSQL, started together: the demonstration data and the administrator
 * are created once; a person signed in on one instance is signed in on the other (sessions in the database); a change
 * made through one is what the other shows.
 */
class TwoInstancesTest {

    @TempDir
    Path temp;

    @Test
    void aSessionAndAChangeMadeOnOneInstanceAreSeenOnTheOther() throws Exception {
        DatabaseSecret secret = DatabaseSecret.in(temp);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("postgres"), false, secret)) {
            String[] args = {"--server.port=0", "--samordna.db.url=" + database.jdbcUrl(), "--samordna.db.user=" + DatabaseSecret.OWNER_ROLE,
                    "--samordna.db.password=" + secret.owner(), "--samordna.db.app-user=" + DatabaseSecret.APP_ROLE,
                    "--samordna.db.app-password=" + secret.app(), "--samordna.demo.enabled=true", "--spring.autoconfigure.exclude="};
            // Together, but the second once the first has set up logging: Spring Boot's logging set-up writes system
            // properties, which two applications in one JVM (never two servers) would do at once.
            java.util.concurrent.CountDownLatch logging = new java.util.concurrent.CountDownLatch(1);
            CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(args, logging));
            logging.await(2, java.util.concurrent.TimeUnit.MINUTES);
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(args, null));
            try (ConfigurableApplicationContext a = first.join(); ConfigurableApplicationContext b = second.join()) {
                String onA = "http://localhost:" + port(a);
                String onB = "http://localhost:" + port(b);
                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

                // Started together on an empty database: one administrator, five seed associations, not ten.
                try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner());
                     var rows = connection.createStatement().executeQuery(
                             "select (select count(*) from association), (select count(*) from user_account where username = 'admin')")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(5);
                    assertThat(rows.getInt(2)).isEqualTo(1);
                }

                String login = get(browser, onA + "/login").body();
                HttpResponse<String> signedIn = post(browser, onA + "/login", "username=admin&password=test-admin-password&_csrf=" + csrf(login));
                assertThat(signedIn.statusCode()).isEqualTo(302);
                assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

                HttpResponse<String> me = get(browser, onB + "/api/v1/me");
                assertThat(me.statusCode()).as("signed in on the other instance").isEqualTo(200);
                assertThat(me.body()).contains("\"username\":\"admin\"");

                String associations = get(browser, onB + "/api/v1/associations").body();
                Matcher sodra = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"name\":\"Södra Dalarnas Samordningsförbund\"").matcher(associations);
                assertThat(sodra.find()).as(associations).isTrue();
                String textPage = onA + "/associations/" + sodra.group(1) + "/plan-text";
                String page = get(browser, textPage).body();
                Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
                assertThat(version.find()).isTrue();
                HttpResponse<String> added = post(browser, textPage, "_csrf=" + csrf(page) + "&version=" + version.group(1)
                        + "&heading=" + URLEncoder.encode("Gemensam drift", StandardCharsets.UTF_8)
                        + "&text=" + URLEncoder.encode("Skriven på den ena instansen.", StandardCharsets.UTF_8));
                assertThat(added.statusCode()).isEqualTo(302);

                String seenOnB = get(browser, onB + "/api/v1/associations/" + sodra.group(1) + "/plan/sections").body();
                assertThat(seenOnB).contains("Gemensam drift").contains("Skriven på den ena instansen.");

                // Signing out on B ends the session everywhere.
                String bPage = get(browser, onB + "/account").body();
                post(browser, onB + "/logout", "_csrf=" + csrf(bPage));
                assertThat(get(browser, onA + "/api/v1/me").statusCode()).isIn(401, 302);
            }
        }
    }

    private static ConfigurableApplicationContext start(String[] args, java.util.concurrent.CountDownLatch logging) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SamordnaApplication.class).profiles("test");
        if (logging != null) {
            builder.listeners((org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationContextInitializedEvent>)
                    event -> logging.countDown());
        }
        return builder.run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

}
