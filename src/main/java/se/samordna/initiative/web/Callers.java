package se.samordna.initiative.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.Initiatives;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The caller of an association-scoped request, from the roles the tenant guard found. */
@Component
class Callers {

    private final UserDirectory directory;

    Callers(UserDirectory directory) {
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    Initiatives.Caller of(HttpServletRequest request) {
        Set<Role> roles = (Set<Role>) request.getAttribute(AssociationAccess.ROLES_ATTRIBUTE);
        var user = directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
        return new Initiatives.Caller(user.id(), roles == null ? Set.of() : roles);
    }
}
