package se.samordna.board;

import se.samordna.shared.ItemId;
import se.samordna.shared.AttachmentId;
import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Sha256;
import se.samordna.shared.Text;

/**
 * PDFs attached to an item (an application as it came in, a report from a member): kept with their SHA-256, at most
 * {@value #MAX_PER_ITEM} per item, each a PDF by its first bytes whatever its name says; the name is cleaned of paths and
 * control characters. Once the minutes are adjusted nothing is added.
 */
@Service
public class Attachments {

    static final int MAX_PER_ITEM = 20;
    static final int MAX_BYTES = 10 * 1024 * 1024;

    public record Attachment(UUID id, UUID itemId, String name, int size, String sha256) {
    }

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final AuditLog auditLog;

    Attachments(JdbcClient jdbc, Meetings meetings, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.auditLog = auditLog;
    }

    public List<Attachment> of(AssociationId associationId, MeetingId meetingId) {
        return jdbc.sql("""
                select a.id, a.item_id, a.name, length(a.content), a.sha256 from board_attachment a join board_item i on i.id = a.item_id
                where i.association_id = :a and i.meeting_id = :m order by a.uploaded_at""")
                .param("a", associationId.value()).param("m", meetingId.value())
                .query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                        rs.getString(5))).list();
    }

    public byte[] content(AssociationId associationId, AttachmentId attachmentId) {
        return jdbc.sql("select a.content from board_attachment a join board_item i on i.id = a.item_id where i.association_id = :a and a.id = :id")
                .param("a", associationId.value()).param("id", attachmentId.value()).query((rs, n) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.attachmentNotFound")));
    }

    public Attachment get(AssociationId associationId, UUID attachmentId) {
        return jdbc.sql("""
                select a.id, a.item_id, a.name, length(a.content), a.sha256 from board_attachment a join board_item i on i.id = a.item_id
                where i.association_id = :a and a.id = :id""").param("a", associationId.value()).param("id", attachmentId)
                .query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                        rs.getString(5))).optional().orElseThrow(() -> new NotFoundException(Text.of("board.error.attachmentNotFound")));
    }

    @Transactional
    public Attachment add(AssociationId associationId, ItemId itemId, String fileName, byte[] content) {
        Meetings.Item item = meetings.item(associationId, itemId);
        Meetings.requireOpen(meetings.get(associationId, MeetingId.of(item.meetingId())));
        String name = cleanName(fileName);
        if (content == null || content.length < 5 || !new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new InvalidInputException(Text.of("board.place.attachment"), Text.of("board.error.attachmentNotPdf", name));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(Text.of("board.place.attachment"), Text.of("board.error.attachmentTooLarge", name, MAX_BYTES / 1024 / 1024));
        }
        Integer count = jdbc.sql("select count(*) from board_attachment where item_id = :i").param("i", itemId.value()).query(Integer.class).single();
        if (count >= MAX_PER_ITEM) {
            throw new InvalidInputException(Text.of("board.place.attachment"), Text.of("board.error.tooManyAttachments", MAX_PER_ITEM));
        }
        UUID id = UUID.randomUUID();
        String sha = Sha256.hex(content);
        jdbc.sql("insert into board_attachment (id, item_id, name, content, sha256, uploaded_by) values (:id, :i, :n, :c, :s, :b)")
                .param("id", id).param("i", itemId.value()).param("n", name).param("c", content).param("s", sha).param("b", AuditLog.currentActor()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", item.registryNumber());
        details.put("name", name);
        details.put("sha256", sha);
        auditLog.record(associationId, "meeting-item", itemId, "attachment-added", details);
        return new Attachment(id, itemId.value(), name, content.length, sha);
    }

    /** A file's name without folders or control characters, at most 200 characters, ending in .pdf. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = Text.of("board.attachmentName").swedish();
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > 200 ? name.substring(0, 196) + ".pdf" : name;
    }
}
