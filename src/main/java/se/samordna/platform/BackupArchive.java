package se.samordna.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import se.samordna.platform.Backups.BackupException;
import se.samordna.platform.Backups.Manifest;
import se.samordna.platform.Backups.Table;

/**
 * A backup archive opened and its manifest read, checked field by field before anything else is done with it: a file
 * that is no ZIP or does not exist is named, a manifest that lacks what a backup has is refused naming the field, and a
 * table a backup never holds (Flyway's history, the sessions) or a name that is not plain is refused naming the table.
 */
final class BackupArchive {

    /** Tables a backup never holds: Flyway's own history (the restore builds it) and the sessions (never restored). */
    private static final Set<String> NEVER_IN_A_BACKUP = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private BackupArchive() {
    }

    static ZipFile open(Path archive) throws IOException {
        if (!java.nio.file.Files.isRegularFile(archive)) {
            throw new BackupException("backup.noFile", archive);
        }
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            throw new BackupException("backup.notAnArchive", archive.getFileName());
        }
    }

    static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("manifest.json");
        if (entry == null) {
            throw new BackupException("backup.noManifest");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = Backups.JSON.readValue(in, Manifest.class);
        } catch (RuntimeException e) {
            throw new BackupException("backup.badManifest");
        }
        if (manifest == null) {
            throw new BackupException("backup.badManifest");
        }
        if (manifest.format() != Backups.FORMAT) {
            throw new BackupException("backup.format", manifest.format(), Backups.FORMAT);
        }
        if (manifest.schemaVersion() == null || !manifest.schemaVersion().matches("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}")) {
            throw new BackupException("backup.manifestField", "schemaVersion");
        }
        if (manifest.tables() == null) {
            throw new BackupException("backup.manifestField", "tables");
        }
        if (manifest.auditHead() != null && (manifest.auditHead().chainSeq() < 1 || manifest.auditHead().mac() == null
                || !manifest.auditHead().mac().matches("[0-9a-f]{64}"))) {
            throw new BackupException("backup.manifestField", "auditHead");
        }
        for (Table table : manifest.tables()) {
            if (table == null || table.name() == null || !table.name().matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new BackupException("backup.manifestField", "tables/name");
            }
            if (NEVER_IN_A_BACKUP.contains(table.name()) || table.name().startsWith("spring_session") || table.name().startsWith("pg_")) {
                throw new BackupException("backup.forbiddenTable", table.name());
            }
            if (table.columns() == null || table.columns().isEmpty() || table.sha256() == null
                    || table.columns().stream().anyMatch(c -> c == null || !c.matches("[a-z_][a-z0-9_]{0,62}"))) {
                throw new BackupException("backup.manifestTable", table.name());
            }
        }
        if (manifest.tables().stream().map(Table::name).distinct().count() != manifest.tables().size()) {
            throw new BackupException("backup.manifestField", "tables");
        }
        if (manifest.sequences() == null || manifest.sequences().keySet().stream().anyMatch(k -> k == null || !k.matches("[a-z_][a-z0-9_]{0,62}"))
                || manifest.sequences().values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new BackupException("backup.manifestField", "sequences");
        }
        return manifest;
    }
}
