package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.board.MinutesAdjusted;
import se.samordna.shared.Sha256;

/**
 * The adjusted minutes as printed: rendered once, inside the adjustment's transaction, with the posting on the notice
 * board, and kept with their SHA-256. The minutes' PDF and the notice board serve these bytes ever after.
 */
@Component
public class MinutesArchive {

    private final JdbcClient jdbc;
    private final BoardDocuments documents;

    MinutesArchive(JdbcClient jdbc, BoardDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @EventListener
    void adjusted(MinutesAdjusted adjusted) {
        byte[] pdf = documents.minutes(adjusted.associationId(), adjusted.meetingId(), adjusted.postedOn()).pdf();
        jdbc.sql("insert into board_minutes_archive (meeting_id, association_id, pdf, sha256, posted_on) values (:m, :a, :p, :s, :d)")
                .param("m", adjusted.meetingId()).param("a", adjusted.associationId().value()).param("p", pdf).param("s", Sha256.hex(pdf))
                .param("d", adjusted.postedOn()).update();
    }

    public Optional<PlanArchive.Archived> find(AssociationId associationId, UUID meetingId) {
        return jdbc.sql("select pdf, sha256 from board_minutes_archive where association_id = :a and meeting_id = :m")
                .param("a", associationId.value()).param("m", meetingId).query((rs, n) -> new PlanArchive.Archived(rs.getBytes(1), rs.getString(2))).optional();
    }
}
