package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.audit.AuditChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore with the real embedded PostgreSQL: a backup taken while writes go on holds every write acknowledged
 * before it began and the audit log's hash chain intact; it restores into an empty data directory and refuses one that is
 * not; a backup made by an older release (an earlier schema) restores into this one and is migrated; a damaged archive is
 * refused before anything is loaded.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileWritesGoOnRestoresEveryAcknowledgedWriteWithTheAuditChainIntact() throws Exception {
        Path archive = temp.resolve("samordna.zip");
        List<UUID> acknowledgedBeforeBackup;
        Backups.Manifest manifest;
        DatabaseSecret secret = DatabaseSecret.in(temp.resolve("source"));
        try (EmbeddedDatabase source = EmbeddedDatabase.start(temp.resolve("source/postgres"), false, secret)) {
            String url = source.jdbcUrl();
            Flyway.configure().dataSource(url, DatabaseSecret.OWNER_ROLE, secret.owner()).locations("classpath:db/migration").load().migrate();
            List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> write(url, secret.owner(), acknowledged, writing));
            writer.start();
            while (acknowledged.size() < 50) {
                Thread.sleep(5);
            }
            acknowledgedBeforeBackup = List.copyOf(acknowledged);
            try (Connection connection = DriverManager.getConnection(url, DatabaseSecret.OWNER_ROLE, secret.owner());
                 OutputStream out = Files.newOutputStream(archive)) {
                manifest = Backups.backup(connection, out);
            }
            int afterBackup = acknowledged.size();
            writing.set(false);
            writer.join();
            assertThat(afterBackup).as("writes went on during the backup").isGreaterThan(acknowledgedBeforeBackup.size());
        }
        assertThat(manifest.schemaVersion()).isEqualTo(latestVersion());
        assertThat(Backups.verify(archive).tables()).extracting(Backups.Table::name).contains("association", "audit_log", "plan");

        Backups.Manifest restored = CommandLineDatabase.intoEmbedded(temp.resolve("restored"), false, (url, user, password, appRole) -> {
            Backups.Manifest result = Backups.restore(archive, url, user, password, appRole);
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                List<UUID> present = ids(connection);
                assertThat(present).containsAll(acknowledgedBeforeBackup);
                AuditChain.Result chain = AuditChain.verify(connection);
                assertThat(chain.intact()).isTrue();
                assertThat(chain.entries()).isEqualTo(present.size());
                // The sequences go on after the restored rows: a new audit entry gets the next number and chains on.
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into audit_log (actor, entity, action) values ('restore-test', 'association', 'created') returning chain_seq");
                     ResultSet row = insert.executeQuery()) {
                    row.next();
                    assertThat(row.getLong(1)).isEqualTo(present.size() + 1L);
                }
                assertThat(AuditChain.verify(connection).intact()).isTrue();
            }
            return result;
        });
        assertThat(restored.rows()).isEqualTo(manifest.rows());

        // A second restore into the same, now filled, directory is refused and changes nothing.
        assertThatThrownBy(() -> CommandLineDatabase.intoEmbedded(temp.resolve("restored"), false,
                (url, user, password, appRole) -> Backups.restore(archive, url, user, password, appRole)))
                .isInstanceOf(Backups.BackupException.class).hasMessageContaining("Databasen är inte tom");
    }

    @Test
    void aBackupFromAnOlderReleaseRestoresAndIsMigratedAndADamagedArchiveIsRefused() throws Exception {
        Path archive = temp.resolve("old.zip");
        DatabaseSecret secret = DatabaseSecret.in(temp.resolve("old"));
        try (EmbeddedDatabase source = EmbeddedDatabase.start(temp.resolve("old/postgres"), false, secret)) {
            // The release before the year's close: its schema ends at V18.
            Flyway.configure().dataSource(source.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner()).locations("classpath:db/migration")
                    .target("18").load().migrate();
            try (Connection connection = DriverManager.getConnection(source.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                write(connection, UUID.randomUUID());
                try (OutputStream out = Files.newOutputStream(archive)) {
                    assertThat(Backups.backup(connection, out).schemaVersion()).isEqualTo("18");
                }
            }
        }
        CommandLineDatabase.intoEmbedded(temp.resolve("new"), false, (url, user, password, appRole) -> {
            Backups.restore(archive, url, user, password, appRole);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 ResultSet version = connection.createStatement().executeQuery(
                         "select max(version::int) from flyway_schema_history where success")) {
                version.next();
                assertThat(String.valueOf(version.getInt(1))).isEqualTo(latestVersion());
                assertThat(ids(connection)).hasSize(1);
            }
            return null;
        });

        Path damaged = temp.resolve("damaged.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().contains("-association.copy")) {
                    content = new String(content, StandardCharsets.UTF_8).replace("Förbund", "Forbund").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> Backups.verify(damaged)).isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("association").hasMessageContaining("kontrollsumma");
    }

    @Test
    void aForgedOrMalformedArchiveIsRefusedInSwedishNamingWhatIsWrongAndTheTargetStaysEmpty() throws Exception {
        Path archive = temp.resolve("genuine.zip");
        DatabaseSecret secret = DatabaseSecret.in(temp.resolve("genuine"));
        try (EmbeddedDatabase source = EmbeddedDatabase.start(temp.resolve("genuine/postgres"), false, secret)) {
            Flyway.configure().dataSource(source.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner()).locations("classpath:db/migration")
                    .load().migrate();
            try (Connection connection = DriverManager.getConnection(source.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner());
                 OutputStream out = Files.newOutputStream(archive)) {
                write(connection, UUID.randomUUID());
                Backups.backup(connection, out);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        // A session planted with Java-serialised attributes, and a table no schema has: refused, naming the table.
        Path session = forge(archive, "session.zip", manifest -> addTable(manifest, "spring_session_attributes"), null);
        Path unknown = forge(archive, "unknown.zip", manifest -> addTable(manifest, "evil_table"), "evil_table");
        Path target = temp.resolve("target");
        assertThatThrownBy(() -> restoreInto(target, session)).isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("spring_session_attributes").hasMessageContaining("Inget har återställts");
        assertThatThrownBy(() -> restoreInto(target, unknown)).isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("evil_table").hasMessageContaining("Inget har återställts");
        // The refused archives left nothing behind: the genuine backup restores into the same directory.
        assertThat(restoreInto(target, archive).rows()).isPositive();

        // Manifests that lack what a backup has, or name a version from the future: a sentence, no Java and no library.
        Map<String, java.util.function.Consumer<Map<String, Object>>> broken = new java.util.LinkedHashMap<>();
        broken.put("tables", manifest -> manifest.remove("tables"));
        broken.put("schemaVersion", manifest -> manifest.remove("schemaVersion"));
        broken.put("99", manifest -> manifest.put("schemaVersion", "99"));
        // Each is refused into the same directory: a refused archive leaves nothing behind (shown above).
        Path brokenTarget = temp.resolve("t-broken");
        for (var entry : broken.entrySet()) {
            Path forged = forge(archive, entry.getKey() + ".zip", entry.getValue(), null);
            assertThatThrownBy(() -> restoreInto(brokenTarget, forged)).isInstanceOf(Backups.BackupException.class)
                    .hasMessageContaining(entry.getKey()).satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain("java.", "null", "Flyway", "Cannot invoke", "target").containsPattern("[åäö]"));
        }
        Path notAZip = Files.writeString(temp.resolve("notes.zip"), "inte en säkerhetskopia");
        assertThatThrownBy(() -> Backups.verify(notAZip)).isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("notes.zip").hasMessageNotContaining("END header");
        assertThatThrownBy(() -> Backups.verify(temp.resolve("missing.zip"))).isInstanceOf(Backups.BackupException.class)
                .hasMessageContaining("missing.zip").hasMessageContaining("finns inte");
        assertThat(json).isNotNull();
    }

    private Backups.Manifest restoreInto(Path directory, Path archive) throws Exception {
        return CommandLineDatabase.intoEmbedded(directory, false, (url, user, password, appRole) -> Backups.restore(archive, url, user, password, appRole));
    }

    /** The manifest's own form of a table with one row, its checksum right: a forgery that is consistent in itself. */
    @SuppressWarnings("unchecked")
    private static void addTable(Map<String, Object> manifest, String name) {
        byte[] row = "x\t\\xaced0005\n".getBytes(StandardCharsets.UTF_8);
        List<Map<String, Object>> tables = (List<Map<String, Object>>) manifest.get("tables");
        tables.add(new java.util.LinkedHashMap<>(Map.of("name", name, "columns", List.of("session_primary_id", "attribute_bytes"),
                "rows", 1, "sha256", java.util.HexFormat.of().formatHex(sha256(row)))));
        manifest.put("$extra", Map.of("name", name, "index", tables.size(), "data", new String(row, StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code archive} with its manifest changed (and a table added when the change says so). */
    @SuppressWarnings("unchecked")
    private Path forge(Path archive, String name, java.util.function.Consumer<Map<String, Object>> change, String expectTable) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Path forged = temp.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(forged))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    Map<String, Object> manifest = json.readValue(content, Map.class);
                    change.accept(manifest);
                    Map<String, Object> extra = (Map<String, Object>) manifest.remove("$extra");
                    if (extra != null) {
                        out.putNextEntry(new ZipEntry("tables/" + String.format("%03d", ((Number) extra.get("index")).intValue()) + "-"
                                + extra.get("name") + ".copy"));
                        out.write(((String) extra.get("data")).getBytes(StandardCharsets.UTF_8));
                        out.closeEntry();
                    }
                    content = json.writeValueAsBytes(manifest);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        if (expectTable != null) {
            assertThat(Backups.verify(forged).tables()).as("the forgery is consistent in itself")
                    .extracting(Backups.Table::name).contains(expectTable);
        }
        return forged;
    }

    /** The newest migration, SQL or Java. */
    private static String latestVersion() throws java.io.IOException {
        try (var sql = Files.list(Path.of("src/main/resources/db/migration")); var classes = Files.list(Path.of("src/main/java/db/migration"))) {
            return String.valueOf(java.util.stream.Stream.concat(sql, classes).map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }

    /** Writes one association and its audit entry per transaction until told to stop; records each acknowledged commit. */
    private static void write(String url, String password, List<UUID> acknowledged, AtomicBoolean writing) {
        try (Connection connection = DriverManager.getConnection(url, DatabaseSecret.OWNER_ROLE, password)) {
            while (writing.get()) {
                UUID id = UUID.randomUUID();
                write(connection, id);
                acknowledged.add(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Connection connection, UUID id) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement association = connection.prepareStatement("insert into association (id, name, slug) values (?, ?, ?)");
             PreparedStatement audit = connection.prepareStatement("insert into audit_log (actor, association_id, entity, entity_id, action, "
                     + "changes) values ('test', ?, 'association', ?, 'created', ?::jsonb)")) {
            association.setObject(1, id);
            association.setString(2, "Förbundet " + id);
            association.setString(3, "f-" + id);
            association.executeUpdate();
            audit.setObject(1, id);
            audit.setString(2, id.toString());
            audit.setString(3, "{\"name\": \"Förbundet " + id + "\", \"tab\": \"a\\tb\\nc\"}");
            audit.executeUpdate();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private static List<UUID> ids(Connection connection) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("select id from association")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
