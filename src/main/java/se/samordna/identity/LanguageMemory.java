package se.samordna.identity;

import se.samordna.shared.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When a signed-in person switches the pages' language ({@code ?lang=en} or {@code ?lang=sv}), remembers it for the
 * letters Samordna sends them (reminders); signing in remembers the language they sign in with.
 */
@Component
class LanguageMemory implements HandlerInterceptor {

    private final UserDirectory directory;

    LanguageMemory(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (!"en".equals(lang) && !"sv".equals(lang)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SamordnaPrincipal principal
                && !(authentication instanceof ApiTokenFilter.TokenAuthentication)) {
            directory.rememberLanguage(UserId.of(principal.userId()), java.util.Locale.forLanguageTag(lang));
        }
        return true;
    }
}
