package se.samordna.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Login through an OpenID Connect provider (configured with the standard
 * {@code spring.security.oauth2.client.registration.*} properties). The provider vouches for who the
 * person is; Samordna decides what they may do: the person must already have a local account whose
 * username equals the provider's {@code preferred_username} or e-mail. The subject is then remembered.
 */
@Component
class OidcAccounts extends OidcUserService {

    /** The error code of someone the provider knows but Samordna does not; the description names them. */
    static final String UNKNOWN_USER = "unknown_user";

    private final JdbcClient jdbc;

    OidcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LinkedOidcUser(UUID userId, OidcUser delegate, String username) implements OidcUser, SamordnaPrincipal {
        @Override
        public Map<String, Object> getClaims() {
            return delegate.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return delegate.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return delegate.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return delegate.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return delegate.getAuthorities();
        }

        @Override
        public String getName() {
            return username;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String subject = request.getClientRegistration().getRegistrationId() + ":" + user.getSubject();
        String candidate = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getEmail();
        record Linked(UUID id, String username) {
        }
        Linked linked = jdbc.sql("""
                select id, username from user_account where oidc_subject = :s
                   or (oidc_subject is null and username = lower(:c)) order by oidc_subject nulls last limit 1""")
                .param("s", subject).param("c", candidate == null ? "" : candidate)
                .query(Linked.class).optional()
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_USER,
                        candidate, null))); // the description names the person; the sign-in page says it in the reader's language
        jdbc.sql("update user_account set oidc_subject = :s where id = :id and oidc_subject is null")
                .param("s", subject).param("id", linked.id()).update();
        return new LinkedOidcUser(linked.id(), user, linked.username());
    }
}
