package se.samordna.association.web;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.identity.Invitations;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * Gives a person a role in an association. A new person is created without a password and gets an invitation
 * link of their own: the director never chooses or sees anyone's password.
 */
@Service
class PeopleService {

    private final UserDirectory directory;
    private final Invitations invitations;
    private final se.samordna.notify.Mail mail;

    PeopleService(UserDirectory directory, Invitations invitations, se.samordna.notify.Mail mail) {
        this.directory = directory;
        this.invitations = invitations;
        this.mail = mail;
    }

    /**
     * Whether the person's link goes to them by e-mail (e-mail is set up and they have an address): then the director
     * is not shown the link, only told it was sent.
     */
    boolean mailed(UUID userId) {
        return mail.configured() && directory.email(UserId.of(userId)).isPresent();
    }

    record Grant(String username, String displayName, String email, Role role) {
    }

    /** The person, and their invitation link when they were created now. */
    record Granted(UUID userId, Optional<Invitations.Link> invitation) {
    }

    @Transactional
    Granted grant(AssociationId associationId, Grant grant) {
        if (grant.role() == null) {
            throw new InvalidInputException(Text.of("place.roll"), Text.of("error.valjEnRoll"));
        }
        String username = grant.username() == null ? "" : grant.username().trim().toLowerCase();
        Optional<UUID> existing = directory.findByUsername(username).map(UserDirectory.Person::id);
        UUID userId = existing.orElseGet(() -> directory.createInvited(username, grant.displayName(), grant.email(), false));
        directory.grant(UserId.of(userId), associationId, grant.role());
        return new Granted(userId, existing.isPresent() ? Optional.empty() : Optional.of(invitations.invite(associationId, UserId.of(userId))));
    }

    /** A new link for someone of this association who has not chosen a password yet; earlier links stop working. */
    @Transactional
    Invitations.Link reinvite(AssociationId associationId, UUID userId) {
        if (directory.rolesIn(UserId.of(userId), associationId).isEmpty()) {
            throw new NotFoundException(Text.of("error.personenHarIngenRollI"));
        }
        return invitations.invite(associationId, UserId.of(userId));
    }

    static void refusePassword(String password) {
        if (password != null) {
            throw new InvalidInputException(Text.of("place.losenord"), Text.of("error.losenordValjsAvPersonenSjalv"));
        }
    }
}
