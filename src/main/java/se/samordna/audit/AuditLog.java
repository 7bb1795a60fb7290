package se.samordna.audit;

import se.samordna.shared.AssociationId;
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
    private final javax.sql.DataSource dataSource;
    private final AuditSeal seal;

    AuditLog(JdbcClient jdbc, JsonMapper json, javax.sql.DataSource dataSource, AuditSeal seal) {
        this.jdbc = jdbc;
        this.json = json;
        this.dataSource = dataSource;
        this.seal = seal;
    }

    /**
     * A log from a release without seals is sealed once, at the first start with a key, after its unkeyed chain is found
     * whole. Never again: once the newest seal is noted outside the database, a log without seals is a broken log.
     */
    @jakarta.annotation.PostConstruct
    void sealEarlierEntries() throws java.sql.SQLException {
        if (seal.head().isPresent()) {
            return;
        }
        try (java.sql.Connection connection = dataSource.getConnection()) {
            boolean unsealed = jdbc.sql("select not exists (select 1 from audit_seal) and exists (select 1 from audit_log)")
                    .query(Boolean.class).single();
            if (unsealed && AuditChain.verify(connection).intact()) {
                AuditChain.sealAll(connection, seal).ifPresent(seal::replaceHead);
            }
        }
    }

    /** The whole log's hash chain and seals checked ({@link AuditChain}): intact, or where it first breaks. */
    @Transactional(readOnly = true)
    public AuditChain.Result verifyChain() {
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            return AuditChain.verify(connection, seal);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not check the audit log's chain", e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AssociationId associationId, String entity, Object entityId, String action, Map<String, ?> changes) {
        recordAs(currentActor(), associationId, entity, entityId, action, changes);
    }

    /**
     * An entry in the name of someone who is not (yet) signed in on this request: a person accepting their invitation
     * or reset link acts as themselves, not as the anonymous visitor of the page.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, AssociationId associationId, String entity, Object entityId, String action, Map<String, ?> changes) {
        // The database chains the entry (one writer at a time, until this transaction ends); the application seals it with
        // the key the database does not hold, after the seal before it, and notes the newest seal outside once committed.
        var entry = jdbc.sql("""
                insert into audit_log (actor, association_id, entity, entity_id, action, changes)
                values (:actor, :association, :entity, :entityId, :action, cast(:changes as jsonb))
                returning chain_seq, audit_entry_text(audit_log)""")
                .param("actor", actor)
                .param("association", associationId == null ? null : associationId.value())
                .param("entity", entity)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("action", action)
                .param("changes", changes == null ? null : json.writeValueAsString(changes))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        long chainSeq = (Long) entry[0];
        String previous = jdbc.sql("select mac from audit_seal where chain_seq = :s").param("s", chainSeq - 1)
                .query(String.class).optional().orElse(null);
        String mac = seal.seal((String) entry[1], previous);
        jdbc.sql("insert into audit_seal (chain_seq, mac) values (:s, :m)").param("s", chainSeq).param("m", mac).update();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        seal.noteHead(chainSeq, mac);
                    }
                });
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> entries(AssociationId associationId, int limit) {
        return jdbc.sql("""
                select a.id, a.occurred_at, a.actor, a.association_id, a.entity, a.entity_id, a.action, a.changes::text as changes,
                       u.display_name || ' (' || u.username || ')' as entity_name
                from audit_log a left join user_account u on a.entity in ('user', 'role') and u.id::text = a.entity_id
                where a.association_id = :association order by a.chain_seq desc limit :limit""")
                .param("association", associationId == null ? null : associationId.value())
                .param("limit", limit)
                .query(AuditEntry.class)
                .list();
    }

    /** The entries of one association from {@code from} up to (not including) {@code to}, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesBetween(AssociationId associationId, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                select a.id, a.occurred_at, a.actor, a.association_id, a.entity, a.entity_id, a.action, a.changes::text as changes,
                       null as entity_name
                from audit_log a
                where a.association_id = :association and a.occurred_at >= cast(:from as date) and a.occurred_at < cast(:to as date)
                order by a.chain_seq limit 100000""")
                .param("association", associationId == null ? null : associationId.value()).param("from", from).param("to", to)
                .query(AuditEntry.class)
                .list();
    }

    /** The name the log records for the caller: the signed-in person's username, or {@code system}. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
    }
}
