package se.samordna.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may use a handler under {@code /associations/{associationId}/…} or
 * {@code /api/v1/associations/{associationId}/…}. Without it, reading requests need one of
 * {@link Role#READERS} and changing requests need {@link Role#ADMIN}. Checked in one place
 * (the identity module's tenant guard) for every request.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AssociationAccess {

    /** The request attribute holding the caller's roles in the association of the path ({@code Set<Role>}). */
    String ROLES_ATTRIBUTE = "samordna.roles";

    Role[] value();
}
