package se.samordna.identity;

import se.samordna.shared.UserId;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates {@code Authorization: Bearer smd_…} API requests as the token's owner. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserDirectory directory;

    ApiTokenFilter(ApiTokens tokens, UserDirectory directory) {
        this.tokens = tokens;
        this.directory = directory;
    }

    record TokenPrincipal(UUID userId, String username) implements SamordnaPrincipal {
    }

    static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final TokenPrincipal principal;

        TokenAuthentication(TokenPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority("ROLE_USER")));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.username();
        }
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBearer(request)) {
            String token = request.getHeader("Authorization").substring(7).trim();
            tokens.owner(token).map(UserId::of).flatMap(directory::find).ifPresentOrElse(person -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(new TokenPrincipal(person.id(), person.username())));
                SecurityContextHolder.setContext(context);
            }, SecurityContextHolder::clearContext);
        }
        chain.doFilter(request, response);
    }
}
