package se.samordna.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Plan;
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
