package se.samordna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.samordna.platform.Backups;
import se.samordna.platform.CommandLineDatabase;

/** {@code restore FILE}: a backup into an empty data directory or database, migrated to this release. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Återställer en säkerhetskopia till en tom datakatalog (SAMORDNA_DATA_DIR) eller en tom databas (SAMORDNA_DB_URL).",
        "Kontrollerar varje tabells kontrollsumma först, vägrar en databas som inte är tom och kör sedan den här versionens migreringar.",
        "Slutkod 0: klar; 2: inget har återställts."})
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Säkerhetskopian (ZIP från 'backup').")
    Path file;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            Backups.verify(file);
            Backups.Manifest manifest = CommandLineDatabase.withTarget((url, user, password, appRole) ->
                    Backups.restore(file, url, user, password, appRole));
            System.out.printf("%s återställd: %d tabeller, %d rader från schemaversion %s, på %.1f s.%n", file, manifest.tables().size(),
                    manifest.rows(), manifest.schemaVersion(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (Backups.BackupException | java.io.IOException | java.sql.SQLException e) {
            System.err.println("Fel: " + e.getMessage());
            return 2;
        }
    }
}
