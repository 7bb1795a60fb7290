package se.samordna.identity;

import se.samordna.shared.UserId;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs a person in who has just proven themselves another way than the login form (their invitation link). */
@Component
public class SignIn {

    /** The session attribute holding why a sign-in through the identity provider was refused, for the sign-in page. */
    public static final String OIDC_ERROR = "samordna.oidcError";


    private final LocalAccounts accounts;
    private final UserDirectory directory;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> languages;

    SignIn(LocalAccounts accounts, UserDirectory directory,
           org.springframework.beans.factory.ObjectProvider<org.springframework.web.servlet.LocaleResolver> languages) {
        this.accounts = accounts;
        this.directory = directory;
        this.languages = languages;
    }

    public void signIn(HttpServletRequest request, HttpServletResponse response, UUID userId) {
        String username = directory.find(UserId.of(userId)).orElseThrow().username();
        LocalAccounts.Account account = (LocalAccounts.Account) accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        keepThisSession(request, userId);
        rememberLanguage(request, userId);
    }

    /** The language the person signs in with (the language cookie), remembered for letters to them. */
    public void rememberLanguage(HttpServletRequest request, UUID userId) {
        org.springframework.web.servlet.LocaleResolver resolver = languages.getIfAvailable();
        if (resolver != null) {
            directory.rememberLanguage(UserId.of(userId), resolver.resolveLocale(request));
        }
    }

    /** This session belongs to the person's current password: after a sign-in, or after they changed it here (their other sessions end). */
    public void keepThisSession(HttpServletRequest request, UUID userId) {
        directory.sessionState(userId).ifPresent(state -> PasswordChangeGuard.remember(request, state.sessionEpoch()));
    }
}
