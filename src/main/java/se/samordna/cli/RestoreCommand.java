package se.samordna.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.samordna.platform.Backups;
import se.samordna.platform.CommandLineDatabase;

/** {@code restore FILE}: a backup into an empty data directory or database, migrated to this release. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "samordna.restore.file")
    Path file;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            Backups.verify(file);
            Backups.Manifest manifest = CommandLineDatabase.withTarget((url, user, password, appRole) ->
                    Backups.restore(file, url, user, password, appRole));
            System.out.printf(CliWords.of("cli.restoreCommand.sAterstalldDTabellerD"), file, manifest.tables().size(),
                    manifest.rows(), manifest.schemaVersion(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (Backups.BackupException e) {
            System.err.println(CliWords.of("cli.restoreCommand.fel", e.getMessage()));
            return 2;
        } catch (java.io.IOException e) {
            // The library's words (ZIP, I/O) are not a person's: the file is named, nothing more.
            System.err.println(CliWords.of("cli.restoreCommand.unreadable", file));
            return 2;
        } catch (java.sql.SQLException e) {
            System.err.println(CliWords.of("cli.restoreCommand.noDatabase"));
            return 2;
        }
    }
}
