package se.samordna.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Plan;
import se.samordna.documents.CommandLinePdf;
import se.samordna.documents.PlanDocument;
import se.samordna.documents.PlanDocuments;

/** {@code plan document FILE --format pdf|docx --out OUT}: the operational plan and budget as the board's document. */
@Command(name = "document", mixinStandardHelpOptions = true)
final class PlanDocumentCommand extends PlanFileCommand {

    enum Format { pdf, docx }

    @Option(names = "--format", required = true, descriptionKey = "samordna.plan.document.format")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "OUT", descriptionKey = "samordna.plan.document.out")
    Path out;

    @Option(names = "--checks", descriptionKey = "samordna.plan.document.checks")
    boolean checks;

    /**
     * The command for {@code plan document FILE --format pdf|docx --out OUT [--checks]} (options in any order, each once),
     * read without picocli, whose model of the commands is a tenth of this command's time; null for anything else (help,
     * {@code --format=pdf}, an unknown format or option), which picocli parses and answers.
     */
    static PlanDocumentCommand plain(String[] args) {
        if (args.length < 7 || args.length > 8 || !"plan".equals(args[0]) || !"document".equals(args[1])) {
            return null;
        }
        PlanDocumentCommand command = new PlanDocumentCommand();
        try {
            for (int i = 2; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.indexOf('\0') >= 0) {
                    return null;
                } else if ("--format".equals(arg) && command.format == null && i + 1 < args.length) {
                    command.format = Format.valueOf(args[++i]);
                } else if ("--out".equals(arg) && command.out == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    command.out = Path.of(args[++i]);
                } else if ("--checks".equals(arg) && !command.checks) {
                    command.checks = true;
                } else if (!arg.startsWith("-") && command.file == null) {
                    command.file = Path.of(arg);
                } else {
                    return null;
                }
            }
        } catch (IllegalArgumentException notPlain) {
            return null; // a format picocli names in its answer, or a path this system cannot hold
        }
        return command.file == null || command.format == null || command.out == null ? null : command;
    }

    @Override
    void beforeReading() {
        super.beforeReading();
        if (format == Format.pdf && CommandLine.ownProcess()) {
            CommandLinePdf.prepare();
        }
    }

    @Override
    Integer run(Plan plan) {
        PlanDocument.Options options = new PlanDocument.Options(checks);
        byte[] document = format == Format.pdf ? PlanDocuments.pdf(plan, options) : PlanDocuments.docx(plan, options);
        try {
            Files.write(out, document);
        } catch (IOException e) {
            System.err.println(CliWords.of("cli.planDocumentCommand.felKundeInteSkrivas", out, e.getMessage()));
            return 2;
        }
        System.out.println(out + " (" + document.length / 1024 + " kB)");
        return 0;
    }
}
