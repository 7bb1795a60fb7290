package se.samordna.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's training run ({@code bin/samordna}): the file commands people run most, one after another in one JVM,
 * so that the class-data archive made at its exit holds the classes of each ({@code plan check}, as text and JSON, and
 * {@code plan document} as PDF and Word). What they print is thrown away; the plan file is the launcher's seed.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: Training PLAN_FILE");
            System.exit(2);
        }
        String plan = args[0];
        Path out = Files.createTempDirectory("samordna-training");
        PrintStream console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            CommandLine.runInOwnProcess(new String[] {"plan", "check", plan});
            CommandLine.runInOwnProcess(new String[] {"plan", "check", plan, "--json"});
            CommandLine.runInOwnProcess(new String[] {"plan", "document", plan, "--format", "pdf", "--out", out.resolve("plan.pdf").toString()});
            CommandLine.runInOwnProcess(new String[] {"plan", "document", plan, "--format", "docx", "--out", out.resolve("plan.docx").toString()});
        } finally {
            System.setOut(console);
            try (var files = Files.list(out)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(out);
        }
    }
}
