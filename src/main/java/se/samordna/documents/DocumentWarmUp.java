package se.samordna.documents;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small document once in the background when the application is ready, so that the first board member
 * who downloads a PDF does not wait for the fonts, the PDF and SVG libraries and their classes to load (measured:
 * first render 0.5–1.3 s, later ones 50–190 ms). Off with {@code samordna.documents.warm-up=false}.
 */
@Component
class DocumentWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

    private final boolean enabled;

    DocumentWarmUp(@Value("${samordna.documents.warm-up:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                List<Block> blocks = List.of(new Block.Heading(1, DocumentWords.of("doc.documentWarmUp.uppvarmning")), new Block.Paragraph(DocumentWords.of("doc.documentWarmUp.aao1234Kr")),
                        new Block.Table(List.of("Rad", "Belopp"), List.of(List.of("Summa", "1 234")), new boolean[]{false, true}, List.of(0)),
                        new Block.Picture("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\"/></svg>",
                                "Bild"));
                DocumentRenderer.pdf(DocumentWords.of("doc.documentWarmUp.uppvarmning"), "Samordna", blocks);
                DocumentRenderer.docx(DocumentWords.of("doc.documentWarmUp.uppvarmning"), blocks);
            } catch (RuntimeException e) {
                log.warn("The document warm-up failed; the first document will be slower: {}", e.getMessage());
            }
        }, "document-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
