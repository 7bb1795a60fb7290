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
            // The newest audit entry as the backup noted it, beside this installation's key; then the log is checked with it.
            se.samordna.audit.AuditSeal seal = se.samordna.audit.AuditSeal.at(CommandLineDatabase.home(), System.getenv("SAMORDNA_AUDIT_KEY"));
            seal.replaceHead(manifest.auditHead());
            if (System.getenv().getOrDefault("SAMORDNA_DB_URL", "").isBlank()) {
                se.samordna.audit.AuditChain.Result chain = CommandLineDatabase.withConnection(
                        connection -> se.samordna.audit.AuditChain.verify(connection, seal));
                if (!chain.intact()) {
                    System.out.println(CliWords.of("cli.restoreCommand.auditNotVerified", chain.broken().orElseThrow().chainSeq(),
                            chain.broken().orElseThrow().reason()));
                }
            }
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
