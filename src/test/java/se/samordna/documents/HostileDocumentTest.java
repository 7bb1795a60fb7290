package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;

/** A document is rendered from text people typed: nothing in it may make the server fetch anything. */
class HostileDocumentTest {

    private HttpServer listener;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + listener.getAddress().getPort() + "/leak";
    }

    @Test
    void anAssociationNameThatClosesTheCssStringFetchesNothingAndIsPrintedAsTyped() throws Exception {
        String hostile = "Förbundet\"; } } @import url(" + url() + "); body { background: url(" + url()
                + ") } @page { @top-center { content: \"x";
        Plan seed = Seeds.plan("sodra-dalarna-2025.yaml");
        Plan plan = new Plan(new Plan.Header(hostile, seed.association().decided(), seed.association().source()), seed.members(),
                seed.rules(), seed.allocations(), seed.budget(), seed.overview(), seed.initiativeRules(), seed.initiatives(), seed.goals());

        byte[] pdf = PlanDocuments.pdf(plan);

        assertThat(requests).as("requests the renderer made").hasValue(0);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Förbundet\"; } } @import url(");
        }
    }

    @Test
    void theRendererRefusesEveryExternalResourceEvenInMarkupItWasHanded() throws Exception {
        Path secret = Files.createTempFile("samordna-secret", ".png");
        String xhtml = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"" + url() + "\"/><style>@import url(" + url()
                + "); @font-face { font-family: x; src: url(" + url() + "); }</style></head><body style=\"background: url(" + url()
                + ")\"><img src=\"" + url() + "\"/><img src=\"" + secret.toUri() + "\"/><object data=\"" + url()
                + "\"></object><p>Text</p></body></html>";

        byte[] pdf = DocumentRenderer.pdf(xhtml);

        assertThat(requests).as("requests the renderer made").hasValue(0);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/Subtype /Image");
        Files.delete(secret);
    }

    @Test
    void theCssStringEscapeLeavesOnlyLettersDigitsSpacesAndEscapes() {
        assertThat(DocumentRenderer.cssString("Å\"}<x>\\"))
                .isEqualTo("Å\\22 \\7d \\3c x\\3e \\5c ")
                .doesNotContain("\"", "}", "<", ">");
        assertThat(DocumentRenderer.cssString(null)).isEmpty();
        assertThat(List.of(DocumentRenderer.cssString("Södra Dalarnas Samordningsförbund"))).containsExactly("Södra Dalarnas Samordningsförbund");
    }
}
