package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.plan.PlanAdopted;
import se.samordna.shared.Sha256;

/**
 * The plan document as the board adopted it: rendered once, inside the adoption's transaction, and stored with its
 * SHA-256. Later downloads of an adopted plan return these bytes, whatever the code or the drafts do afterwards.
 */
@Component
public class PlanArchive {

    /** An archived document: its bytes and their SHA-256 (hex). */
    public record Archived(byte[] content, String sha256) {
    }

    private final JdbcClient jdbc;
    private final BoardDocuments board;

    PlanArchive(JdbcClient jdbc, BoardDocuments board) {
        this.jdbc = jdbc;
        this.board = board;
    }

    /** The document as adopted, with the board as the register held it on the day of adoption. */
    @EventListener
    void adopted(PlanAdopted adopted) {
        java.time.LocalDate on = adopted.plan().association().decided() == null ? java.time.LocalDate.now() : adopted.plan().association().decided();
        PlanDocument.Options options = new PlanDocument.Options(false, board.roster(adopted.associationId(), on),
                board.adoption(adopted.associationId(), adopted.planId().value(), adopted.plan()));
        store(adopted, "pdf", PlanDocuments.pdf(adopted.plan(), options));
        store(adopted, "docx", PlanDocuments.docx(adopted.plan(), options));
    }

    public Optional<Archived> find(AssociationId associationId, UUID planId, String format) {
        return jdbc.sql("select content, sha256 from plan_document_archive where association_id = :a and plan_id = :p and format = :f")
                .param("a", associationId.value()).param("p", planId).param("f", format)
                .query((rs, n) -> new Archived(rs.getBytes(1), rs.getString(2))).optional();
    }

    private void store(PlanAdopted adopted, String format, byte[] content) {
        jdbc.sql("insert into plan_document_archive (plan_id, association_id, format, content, sha256) values (:p, :a, :f, :c, :s)")
                .param("p", adopted.planId().value()).param("a", adopted.associationId().value()).param("f", format).param("c", content)
                .param("s", Sha256.hex(content)).update();
    }
}
