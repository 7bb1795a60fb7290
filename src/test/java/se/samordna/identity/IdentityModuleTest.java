package se.samordna.identity;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;

/**
 * People and their roles on their own (with the audit log): a person invited without a password holds the roles given
 * per association, and the rule that a director is never a participant reporter in the same association holds.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class IdentityModuleTest extends SharedDatabaseModuleTest {

    @Autowired
    UserDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedPersonHoldsTheRolesGivenPerAssociationAndNoDirectorReportsOnParticipants() throws Exception {
        UUID association = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Personer");
        ModuleTestDatabase.as("admin-test", () -> {
            String username = "styrelse-" + association.toString().substring(0, 8);
            UUID member = directory.createInvited(username, "Styrelseledamot", "ledamot@example.se", false);
            directory.grant(UserId.of(member), AssociationId.of(association), Role.BOARD);
            directory.grant(UserId.of(member), AssociationId.of(association), Role.ADMIN);
            assertThat(directory.rolesIn(UserId.of(member), AssociationId.of(association))).isEqualTo(Set.of(Role.BOARD, Role.ADMIN));
            assertThat(directory.hasAccepted(UserId.of(member))).as("no password until the person chooses one").isFalse();
            assertThatThrownBy(() -> directory.grant(UserId.of(member), AssociationId.of(association), Role.INITIATIVE_REPORTER))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("deltagarrapportör");
            directory.revoke(UserId.of(member), AssociationId.of(association), Role.ADMIN);
            assertThat(directory.rolesIn(UserId.of(member), AssociationId.of(association))).containsExactly(Role.BOARD);
        });
    }
}
