package se.samordna.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.platform.Backups;
import se.samordna.platform.CommandLineDatabase;

/** {@code backup --out FILE}: a consistent backup of the installation, taken while it runs. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "samordna.backup.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path target = out.toAbsolutePath();
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        long started = System.nanoTime();
        try {
            Backups.Manifest manifest;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                manifest = CommandLineDatabase.withConnection(connection -> {
                    try {
                        return Backups.backup(connection, stream);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(CliWords.of("cli.backupCommand.sDTabellerDRader"), out, manifest.tables().size(),
                    manifest.rows(), manifest.schemaVersion(), Files.size(target) / 1024, (System.nanoTime() - started) / 1e9,
                    sha256(target));
            return 0;
        } catch (Backups.BackupException e) {
            Files.deleteIfExists(temporary);
            System.err.println(CliWords.of("cli.backupCommand.felSakerhetskopianTogsInte", e.getMessage()));
            return 2;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            Files.deleteIfExists(temporary);
            System.err.println(CliWords.of("cli.backupCommand.felSakerhetskopianTogsInte", CliWords.of("cli.backupCommand.notWritten", out)));
            return 2;
        } catch (java.sql.SQLException e) {
            Files.deleteIfExists(temporary);
            System.err.println(CliWords.of("cli.backupCommand.felSakerhetskopianTogsInte", CliWords.of("cli.restoreCommand.noDatabase")));
            return 2;
        }
    }

    /** The whole file's SHA-256, read as a stream (a national installation's backup is tens of megabytes). */
    private static String sha256(Path file) throws java.io.IOException {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
