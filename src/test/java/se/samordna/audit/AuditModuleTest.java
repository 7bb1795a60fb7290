package se.samordna.audit;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;

/**
 * The audit module on its own (with the platform's database): a change is recorded only inside the transaction that
 * makes it, by the person signed in, and the chain over the log stays intact; the application's role cannot rewrite it.
 */
@ApplicationModuleTest(extraIncludes = "platform")
class AuditModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeIsRecordedByItsActorInItsTransactionAndTheChainHolds() throws Exception {
        UUID association = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Revision");
        assertThatThrownBy(() -> auditLog.record(AssociationId.of(association), "budget-line", "lokaler", "amount-changed", Map.of()))
                .as("never outside the change's own transaction").isInstanceOf(RuntimeException.class);

        ModuleTestDatabase.as("revisor-test", () -> {
            transactions.executeWithoutResult(status -> auditLog.record(AssociationId.of(association), "budget-line", "lokaler", "amount-changed",
                    Map.of("2025", Map.of("before", "120 000", "after", "125 000"))));
        });
        List<AuditEntry> entries = auditLog.entries(AssociationId.of(association), 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("revisor-test");
            assertThat(entry.entityId()).isEqualTo("lokaler");
            assertThat(entry.changes()).contains("125 000");
        });
        assertThat(auditLog.verifyChain().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where association_id = :a").param("a", association).update())
                .as("the application's role may only add to the log").isInstanceOf(RuntimeException.class);
    }
}
