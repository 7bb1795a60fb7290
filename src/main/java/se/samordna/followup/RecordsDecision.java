package se.samordna.followup;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * Whether an association keeps pseudonymous participant records at all. The national guidance is that an association
 * should not administer personal data about the people in its initiatives, so records are off until the director
 * records the decision to keep them, naming the member responsible for the data and how long records are kept.
 * Volumes and suppressed aggregates work without records.
 */
@Service
public class RecordsDecision {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    RecordsDecision(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The decision as recorded; {@code enabled} false (or no decision at all) means no records are kept. */
    public record Decision(boolean enabled, String responsibleMember, Integer retentionMonths, LocalDate decidedOn, String reference,
                           String recordedBy, OffsetDateTime recordedAt, long version) {
    }

    public Optional<Decision> of(AssociationId associationId) {
        return jdbc.sql("""
                select enabled, responsible_member, retention_months, decided_on, reference, recorded_by, recorded_at, version
                from participant_records_decision where association_id = :a""")
                .param("a", associationId.value()).query(Decision.class).optional();
    }

    public boolean recordsKept(AssociationId associationId) {
        return of(associationId).map(Decision::enabled).orElse(false);
    }

    /** Refuses new or changed records while the association has not decided to keep them. */
    public void requireRecordsKept(AssociationId associationId) {
        if (!recordsKept(associationId)) {
            throw new ConflictException(Text.of("error.forbundetForInteDeltagaruppgifterPa"));
        }
    }

    /**
     * Records the director's decision. {@code expectedVersion}: the version read, or null for the first decision; a
     * decision changed by someone else meanwhile is refused.
     */
    @Transactional
    public Decision decide(AssociationId associationId, boolean enabled, String responsibleMember, Integer retentionMonths, LocalDate decidedOn,
                           String reference, java.util.Set<String> members, Long expectedVersion) {
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException(Text.of("place.beslutsdatum"), Text.of("error.angeBeslutetsDatumInteEtt"));
        }
        String member = responsibleMember == null || responsibleMember.isBlank() ? null : responsibleMember.strip();
        if (enabled && (member == null || !members.contains(member))) {
            throw new InvalidInputException(Text.of("place.ansvarigMedlem"), Text.of("error.valjDenMedlemSomAnsvarar"));
        }
        if (enabled && (retentionMonths == null || retentionMonths < 1 || retentionMonths > 240)) {
            throw new InvalidInputException(Text.of("place.gallringstid"), Text.of("error.angeHurMangaManaderUppgifterna"));
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > 200) {
            throw new InvalidInputException(Text.of("place.referens"), Text.of("error.referensenFarVaraHogst200"));
        }
        Optional<Decision> before = of(associationId);
        long current = before.map(Decision::version).orElse(-1L);
        if (expectedVersion != null ? expectedVersion != current : before.isPresent()) {
            throw new ConflictException(Text.of("error.beslutetHarAndratsAvNagon"));
        }
        jdbc.sql("""
                insert into participant_records_decision as d (association_id, enabled, responsible_member, retention_months, decided_on,
                    reference, recorded_by)
                values (:a, :e, :m, :r, :on, :ref, :by)
                on conflict (association_id) do update set enabled = :e, responsible_member = :m, retention_months = :r, decided_on = :on,
                    reference = :ref, recorded_by = :by, recorded_at = now(), version = d.version + 1""")
                .param("a", associationId.value()).param("e", enabled).param("m", enabled ? member : null)
                .param("r", enabled ? retentionMonths : null).param("on", decidedOn).param("ref", ref).param("by", AuditLog.currentActor())
                .update();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("enabled", enabled);
        changes.put("responsibleMember", enabled ? member : null);
        changes.put("retentionMonths", enabled ? retentionMonths : null);
        changes.put("decidedOn", decidedOn.toString());
        auditLog.record(associationId, "participant-records-decision", null, enabled ? "records-kept" : "records-not-kept", changes);
        return of(associationId).orElseThrow();
    }
}
