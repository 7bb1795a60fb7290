package se.samordna.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.shared.Text;

/**
 * Who may reach what before any page runs: public health, static files, API docs and the login page;
 * everything else needs a signed-in person (session or API token). Which association a person may
 * see is decided by the {@link TenantGuard}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * bcrypt at {@code samordna.password.bcrypt-strength} (10, Spring's default; the test profile lowers it, as it turns
     * fsync off, so the suite's hundreds of sign-ins do not spend a minute hashing). Hashes of other kinds still match.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${samordna.password.bcrypt-strength:10}") int strength) {
        org.springframework.security.crypto.password.DelegatingPasswordEncoder delegate =
                new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt",
                        java.util.Map.of("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(strength)));
        delegate.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        // bcrypt reads 72 bytes at most and throws beyond them: a longer password matches nothing (never a 500);
        // UserDirectory refuses to set one with a message.
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return delegate.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > UserDirectory.MAX_PASSWORD_BYTES) {
                    return false;
                }
                return delegate.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return delegate.upgradeEncoding(encoded);
            }
        };
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserDirectory directory,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            OidcAccounts oidcAccounts, LoginThrottle throttle, SignIn signIn,
                                            ObjectProvider<org.springframework.web.servlet.LocaleResolver> languages,
                                            @Value("${samordna.api-docs.public:false}") boolean publicApiDocs) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**",
                            "/webjars/**", "/assets/**", "/favicon.ico", "/invitation/**", "/password-reset", "/accessibility",
                            "/public/**").permitAll();
                    if (publicApiDocs) {
                        auth.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    }
                    auth
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasRole("SYSTEM_ADMIN")
                        .anyRequest().authenticated();
                })
                .addFilterBefore(new ApiTokenFilter(tokens, directory), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearer))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignedIn(signIn, throttle))
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(request.getParameter("username"), request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) ->
                                writeJson(response, HttpStatus.UNAUTHORIZED, Text.of("error.signInOrApiKey").in(language(languages, request))),
                                SecurityConfiguration::isApi)
                        .accessDeniedHandler((request, response, e) -> {
                            String message = Text.of(e instanceof CsrfException ? "error.csrf" : "error.forbidden")
                                    .in(language(languages, request));
                            if (isApi(request)) {
                                writeJson(response, HttpStatus.FORBIDDEN, message);
                            } else {
                                response.sendError(HttpStatus.FORBIDDEN.value(), message);
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; "
                                        + "base-uri 'self'; form-action 'self'" + providerOrigins(oidcClients.getIfAvailable()) + "; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        identityProviders(http, oidcClients.getIfAvailable(), oidcAccounts, new SignedIn(signIn, throttle), languages);
        return http.build();
    }

    /** The reader's language as the pages have it (the language cookie), Swedish when it cannot be told. */
    private static java.util.Locale language(ObjectProvider<org.springframework.web.servlet.LocaleResolver> languages,
                                             jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.LocaleResolver resolver = languages.getIfAvailable();
        return resolver == null ? Text.SWEDISH : resolver.resolveLocale(request);
    }

    /** Sign-in through the registered OpenID Connect providers, if any: refusals in the reader's language, signing out at the provider too. */
    private static void identityProviders(HttpSecurity http, ClientRegistrationRepository clients, OidcAccounts oidcAccounts,
                                          SignedIn signedIn, ObjectProvider<org.springframework.web.servlet.LocaleResolver> languages)
            throws Exception {
        if (clients == null) {
            return;
        }
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .successHandler(signedIn)
                .failureHandler((request, response, exception) -> {
                    // Someone the provider knows but Samordna does not: said on the sign-in page in its language; no account is made.
                    Text text = exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth2
                            && OidcAccounts.UNKNOWN_USER.equals(oauth2.getError().getErrorCode())
                            ? Text.of("signIn.unknownUser", oauth2.getError().getDescription()) : Text.of("signIn.providerFailed");
                    String message = text.in(language(languages, request));
                    request.getSession().setAttribute(SignIn.OIDC_ERROR, message);
                    response.sendRedirect(request.getContextPath() + "/login?oidc");
                })
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts)));
        // Signing out of Samordna after signing in through the provider also ends the provider's session.
        var providerLogout = new org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler(clients);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        http.logout(logout -> logout.logoutSuccessHandler(providerLogout));
    }

    /**
     * The identity providers' origins, which the sign-out form may be redirected to (the provider's end of session): a
     * form's redirect is held to the page's form-action.
     */
    static String providerOrigins(ClientRegistrationRepository clients) {
        if (!(clients instanceof Iterable<?> registrations)) {
            return "";
        }
        java.util.Set<String> origins = new java.util.TreeSet<>();
        for (Object registration : registrations) {
            var details = ((org.springframework.security.oauth2.client.registration.ClientRegistration) registration).getProviderDetails();
            java.util.List<String> uris = new java.util.ArrayList<>(java.util.List.of(details.getAuthorizationUri()));
            Object endSession = details.getConfigurationMetadata().get("end_session_endpoint");
            if (endSession != null) {
                uris.add(endSession.toString());
            }
            for (String uri : uris) {
                java.net.URI parsed = java.net.URI.create(uri);
                if (parsed.getScheme() != null && parsed.getHost() != null && parsed.getScheme().matches("https?")) {
                    origins.add(parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort()));
                }
            }
        }
        return origins.isEmpty() ? "" : " " + String.join(" ", origins);
    }

    /** After a sign-in: the source's counter is reset and the session remembers which password it was opened with. */
    static final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {
        private final SignIn signIn;
        private final LoginThrottle throttle;

        SignedIn(SignIn signIn, LoginThrottle throttle) {
            this.signIn = signIn;
            this.throttle = throttle;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof SamordnaPrincipal principal) {
                throttle.succeeded(authentication.getName(), request.getRemoteAddr());
                signIn.keepThisSession(request, principal.userId());
                signIn.rememberLanguage(request, principal.userId());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** A source that must wait is answered at once, before any password is checked. */
    static final class ThrottleFilter extends OncePerRequestFilter {
        private final LoginThrottle throttle;

        ThrottleFilter(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.waitFor(request.getParameter("username"), request.getRemoteAddr()).isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?slow");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static void writeJson(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"status\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase()
                + "\",\"detail\":\"" + escaped + "\"}");
    }
}
