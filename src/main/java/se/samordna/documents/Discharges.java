package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/** Each member's decision on discharge (ansvarsfrihet) of the board for a year, recorded with its date; audited. */
@Service
public class Discharges {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Discharges(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record Decision(String member, LocalDate decidedOn, boolean granted, String minutes, String recordedBy) {
    }

    public List<Decision> of(AssociationId associationId, int year) {
        return jdbc.sql("select member, decided_on, granted, minutes, recorded_by from discharge_decision where association_id = :a and year = :y order by member")
                .param("a", associationId.value()).param("y", year).query(Decision.class).list();
    }

    /** Records (or corrects) a member's decision; the member must be one of the plan's members. */
    @Transactional
    public void record(AssociationId associationId, int year, List<String> members, String member, LocalDate decidedOn, boolean granted, String minutes) {
        if (member == null || !members.contains(member)) {
            throw new InvalidInputException(Text.of("place.medlem"), Text.of("error.chooseAMember", String.join(", ", members)));
        }
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now(ZoneId.of("Europe/Stockholm"))) || decidedOn.getYear() <= year) {
            throw new InvalidInputException(Text.of("place.beslutsdag"), Text.of("error.angeDagenMedlemmenBeslutadeEfter", year));
        }
        if (minutes != null && minutes.length() > 200) {
            throw new InvalidInputException(Text.of("place.protokoll"), Text.of("error.hanvisningenTillProtokolletFarVara"));
        }
        jdbc.sql("""
                insert into discharge_decision (association_id, year, member, decided_on, granted, minutes, recorded_by)
                values (:a, :y, :m, :d, :g, :p, :u)
                on conflict (association_id, year, member) do update set decided_on = excluded.decided_on, granted = excluded.granted,
                    minutes = excluded.minutes, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("a", associationId.value()).param("y", year).param("m", member).param("d", decidedOn).param("g", granted)
                .param("p", minutes == null || minutes.isBlank() ? null : minutes.strip()).param("u", AuditLog.currentActor()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", member);
        details.put("decidedOn", decidedOn.toString());
        details.put("granted", granted);
        auditLog.record(associationId, "discharge", year, "recorded", details);
    }
}
