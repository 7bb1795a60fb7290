package se.samordna.identity;

import se.samordna.shared.AssociationId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A link to choose a password was issued (an invitation, or a reset the person asked for). Published inside the
 * transaction that stores it; whoever sends it by e-mail does so after the commit. {@code path} is relative to the
 * application ({@code /invitation/…}); the token in it is the only copy outside the person's hands. {@code origin} is the
 * address the request came in on ({@code https://host}), for a link made off the request's thread; null when unknown.
 */
public record InvitationIssued(UUID userId, AssociationId associationId, Invitations.Purpose purpose, String path, OffsetDateTime expiresAt,
                               String origin) {
}
