package se.samordna.association.web;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.identity.UserDirectory;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;

/** Gives a person a role in an association, creating the account first when the username is new. */
@Service
class PeopleService {

    private final UserDirectory directory;

    PeopleService(UserDirectory directory) {
        this.directory = directory;
    }

    record Grant(String username, String displayName, String password, Role role) {
    }

    @Transactional
    UUID grant(UUID associationId, Grant grant) {
        if (grant.role() == null) {
            throw new InvalidInputException("roll", "Välj en roll.");
        }
        String username = grant.username() == null ? "" : grant.username().trim().toLowerCase();
        UUID userId = directory.findByUsername(username).map(UserDirectory.Person::id)
                .orElseGet(() -> directory.createUser(username, grant.displayName(), grant.password(), false, true));
        directory.grant(userId, associationId, grant.role());
        return userId;
    }
}
