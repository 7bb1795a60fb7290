package se.samordna.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import se.samordna.shared.Text;

/**
 * The database for a command that needs it ({@code audit verify}), read from the same settings as the server:
 * {@code SAMORDNA_DB_URL} with {@code _USER}/{@code _PASSWORD}, or the embedded server in {@code SAMORDNA_DATA_DIR}.
 * An embedded server that is running (the application is up) is reached on its port; otherwise it is started for
 * the command and stopped after it. The connection is the owner's.
 */
public final class CommandLineDatabase {

    private CommandLineDatabase() {
    }

    /** Work with one connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Where the installation's files are: {@code SAMORDNA_DATA_DIR}, {@code ./data} by default. */
    public static Path home() {
        return Path.of(System.getenv().getOrDefault("SAMORDNA_DATA_DIR", "./data")).toAbsolutePath();
    }

    public static <T> T withConnection(Work<T> work) throws SQLException, IOException {
        String url = System.getenv().getOrDefault("SAMORDNA_DB_URL", "");
        if (!url.isBlank()) {
            try (Connection connection = DriverManager.getConnection(url, System.getenv().getOrDefault("SAMORDNA_DB_USER", ""),
                    System.getenv().getOrDefault("SAMORDNA_DB_PASSWORD", ""))) {
                return work.run(connection);
            }
        }
        Path home = Path.of(System.getenv().getOrDefault("SAMORDNA_DATA_DIR", "./data")).toAbsolutePath();
        Path data = home.resolve("postgres");
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            throw new IOException(Text.of("cli.noDatabase", home).swedish());
        }
        DatabaseSecret secret = DatabaseSecret.in(home);
        Integer port = runningPort(data);
        if (port != null) {
            return run(port, secret, work);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, true, secret)) {
            return run(database.port(), secret, work);
        }
    }

    /** Where a restore writes: the owner's connection and the application's role (null when the application runs as the owner). */
    public interface TargetWork<T> {
        T run(String url, String user, String password, String appRole) throws SQLException, IOException;
    }

    /**
     * The database a restore writes into, from the same settings as the server: {@code SAMORDNA_DB_URL} (an empty
     * database), or the embedded server in {@code SAMORDNA_DATA_DIR}, created when the directory is new. A running
     * embedded server is refused: the application must be stopped before its data is replaced.
     */
    public static <T> T withTarget(TargetWork<T> work) throws SQLException, IOException {
        String url = System.getenv().getOrDefault("SAMORDNA_DB_URL", "");
        if (!url.isBlank()) {
            String app = System.getenv().getOrDefault("SAMORDNA_DB_APP_USER", "");
            return work.run(url, System.getenv().getOrDefault("SAMORDNA_DB_USER", ""), System.getenv().getOrDefault("SAMORDNA_DB_PASSWORD", ""),
                    app.isBlank() ? null : app);
        }
        Path home = Path.of(System.getenv().getOrDefault("SAMORDNA_DATA_DIR", "./data")).toAbsolutePath();
        Path data = home.resolve("postgres");
        if (Files.isRegularFile(data.resolve("PG_VERSION")) && runningPort(data) != null) {
            throw new IOException(Text.of("cli.stillRunning", home).swedish());
        }
        return intoEmbedded(home, true, work);
    }

    /** Restores into the embedded server of {@code home}, started for the work and stopped after it. */
    public static <T> T intoEmbedded(Path home, boolean durable, TargetWork<T> work) throws SQLException, IOException {
        DatabaseSecret secret = DatabaseSecret.in(home);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), durable, secret)) {
            return work.run(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner(), DatabaseSecret.APP_ROLE);
        }
    }

    private static <T> T run(int port, DatabaseSecret secret, Work<T> work) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", DatabaseSecret.OWNER_ROLE);
        properties.setProperty("password", secret.owner());
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties)) {
            return work.run(connection);
        }
    }

    /** The port of a server running on this data directory (postmaster.pid: pid on line 1, port on line 4). */
    private static Integer runningPort(Path data) throws IOException {
        Path pid = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return null;
        }
        try {
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Integer.valueOf(lines.get(3).strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
