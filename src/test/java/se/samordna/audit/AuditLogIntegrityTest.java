package se.samordna.audit;

import se.samordna.web.SamordnaTest;
import se.samordna.web.TestPeople;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.DriverManager;
import java.util.Properties;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.samordna.association.Association;
import se.samordna.shared.Role;

/** The audit log cannot be rewritten by the application, and a change behind its back is found. */
@SamordnaTest
class AuditLogIntegrityTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("owner")
    DataSource owner;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestPeople people;
    @Autowired
    AuditSeal seal;

    @Test
    void theApplicationsDatabaseRoleCannotChangeRemoveOrUnguardTheLog() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("samordna_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x'").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger all").update()).hasStackTraceContaining("owner");
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isPositive();
    }

    @Test
    void theServerRefusesConnectionsWithoutThePassword() throws Exception {
        String url = owner.getConnection().getMetaData().getURL();
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword)).hasMessageContaining("password");
        noPassword.setProperty("password", "wrong");
        assertThatThrownBy(() -> DriverManager.getConnection(url, noPassword)).hasMessageContaining("password authentication failed");
    }

    @Test
    void anEntryChangedBehindTheApplicationsBackIsTheFirstBrokenLink() throws Exception {
        Association kd = people.association("Klarälvdalen");
        MockHttpSession auditor = TestPeople.login(mvc, people.with(Role.AUDITOR, kd), TestPeople.PASSWORD);
        assertThat(auditLog.verifyChain().intact()).isTrue();
        mvc.perform(get("/api/v1/associations/{id}/audit/verification", kd.id()).session(auditor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.broken").doesNotExist());
        long entries = auditLog.verifyChain().entries();
        long victim = jdbc.sql("select id from audit_log order by chain_seq limit 1 offset 2").query(Long.class).single();
        long seq = jdbc.sql("select chain_seq from audit_log where id = :id").param("id", victim).query(Long.class).single();

        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            statement.execute("begin; alter table audit_log disable trigger audit_log_append_only; "
                    + "update audit_log set actor = 'someone-else' where id = " + victim + "; "
                    + "alter table audit_log enable trigger audit_log_append_only; commit");
        }
        AuditChain.Result tampered = auditLog.verifyChain();
        try {
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.entries()).isEqualTo(entries);
            assertThat(tampered.broken().orElseThrow().chainSeq()).isEqualTo(seq);
            assertThat(tampered.broken().orElseThrow().entryId()).isEqualTo(victim);
            assertThat(tampered.broken().orElseThrow().reason()).contains("kontrollsumman");
            String page = mvc.perform(get("/associations/{id}/audit", kd.id()).param("verify", "").session(auditor)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("bruten vid post " + seq);
        } finally {
            try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
                statement.execute("begin; alter table audit_log disable trigger audit_log_append_only; "
                        + "delete from audit_log where id = " + victim + "; alter table audit_log enable trigger audit_log_append_only; commit");
            }
        }
        AuditChain.Result removed = auditLog.verifyChain();
        assertThat(removed.broken().orElseThrow().chainSeq()).as("a removed entry leaves a gap").isEqualTo(seq + 1);
        assertThat(removed.broken().orElseThrow().reason()).contains("saknas");

        rechain(); // the other tests share this database
        assertThat(auditLog.verifyChain().intact()).isTrue();
    }

    /** What the database's owner can do without the application's key: every entry's unkeyed hash computed again, in order. */
    private static final String RECOMPUTE_UNKEYED_CHAIN = """
            do $$
            declare entry audit_log; previous text := null;
            begin
                for entry in select * from audit_log order by chain_seq loop
                    update audit_log set prev_hash = previous, hash = audit_entry_hash(entry, previous) where id = entry.id;
                    previous := audit_entry_hash(entry, previous);
                end loop;
            end $$;""";

    private void rechain() throws Exception {
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    begin;
                    alter table audit_log disable trigger audit_log_append_only;
                    update audit_log set chain_seq = -chain_seq;
                    update audit_log set chain_seq = o.n from (select id, row_number() over (order by chain_seq desc) n from audit_log) o
                        where audit_log.id = o.id;
                    %s
                    alter table audit_log enable trigger audit_log_append_only;
                    alter table audit_seal disable trigger audit_seal_append_only;
                    delete from audit_seal;
                    alter table audit_seal enable trigger audit_seal_append_only;
                    commit""".formatted(RECOMPUTE_UNKEYED_CHAIN));
            // Sealed again with the application's key, as only the application can (the other tests share this log).
            seal.replaceHead(AuditChain.sealAll(connection, seal).orElse(null));
        }
    }

    @Test
    void anOwnerWhoRewritesAnEntryAndRecomputesTheUnkeyedChainOrDropsTheNewestIsFoundByTheSeals() throws Exception {
        Association kd = people.association("Klarälvdalen");
        TestPeople.login(mvc, people.with(Role.AUDITOR, kd), TestPeople.PASSWORD); // writes entries, sealed as they go
        assertThat(auditLog.verifyChain().intact()).isTrue();
        long victim = jdbc.sql("select id from audit_log order by chain_seq limit 1 offset 3").query(Long.class).single();
        long seq = jdbc.sql("select chain_seq from audit_log where id = :id").param("id", victim).query(Long.class).single();
        try {
            // The database's owner changes an entry and recomputes every unkeyed hash after it: the chain alone holds.
            try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
                statement.execute("""
                        begin;
                        alter table audit_log disable trigger audit_log_append_only;
                        update audit_log set actor = 'someone-else' where id = %d;
                        %s
                        alter table audit_log enable trigger audit_log_append_only;
                        commit""".formatted(victim, RECOMPUTE_UNKEYED_CHAIN));
                assertThat(AuditChain.verify(connection).intact()).as("the unkeyed chain was recomputed").isTrue();
            }
            AuditChain.Result rewritten = auditLog.verifyChain();
            assertThat(rewritten.broken().orElseThrow().chainSeq()).isEqualTo(seq);
            assertThat(rewritten.broken().orElseThrow().reason()).contains("sigillet stämmer inte");
        } finally {
            rechain();
        }
        assertThat(auditLog.verifyChain().intact()).isTrue();

        // The newest entry and its seal removed: the chain and the seals before it hold, the note outside does not.
        long newest = jdbc.sql("select max(chain_seq) from audit_log").query(Long.class).single();
        try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    begin;
                    alter table audit_log disable trigger audit_log_append_only;
                    alter table audit_seal disable trigger audit_seal_append_only;
                    delete from audit_log where chain_seq = %d;
                    delete from audit_seal where chain_seq = %d;
                    alter table audit_log enable trigger audit_log_append_only;
                    alter table audit_seal enable trigger audit_seal_append_only;
                    commit""".formatted(newest, newest));
        }
        try {
            AuditChain.Result truncated = auditLog.verifyChain();
            assertThat(truncated.intact()).isFalse();
            assertThat(truncated.broken().orElseThrow().reason()).contains("de senaste posterna saknas").contains(String.valueOf(newest));
        } finally {
            rechain();
        }
        assertThat(auditLog.verifyChain().intact()).isTrue();
        assertThat(seal.head().orElseThrow().chainSeq()).isEqualTo(newest - 1);
    }
}
