package se.samordna.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the application starts itself when no external database is configured.
 * Durable by default: fsync and synchronous commit are on, data lives in the given directory and
 * survives restarts. A server left behind by a killed JVM is stopped before the new one starts.
 * <p>
 * Nobody connects without a password: on the first start (also of a data directory made by an older release,
 * which trusted every local connection) the owner {@code postgres} gets the generated password of
 * {@link DatabaseSecret}, the application's role {@value DatabaseSecret#APP_ROLE} is created, and
 * {@code pg_hba.conf} is switched to SCRAM for every connection; a marker file records that this was done.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    private static final String SECURED_MARKER = "samordna-scram";
    private static final String SCRAM_ONLY = """
            # Written by Samordna: every connection proves its password (SCRAM); see db-secret beside the data.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    static EmbeddedDatabase start(Path dataDirectory, boolean durable, DatabaseSecret secret) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setConnectConfig("password", secret.owner())
                    .setDataDirectoryCustomizer(directory -> {
                        if (Files.exists(directory.toPath().resolve(SECURED_MARKER))) {
                            writeScramOnly(directory.toPath());
                        }
                    })
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "50")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {} (durable: {})",
                    postgres.getPort(), dataDirectory.toAbsolutePath(), durable);
            secure(postgres, dataDirectory, secret);
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Passwords for both roles and SCRAM for every connection; the application's role owns nothing. */
    private static void secure(EmbeddedPostgres postgres, Path dataDirectory, DatabaseSecret secret) throws IOException {
        try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password " + literal(secret.owner()));
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DatabaseSecret.APP_ROLE + "') then "
                    + "create role " + DatabaseSecret.APP_ROLE + " login nosuperuser nocreatedb nocreaterole noreplication; end if; end $$");
            statement.execute("alter role " + DatabaseSecret.APP_ROLE + " password " + literal(secret.app()));
            if (!Files.exists(dataDirectory.resolve(SECURED_MARKER))) {
                writeScramOnly(dataDirectory);
                statement.execute("select pg_reload_conf()");
                Files.writeString(dataDirectory.resolve(SECURED_MARKER), "pg_hba.conf: SCRAM for every connection\n");
                log.info("Embedded PostgreSQL now requires passwords (SCRAM) for every connection");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL", e);
        }
    }

    private static void writeScramOnly(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), SCRAM_ONLY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A generated password (base64url) as an SQL string literal. */
    private static String literal(String password) {
        if (!password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalStateException("The database secret has unexpected characters");
        }
        return "'" + password + "'";
    }

    int port() {
        return postgres.getPort();
    }

    /** A postmaster.pid left by a server whose JVM was killed keeps the data directory locked. */
    private static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier start", process.pid());
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
