package se.samordna.platform;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.samordna.shared.Text;

/**
 * A backup of the whole database without pg_dump (the embedded binaries have none): every table of the schema (but the sessions, which are not kept) copied
 * out in PostgreSQL's text COPY format inside one read-only REPEATABLE READ transaction, so the archive is one consistent
 * moment while the application keeps writing; the sequences' values; the schema version (Flyway's); a SHA-256 and row
 * count per table in {@code manifest.json}. A restore checks every checksum first, refuses a database that is not empty,
 * builds the schema of the backup's version, loads the tables in foreign-key order with the tables' own triggers off (the
 * audit log keeps its hash chain exactly as it was), sets the sequences, and then runs the migrations of this release.
 */
public final class Backups {

    /** The archive format this release writes and reads. */
    public static final int FORMAT = 1;

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One table in the archive: its columns in the order of the data, its row count and the data's SHA-256. */
    public record Table(String name, List<String> columns, long rows, String sha256) {
    }

    /** What the archive holds; {@code schemaVersion} is the last migration applied when it was taken. */
    public record Manifest(int format, String schemaVersion, String takenAt, List<Table> tables, Map<String, Long> sequences,
                           se.samordna.audit.AuditSeal.Head auditHead) {

        public long rows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    private Backups() {
    }

    /** Writes a consistent backup of the database behind {@code connection} (the owner's) as a ZIP to {@code out}. */
    public static Manifest backup(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            String version = schemaVersion(connection);
            List<String> tables = tablesInLoadOrder(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<Table> written = new ArrayList<>();
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (int i = 0; i < tables.size(); i++) {
                String table = tables.get(i);
                List<String> columns = columns(connection, table);
                zip.putNextEntry(new ZipEntry(entryName(i, table)));
                MessageDigest digest = sha256();
                RowCounter rows = new RowCounter(new DigestOutputStream(new Unclosable(zip), digest));
                copy.copyOut("copy " + quoted(table) + " (" + columnList(columns) + ") to stdout", rows);
                rows.flush();
                zip.closeEntry();
                written.add(new Table(table, columns, rows.rows, HexFormat.of().formatHex(digest.digest())));
            }
            Manifest manifest = new Manifest(FORMAT, version, OffsetDateTime.now().toString(), written, sequences(connection),
                    tables.contains("audit_seal") ? se.samordna.audit.AuditChain.currentHead(connection).orElse(null) : null);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            return manifest;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Reads an archive's manifest and checks every table against its checksum and row count, loading nothing. */
    public static Manifest verify(Path archive) throws IOException {
        try (ZipFile zip = BackupArchive.open(archive)) {
            Manifest manifest = BackupArchive.manifest(zip);
            for (int i = 0; i < manifest.tables().size(); i++) {
                Table table = manifest.tables().get(i);
                ZipEntry entry = zip.getEntry(entryName(i, table.name()));
                if (entry == null) {
                    throw new BackupException("backup.missingTable", table.name());
                }
                MessageDigest digest = sha256();
                long rows = 0;
                try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                    byte[] buffer = new byte[65536];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        for (int k = 0; k < n; k++) {
                            rows += buffer[k] == '\n' ? 1 : 0;
                        }
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(table.sha256()) || rows != table.rows()) {
                    throw new BackupException("backup.badChecksum", table.name());
                }
            }
            return manifest;
        }
    }

    /**
     * Restores {@code archive} into the empty database at {@code url} (as its owner), then migrates it to this release
     * and grants the application's role its rights ({@code appRole} null when the application runs as the owner).
     */
    public static Manifest restore(Path archive, String url, String user, String password, String appRole) throws SQLException, IOException {
        Manifest manifest = verify(archive);
        MigrationVersion latest = latestMigration(flyway(url, user, password, MigrationVersion.LATEST));
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(latest) > 0) {
            throw new BackupException("backup.newerSchema", manifest.schemaVersion(), latest);
        }
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
            requireEmpty(connection);
        }
        Flyway target = flyway(url, user, password, MigrationVersion.fromVersion(manifest.schemaVersion()));
        try {
            target.migrate();
            try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
                 ZipFile zip = BackupArchive.open(archive)) {
                requireSchemaHolds(connection, manifest);
                load(connection, zip, manifest);
            }
        } catch (SQLException | RuntimeException e) {
            // Nothing half-made is left behind: the target is empty again, so the genuine backup can be restored into it.
            target.clean();
            if (e instanceof BackupException refused) {
                throw refused;
            }
            throw new BackupException("backup.loadFailed");
        }
        flyway(url, user, password, MigrationVersion.LATEST).migrate();
        if (appRole != null) {
            DatabaseGrants.apply(new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(), url, user, password),
                    appRole);
        }
        return manifest;
    }

    private static void load(Connection connection, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        connection.setAutoCommit(false);
        String currentTable = "";
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < manifest.tables().size(); i++) {
                Table table = manifest.tables().get(i);
                currentTable = table.name();
                statement.execute("alter table " + quoted(table.name()) + " disable trigger user");
                try (InputStream in = zip.getInputStream(zip.getEntry(entryName(i, table.name())))) {
                    copy.copyIn("copy " + quoted(table.name()) + " (" + columnList(table.columns()) + ") from stdin", in);
                }
                statement.execute("alter table " + quoted(table.name()) + " enable trigger user");
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
                for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
                    setval.setString(1, quoted(sequence.getKey()));
                    setval.setLong(2, sequence.getValue());
                    setval.execute();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new BackupException("backup.tableNotLoaded", currentTable);
        } catch (IOException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Every table and column the archive names must be one that a backup of its schema version holds: the target has just
     * been built to that version, so its tables are the measure. Sessions, Flyway's history and any name the schema does
     * not have are refused, naming the table, before a row is loaded.
     */
    private static void requireSchemaHolds(Connection connection, Manifest manifest) throws SQLException {
        List<String> tables = tablesInLoadOrder(connection);
        for (Table table : manifest.tables()) {
            if (!tables.contains(table.name())) {
                throw new BackupException("backup.unknownTable", table.name(), manifest.schemaVersion());
            }
            List<String> columns = columns(connection, table.name());
            for (String column : table.columns()) {
                if (!columns.contains(column)) {
                    throw new BackupException("backup.unknownColumn", table.name(), column, manifest.schemaVersion());
                }
            }
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            tables.next();
            if (tables.getLong(1) > 0) {
                throw new BackupException("backup.notEmpty", tables.getLong(1));
            }
        }
    }

    private static Flyway flyway(String url, String user, String password, MigrationVersion target) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target(target)
                .cleanDisabled(false).load();
    }

    private static MigrationVersion latestMigration(Flyway flyway) {
        MigrationVersion latest = MigrationVersion.fromVersion("0");
        for (var migration : flyway.info().all()) {
            if (migration.getVersion() != null && migration.getVersion().compareTo(latest) > 0) {
                latest = migration.getVersion();
            }
        }
        return latest;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("select version from flyway_schema_history where success and version is not null "
                     + "order by installed_rank desc limit 1")) {
            if (!version.next()) {
                throw new BackupException("backup.noSchema");
            }
            return version.getString(1);
        }
    }

    /** The schema's tables with every table after the tables it refers to (Flyway's own history left out). */
    static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                     + "and tablename not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes') order by tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        tables.forEach(t -> refersTo.put(t, new LinkedHashSet<>()));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c "
                     + "join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = 'public'")) {
            while (rows.next()) {
                String from = unquoted(rows.getString(1));
                String to = unquoted(rows.getString(2));
                if (!from.equals(to) && refersTo.containsKey(from)) {
                    refersTo.get(from).add(to);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!ordered.contains(table) && ordered.containsAll(refersTo.get(table).stream().filter(tables::contains).toList())) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new BackupException("backup.cycle");
            }
        }
        return ordered;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = 'public' and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public' "
                     + "and last_value is not null order by sequencename")) {
            while (rows.next()) {
                sequences.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sequences;
    }

    private static String entryName(int index, String table) {
        return "tables/" + String.format("%03d", index + 1) + "-" + table + ".copy";
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Backups::quoted).toList());
    }

    private static String quoted(String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new BackupException("backup.unexpectedName", identifier);
        }
        return "\"" + identifier + "\"";
    }

    private static String unquoted(String name) {
        String plain = name.startsWith("public.") ? name.substring(7) : name;
        return plain.replace("\"", "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A backup or restore that cannot go on, with the reason in Swedish. */
    public static final class BackupException extends RuntimeException {
        public BackupException(String key, Object... args) {
            super(Text.of(key, args).swedish());
        }
    }

    /** Counts the rows COPY writes (each ends with a newline; newlines inside values are escaped). */
    private static final class RowCounter extends FilterOutputStream {
        long rows;

        RowCounter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            rows += b == '\n' ? 1 : 0;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                rows += b[i] == '\n' ? 1 : 0;
            }
            out.write(b, off, len);
        }
    }

    /** Keeps COPY from closing the ZIP stream when it closes its own. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
