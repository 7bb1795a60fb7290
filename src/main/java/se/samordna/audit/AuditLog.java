package se.samordna.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records changes in the caller's transaction, so a change and its entry are committed together or
 * not at all. The actor is the signed-in user, or {@code system} for start-up work.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID associationId, String entity, Object entityId, String action, Map<String, ?> changes) {
        jdbc.sql("""
                insert into audit_log (actor, association_id, entity, entity_id, action, changes)
                values (:actor, :association, :entity, :entityId, :action, cast(:changes as jsonb))""")
                .param("actor", currentActor())
                .param("association", associationId)
                .param("entity", entity)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("action", action)
                .param("changes", changes == null ? null : json.writeValueAsString(changes))
                .update();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> entries(UUID associationId, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, association_id, entity, entity_id, action, changes::text as changes
                from audit_log where association_id = :association order by id desc limit :limit""")
                .param("association", associationId)
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    /** The name the log records for the caller: the signed-in person's username, or {@code system}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
