package se.samordna.association;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.audit.AuditLog;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.ConflictException;

/**
 * Associations on their own (with identity and the audit log): a new association gets an address of its own from its
 * name, its creation is in the audit log, a second association of the same name is refused, and joining the national
 * comparison is the association's own choice.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class AssociationModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    Associations associations;
    @Autowired
    AuditLog auditLog;

    @Test
    void aNewAssociationGetsItsAddressFromItsNameAndChoosesTheComparisonItself() throws Exception {
        String name = "Testförbundet Älvdalen " + UUID.randomUUID().toString().substring(0, 6);
        ModuleTestDatabase.as("systemadmin-test", () -> {
            Association created = associations.create(name);
            assertThat(created.slug()).startsWith("testforbundet-alvdalen-");
            assertThat(associations.findBySlug(created.slug())).contains(created);
            assertThat(auditLog.entries(created.id(), 5)).extracting(e -> e.action()).containsExactly("created");
            assertThatThrownBy(() -> associations.create(name)).isInstanceOf(ConflictException.class).hasMessageContaining(name);

            assertThat(associations.inNationalComparison(created.id())).isFalse();
            associations.joinNationalComparison(created.id(), true);
            assertThat(associations.inNationalComparison(created.id())).isTrue();
        });
    }
}
