package se.samordna.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The embedded server's passwords, generated on first start and kept in {@code db-secret} beside its data,
 * readable only by its owner: the first line is the owner's ({@code postgres}, who runs the migrations), the
 * second the application's ({@value #APP_ROLE}, which owns nothing and may only add to and read the audit log).
 */
public record DatabaseSecret(String owner, String app) {

    public static final String OWNER_ROLE = "postgres";
    public static final String APP_ROLE = "samordna_app";

    /** Reads the secret beside the data directory, creating it (mode 600) the first time. */
    public static DatabaseSecret in(Path dataDirectory) {
        Path file = dataDirectory.resolve("db-secret");
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(0).isBlank() && !lines.get(1).isBlank()) {
                    return new DatabaseSecret(lines.get(0).strip(), lines.get(1).strip());
                }
            }
            Files.createDirectories(dataDirectory);
            DatabaseSecret secret = new DatabaseSecret(generated(), generated());
            Path temporary = dataDirectory.resolve("db-secret.new");
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, secret.owner() + "\n" + secret.app() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the database secret " + file, e);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseSecret[hidden]";
    }
}
