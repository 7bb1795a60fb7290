package se.samordna.association.web;

import se.samordna.shared.UserId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.CurrentUser;
import se.samordna.identity.TenantGuard;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/** What the page layout needs on every page: the person, their associations, the current association and roles. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final UserDirectory directory;
    private final Associations associations;

    LayoutAdvice(UserDirectory directory, Associations associations) {
        this.directory = directory;
        this.associations = associations;
    }

    record Layout(CurrentUser user, List<Association> associations, Association current, Set<Role> roles) {
        public boolean has(String role) {
            return roles != null && roles.contains(Role.valueOf(role));
        }

        public boolean reader() {
            return roles != null && roles.stream().anyMatch(Role.READERS::contains);
        }
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Set<Role> guarded = (Set<Role>) request.getAttribute(TenantGuard.ROLES);
        if (request.getHeader("HX-Request") != null) {
            // A part of a page (htmx) has no header to draw, but its buttons and notices still follow the reader's roles.
            return new Layout(null, List.of(), null, guarded == null ? Set.of() : guarded);
        }
        CurrentUser user = directory.currentUser().orElse(null);
        if (user == null) {
            return new Layout(null, List.of(), null, Set.of());
        }
        List<Association> mine = associations.withIds(directory.rolesByAssociation(UserId.of(user.id())).keySet());
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Association current = null;
        if (variables != null && variables.containsKey(TenantGuard.ASSOCIATION_VARIABLE)) {
            se.samordna.shared.AssociationId id = se.samordna.shared.AssociationId.valueOf(variables.get(TenantGuard.ASSOCIATION_VARIABLE));
            current = mine.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        }
        return new Layout(user, mine, current, guarded == null ? Set.of() : guarded);
    }
}
