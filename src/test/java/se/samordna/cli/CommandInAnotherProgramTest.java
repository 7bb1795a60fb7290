package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.documents.PlanDocuments;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;

/**
 * {@code plan document --format pdf} run inside a program that goes on (as the tests run it) leaves that program's PDF
 * settings as they were: its font mapper, its class loader, its kept PDFs and its logging's system properties, which the
 * command sets only in a JVM of its own. Before, one such run turned the cache off for every later document in the JVM,
 * and made Commons Logging's simple log the choice of every library that logs through it.
 */
class CommandInAnotherProgramTest {

    @Test
    void aPdfCommandRunInsideAnotherProgramLeavesItsFontsClassLoaderKeptPdfsAndLoggingAlone(@TempDir Path dir) throws Exception {
        FontMapper mapper = FontMappers.instance();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String commonsLog = System.getProperty("org.apache.commons.logging.Log");
        String logback = System.getProperty("logback.configurationFile");
        Path pdf = dir.resolve("plan.pdf");
        PrintStream out = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            exit = CommandLine.run(new String[] {"plan", "document", "examples/plans/klaralvdalen-2025.yaml", "--format", "pdf", "--out", pdf.toString()});
        } finally {
            System.setOut(out);
        }

        assertThat(exit).isZero();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
        assertThat(FontMappers.instance()).isSameAs(mapper);
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(loader);
        assertThat(System.getProperty("org.apache.commons.logging.Log")).isEqualTo(commonsLog);
        assertThat(System.getProperty("logback.configurationFile")).isEqualTo(logback);
        Plan plan = PlanFiles.read(Files.readString(Path.of("examples/plans/klaralvdalen-2025.yaml")));
        assertThat(PlanDocuments.pdf(plan)).as("the second asking gets the PDF kept from the first").isSameAs(PlanDocuments.pdf(plan));
    }
}
