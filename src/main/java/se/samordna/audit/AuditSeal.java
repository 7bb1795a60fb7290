package se.samordna.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key the audit log is sealed with, and the newest seal noted outside the database. The key is never in PostgreSQL:
 * it is {@code SAMORDNA_AUDIT_KEY} (at least 32 characters) or the file {@code audit-key} beside the data directory,
 * made at first start (mode 600). Each entry's seal is an HMAC-SHA256 over its content and the seal before it, so whoever
 * owns the database but not the key can neither change an entry nor recompute the seals after it. The newest entry's place
 * and seal are written to {@code audit-head} beside the key after every commit (and into every backup), so removing the
 * newest entries is found too. Plain Java: the command line verifies without the server.
 */
public final class AuditSeal {

    private static final String KEY_FILE = "audit-key";
    private static final String HEAD_FILE = "audit-head";

    /** The newest sealed entry as noted outside the database. */
    public record Head(long chainSeq, String mac) {
    }

    private final byte[] key;
    private final Path headFile;
    private long written;

    private AuditSeal(byte[] key, Path headFile) {
        this.key = key;
        this.headFile = headFile;
    }

    /**
     * The seal of the installation whose files are in {@code home} (the data directory): the key from {@code configuredKey}
     * when given, else from {@code home/audit-key}, made there the first time.
     */
    public static AuditSeal at(Path home, String configuredKey) {
        return at(home, configuredKey, true);
    }

    /** As {@link #at(Path, String)}; {@code create} false: a missing key file is an error (the command line checks, never makes). */
    public static AuditSeal at(Path home, String configuredKey, boolean create) {
        if (!create && (configuredKey == null || configuredKey.isBlank()) && !Files.isRegularFile(home.resolve(KEY_FILE))) {
            throw new IllegalStateException("no audit key in " + home);
        }
        try {
            Files.createDirectories(home);
            byte[] key;
            if (configuredKey != null && !configuredKey.isBlank()) {
                if (configuredKey.strip().length() < 32) {
                    throw new IllegalStateException("SAMORDNA_AUDIT_KEY must be at least 32 characters");
                }
                key = configuredKey.strip().getBytes(StandardCharsets.UTF_8);
            } else {
                key = keyFile(home.resolve(KEY_FILE));
            }
            return new AuditSeal(key, home.resolve(HEAD_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the audit key in " + home, e);
        }
    }

    private static byte[] keyFile(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (hex.matches("[0-9a-f]{64,}")) {
                return HexFormat.of().parseHex(hex);
            }
            throw new IllegalStateException("The audit key " + file + " is not 64 hexadecimal digits");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        writePrivately(file, HexFormat.of().formatHex(key) + "\n");
        return key;
    }

    /** The seal of an entry whose content (the database's {@code audit_entry_text}) follows the seal {@code previous}. */
    public String seal(String content, String previous) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((content == null ? "" : content).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1f);
            mac.update((previous == null ? "" : previous).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest entry noted outside the database, if any has been. */
    public Optional<Head> head() {
        try {
            if (!Files.isRegularFile(headFile)) {
                return Optional.empty();
            }
            List<String> parts = List.of(Files.readString(headFile, StandardCharsets.US_ASCII).strip().split("\\s+"));
            if (parts.size() != 2 || !parts.get(0).matches("[0-9]{1,18}") || !parts.get(1).matches("[0-9a-f]{64}")) {
                return Optional.of(new Head(Long.MAX_VALUE, "")); // a damaged note verifies nothing: reported as a missing tail
            }
            return Optional.of(new Head(Long.parseLong(parts.get(0)), parts.get(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes the newest entry (after its commit); an older one than already noted by this process is ignored. */
    public synchronized void noteHead(long chainSeq, String mac) {
        if (chainSeq <= written) {
            return;
        }
        try {
            writePrivately(headFile, chainSeq + " " + mac + "\n");
            written = chainSeq;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not note the audit log's newest entry in " + headFile, e);
        }
    }

    /** Notes the head as given (a restore, or a chain sealed again from the start), whatever was noted before. */
    public synchronized void replaceHead(Head head) {
        written = 0;
        if (head == null) {
            try {
                Files.deleteIfExists(headFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        noteHead(head.chainSeq(), head.mac());
    }

    private static void writePrivately(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, text, StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "AuditSeal[key hidden]";
    }
}
