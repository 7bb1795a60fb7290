package se.samordna.identity;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The one place where tenant access is decided. Every handler whose path holds {@code {associationId}}
 * runs only for a person with a role in that association that the handler admits
 * ({@link AssociationAccess}; by default the readers for GET and ADMIN for changes). The roles held are
 * left in the request attribute {@link #ROLES} for pages that show or hide actions.
 */
@Component
public class TenantGuard implements HandlerInterceptor {

    public static final String ROLES = AssociationAccess.ROLES_ATTRIBUTE;
    public static final String ASSOCIATION_VARIABLE = "associationId";

    private final UserDirectory directory;

    TenantGuard(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String raw = variables == null ? null : variables.get(ASSOCIATION_VARIABLE);
        if (raw == null) {
            return true;
        }
        AssociationId associationId = AssociationId.of(parse(raw));
        CurrentUser user = directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
        Set<Role> held = directory.rolesIn(UserId.of(user.id()), associationId);
        if (held.isEmpty()) {
            throw new ForbiddenException(Text.of("error.duHarIngenRollI"));
        }
        Set<Role> admitted = admitted(method, request.getMethod());
        if (held.stream().noneMatch(admitted::contains)) {
            throw new ForbiddenException(Text.of("error.dinRollIForbundetGer"));
        }
        request.setAttribute(ROLES, held);
        return true;
    }

    static Set<Role> admitted(HandlerMethod method, String httpMethod) {
        AssociationAccess access = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AssociationAccess.class);
        if (access == null) {
            access = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AssociationAccess.class);
        }
        if (access != null) {
            return access.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(access.value()[0], access.value());
        }
        boolean reading = "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
        return reading ? Role.READERS : EnumSet.of(Role.ADMIN);
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Text.of("error.forbundetFinnsInte"));
        }
    }
}
