package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;

/**
 * A plan's texts reach the PDF as XHTML and SVG we write ourselves. Markup in them is printed as typed, and a character
 * XML cannot hold (a control character, half of a surrogate pair: YAML's and JSON's escapes carry both) is printed as
 * U+FFFD: the document is still made, with everything else in it.
 */
class HostileTextDocumentTest {

    @Test
    void markupControlCharactersAndHalfSurrogatesInAPlansTextsArePrintedNotFatal() throws Exception {
        String yaml = Files.readString(Path.of("examples/plans/vasterbergslagen-2025.yaml"))
                .replace("  name: Västerbergslagens Samordningsförbund", "  name: \"Västerbergslagens\\x01 Samordningsförbund <b>&amp;</b>\"")
                .replace("text: \"Förbundet tar fram en kommunikationsplan\"", "text: \"Förbundet tar fram en \\uD800plan\"");
        Plan plan = PlanFiles.read(yaml);
        assertThat(plan.association().name()).contains("\u0001");

        String text;
        try (PDDocument pdf = Loader.loadPDF(PlanDocuments.pdf(plan))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Västerbergslagens\uFFFD Samordningsförbund <b>&amp;</b>", "Förändringsteori")
                .doesNotContain("\u0001");
        assertThat(PlanDocuments.docx(plan)).isNotEmpty();
    }
}
