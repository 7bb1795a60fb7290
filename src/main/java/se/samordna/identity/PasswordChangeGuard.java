package se.samordna.identity;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.shared.ForbiddenException;

/**
 * A person who signed in with a one-time password (the first {@code admin}, or a person an administrator
 * created) must choose a password of their own before doing anything else.
 */
@Component
class PasswordChangeGuard implements HandlerInterceptor {

    private final UserDirectory directory;
    PasswordChangeGuard(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/account") || path.startsWith("/api/v1/me/password") || path.equals("/error")) {
            return true;
        }
        if (!directory.mustChangePassword()) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new ForbiddenException("Byt lösenord först (POST /api/v1/me/password): kontot har ett engångslösenord.");
        }
        response.sendRedirect(request.getContextPath() + "/account?mustChange");
        return false;
    }
}
