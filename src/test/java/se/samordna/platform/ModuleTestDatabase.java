package se.samordna.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One throw-away PostgreSQL for every module test in the run (the module tests' contexts differ, so each would
 * otherwise start a server of its own): migrated by the first context, used by the application's role like a real
 * installation. Tests add their own associations with fresh ids, so they never meet. Each module test closes its
 * context when it ends ({@code @DirtiesContext}): no other test shares it, and its connections go back to the server.
 */
public final class ModuleTestDatabase {

    private static EmbeddedDatabase database;
    private static DatabaseSecret secret;

    private ModuleTestDatabase() {
    }

    /** What a module test does as a signed-in person. */
    public interface Work {
        void run() throws Exception;
    }

    /** A new association of the test's own: a fresh id, the name given with the id after it; its id. */
    public static java.util.UUID newAssociation(org.springframework.jdbc.core.simple.JdbcClient jdbc, String name) {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("insert into association (id, name, slug) values (:id, :name, :slug)").param("id", id)
                .param("name", name + " " + id).param("slug", "modultest-" + id).update();
        return id;
    }

    /** Runs the work as the person named (who the audit log names as the actor), then signs out. */
    public static void as(String actor, Work work) throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(actor, null, java.util.List.of()));
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /**
     * For a module test that needs an empty database of its own (the demonstration data loads only into an empty one): a
     * new database {@code name} on the shared server, dropped and made again, as the external database. Such a test
     * registers this alone (not {@link #register} as well), so no other URL can win.
     */
    public static synchronized void registerEmpty(DynamicPropertyRegistry registry, String name) {
        if (!name.matches("[a-z_]{1,40}")) {
            throw new IllegalArgumentException(name);
        }
        start();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner());
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = database.jdbcUrl().substring(0, database.jdbcUrl().lastIndexOf('/') + 1) + name;
        properties(registry, url);
    }

    /** For a module test's {@code @DynamicPropertySource}: the shared server as an external database. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        start();
        properties(registry, database.jdbcUrl());
    }

    private static void start() {
        if (database == null) {
            try {
                Path home = Files.createTempDirectory("samordna-module-pg");
                secret = DatabaseSecret.in(home);
                database = EmbeddedDatabase.start(home.resolve("postgres"), false, secret);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary directory goes with the machine's clean-up
                }
            }));
        }
    }

    private static void properties(DynamicPropertyRegistry registry, String url) {
        registry.add("samordna.db.url", () -> url);
        registry.add("samordna.db.user", () -> DatabaseSecret.OWNER_ROLE);
        registry.add("samordna.db.password", secret::owner);
        registry.add("samordna.db.app-user", () -> DatabaseSecret.APP_ROLE);
        registry.add("samordna.db.app-password", secret::app);
    }
}
