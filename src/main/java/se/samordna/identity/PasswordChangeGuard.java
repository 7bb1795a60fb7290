package se.samordna.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Text;

/**
 * Every request of a person signed in with a session is checked against their account, in one query:
 * <ul>
 * <li>a session signed in before the password changed or the account was disabled has ended (the account's
 * {@code session_epoch} moved on), so changing a password ends the person's other sessions;</li>
 * <li>a person with a one-time password (the first {@code admin}) must choose their own before anything else.</li>
 * </ul>
 * Styles and scripts are served regardless, so the password page looks as it should.
 */
@Component
class PasswordChangeGuard implements HandlerInterceptor {

    static final String EPOCH = "samordna.sessionEpoch";

    private final UserDirectory directory;

    PasswordChangeGuard(UserDirectory directory) {
        this.directory = directory;
    }

    /** Remembers in the person's session which password (epoch) it was signed in with. */
    static void remember(HttpServletRequest request, int epoch) {
        request.getSession().setAttribute(EPOCH, epoch);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (handler instanceof ResourceHttpRequestHandler) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SamordnaPrincipal principal)
                || authentication instanceof ApiTokenFilter.TokenAuthentication) {
            return true;
        }
        UserDirectory.SessionState state = directory.sessionState(principal.userId()).orElse(null);
        HttpSession session = request.getSession(false);
        Object epoch = session == null ? null : session.getAttribute(EPOCH);
        if (state == null || state.disabled() || !(epoch instanceof Integer known) || known != state.sessionEpoch()) {
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (SecurityConfiguration.isApi(request)) {
                SecurityConfiguration.writeJson(response, org.springframework.http.HttpStatus.UNAUTHORIZED,
                        Text.of("signIn.sessionEnded").in(org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
            } else {
                response.sendRedirect(request.getContextPath() + "/login?ended");
            }
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!state.mustChangePassword() || path.startsWith("/account") || path.startsWith("/api/v1/me/password")
                || path.equals("/error") || path.equals("/logout")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new ForbiddenException(Text.of("error.bytLosenordForstPostApi"));
        }
        response.sendRedirect(request.getContextPath() + "/account?mustChange");
        return false;
    }
}
