package se.samordna.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login against local accounts. Nobody is locked out by others' wrong guesses: {@link LoginThrottle}
 * slows the source instead. A person who has not yet chosen a password (an open invitation) cannot sign in
 * with any password, and the answer is the same as for a wrong one.
 */
@Component
class LocalAccounts implements UserDetailsService {

    /** A hash of a secret nobody knows, so an account without a password is checked like any other. */
    private static final String NO_PASSWORD;

    static {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        NO_PASSWORD = "{bcrypt}" + new BCryptPasswordEncoder().encode(Base64.getEncoder().encodeToString(secret));
    }

    private final JdbcClient jdbc;

    LocalAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Account(UUID id, String username, String passwordHash, boolean systemAdmin, boolean disabled)
            implements UserDetails, SamordnaPrincipal {

        @Override
        public UUID userId() {
            return id;
        }

        @Override
        public List<? extends GrantedAuthority> getAuthorities() {
            return systemAdmin ? List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                    : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        }

        @Override
        public String getPassword() {
            return passwordHash == null || disabled ? NO_PASSWORD : passwordHash;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String toString() {
            return "Account[" + username + "]";
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select id, username, password_hash, system_admin, disabled from user_account where username = :u")
                .param("u", username == null ? "" : username.trim().toLowerCase())
                .query(Account.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
