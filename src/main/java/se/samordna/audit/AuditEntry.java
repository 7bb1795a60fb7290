package se.samordna.audit;

import se.samordna.shared.AssociationId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change: who did what to which entity, and the changed values as JSON. {@code entityName}: the person's name
 * when the entity is a person or their role (the id alone says nothing to a reader).
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, AssociationId associationId,
                         String entity, String entityId, String action, String changes, String entityName) {
}
