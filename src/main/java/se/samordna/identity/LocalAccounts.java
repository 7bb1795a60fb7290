package se.samordna.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Password login against local accounts, with a lock-out after repeated failures: after
 * {@code samordna.security.max-failed-logins} wrong passwords in a row, the account is locked for
 * {@code samordna.security.lock-minutes}.
 */
@Component
class LocalAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockDuration;

    LocalAccounts(JdbcClient jdbc,
                  @Value("${samordna.security.max-failed-logins:5}") int maxFailures,
                  @Value("${samordna.security.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    record Account(UUID id, String username, String passwordHash, boolean systemAdmin, OffsetDateTime lockedUntil)
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
            return passwordHash == null ? "" : passwordHash;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public boolean isAccountNonLocked() {
            return lockedUntil == null || lockedUntil.isBefore(OffsetDateTime.now());
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select id, username, password_hash, system_admin, locked_until from user_account where username = :u")
                .param("u", username == null ? "" : username.trim().toLowerCase())
                .query(Account.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        jdbc.sql("""
                update user_account set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then now() + make_interval(secs => :secs) else locked_until end
                where username = :u""")
                .param("max", maxFailures).param("secs", lockDuration.toSeconds())
                .param("u", username == null ? "" : username.trim().toLowerCase()).update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof Account account) {
            jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = :id")
                    .param("id", account.id()).update();
        }
    }
}
