package se.samordna.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import se.samordna.documents.BudgetWorkbook;
import se.samordna.plan.PlanFiles;

/**
 * The files commands read, each bounded before it is read: a plan file, a budget workbook, the books. A file larger
 * than its kind may be is refused with a sentence that names it and the limit, and exit 2; nothing larger is read
 * into memory.
 */
final class CommandFiles {

    /** The most bytes of a plan file read: its 5 MiB of characters, at most three bytes each in UTF-8. */
    static final int MAX_PLAN_FILE_BYTES = 3 * PlanFiles.MAX_CHARS;

    /** The largest books (SIE) file a command reads: as large as the server takes (samordna.max-ledger-bytes). */
    static final long MAX_LEDGER_BYTES = 64L << 20;

    private CommandFiles() {
    }

    /** A plan file's bytes (at most 15 MB, its 5 MB of text). */
    static byte[] plan(Path file) throws IOException {
        return bytes(file, MAX_PLAN_FILE_BYTES, PlanFiles.MAX_CHARS >> 20);
    }

    /** A budget workbook's bytes (at most 20 MB, as much as it may hold unpacked). */
    static byte[] workbook(Path file) throws IOException {
        return bytes(file, BudgetWorkbook.MAX_FILE_BYTES, BudgetWorkbook.MAX_FILE_BYTES >> 20);
    }

    /** The books' file as a stream; one of more than 64 MB is refused before it is read (an IOException that says so). */
    static InputStream ledger(Path file) throws IOException {
        if (Files.size(file) > MAX_LEDGER_BYTES) {
            throw new IOException(CliWords.of("cli.filenArForStor", file, MAX_LEDGER_BYTES >> 20));
        }
        return Files.newInputStream(file);
    }

    /**
     * The file's bytes; a file of more than {@code max} bytes is refused as larger than {@code limitMb} MB once that
     * much is read, before anything else is done with it. Read through the classic stream: the channel classes'
     * start is a few milliseconds of a short command.
     */
    private static byte[] bytes(Path file, int max, int limitMb) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (InputStream in = new FileInputStream(file.toFile())) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw PlanFileCommand.problem(CliWords.of("cli.filenArForStor", file, limitMb));
            }
            return bytes;
        }
    }
}
