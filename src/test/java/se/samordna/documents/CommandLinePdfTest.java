package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;

/**
 * The command line renders its PDF with a font mapper of its own and PDFBox's tables read on a second thread
 * ({@link CommandLinePdf}), and embeds the DejaVu faces parsed there; the board's document must come out the same as the
 * server renders it: the same pages, the same text on each, the same embedded fonts.
 */
class CommandLinePdfTest {

    @Test
    void thePlanDocumentRenderedForTheCommandLineHasThePagesTextAndFontsTheServerGives() throws Exception {
        Plan plan = PlanFiles.read(Files.readString(Path.of("examples/plans/klaralvdalen-2025.yaml")));
        String xhtml = PlanDocuments.html(plan);
        FontMapper before = FontMappers.instance();
        try {
            byte[] server = DocumentRenderer.render(xhtml);
            CommandLinePdf.prepare();
            assertThat(FontMappers.instance()).isNotSameAs(before);
            byte[] commandLine = DocumentRenderer.render(xhtml);
            assertThat(CommandLinePdf.takeFaces()).as("the faces parsed on the second thread, taken by the document").isNull();

            assertThat(pages(commandLine)).isEqualTo(pages(server)).hasSizeGreaterThan(3);
            assertThat(String.join("", pages(commandLine))).contains("Klarälvdalen", "Kostnader");
            // Searchable as written: "fi", "fl" and "ff" are letters in the text, not ligature characters (ﬁ U+FB01 …).
            assertThat(String.join("", pages(server))).contains("finansierade", "fler", "välbefinnande").doesNotContainPattern("[\uFB00-\uFB06]");
            assertThat(fonts(commandLine)).isEqualTo(fonts(server)).containsExactly("DejaVuSans", "DejaVuSans-Bold");
        } finally {
            FontMappers.set(before);
            RenderedPdfs.keeping(true);
        }
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                pages.add(text.getText(document));
            }
            return pages;
        }
    }

    /** The fonts the pages use, without the subset prefix (ABCDEF+) that differs from one rendering to the next. */
    private static List<String> fonts(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", "");
                    if (!fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
            }
            return fonts.stream().sorted().toList();
        }
    }
}
