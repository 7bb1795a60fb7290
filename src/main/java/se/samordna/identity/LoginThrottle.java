package se.samordna.identity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow their source down instead of locking the owner out. Failures are counted per
 * account and address together ({@code samordna.security.free-login-attempts}, default 3, before the first
 * delay) and per address alone ({@code samordna.security.free-login-attempts-per-address}, default 20); past
 * those, each failure doubles the wait from one second up to {@code samordna.security.max-login-delay-minutes}
 * (default 15). Failures for one account are also counted across every address
 * ({@code samordna.security.free-login-attempts-per-account}, default 10): an attacker who claims a new address for every
 * try (a forged {@code X-Forwarded-For}, many machines) is slowed all the same. The price: anyone can slow a named account;
 * its owner still gets in through a reset link or the identity provider, which do not pass this form, or after the wait.
 * A successful sign-in resets its account-and-address and account counters; a counter with no failure for
 * {@code samordna.security.login-counter-reset-minutes} (default 60) starts again from zero. Unknown and known
 * usernames are counted alike, so the answers tell nobody which names exist.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final int freePerAccount;
    private final int freePerAddress;
    private final int freeAcrossAddresses;
    private final Duration maxDelay;
    private final Duration reset;

    LoginThrottle(JdbcClient jdbc,
                  @Value("${samordna.security.free-login-attempts:3}") int freePerAccount,
                  @Value("${samordna.security.free-login-attempts-per-address:20}") int freePerAddress,
                  @Value("${samordna.security.free-login-attempts-per-account:10}") int freeAcrossAddresses,
                  @Value("${samordna.security.max-login-delay-minutes:15}") int maxDelayMinutes,
                  @Value("${samordna.security.login-counter-reset-minutes:60}") int resetMinutes) {
        this.jdbc = jdbc;
        this.freePerAccount = freePerAccount;
        this.freePerAddress = freePerAddress;
        this.freeAcrossAddresses = freeAcrossAddresses;
        this.maxDelay = Duration.ofMinutes(maxDelayMinutes);
        this.reset = Duration.ofMinutes(resetMinutes);
    }

    /** How long this source must still wait before its next try, if at all. */
    Optional<Duration> waitFor(String username, String address) {
        OffsetDateTime until = jdbc.sql("""
                select max(blocked_until) from login_throttle
                where key in (:keys) and blocked_until > now() and last_failure > now() - make_interval(secs => :reset)""")
                .param("keys", List.of(pairKey(username, address), addressKey(address), accountKey(username))).param("reset", reset.toSeconds())
                .query(OffsetDateTime.class).optional().orElse(null);
        return until == null ? Optional.empty() : Optional.of(Duration.between(OffsetDateTime.now(), until));
    }

    void failed(String username, String address) {
        delay(pairKey(username, address), freePerAccount);
        delay(addressKey(address), freePerAddress);
        delay(accountKey(username), freeAcrossAddresses);
        jdbc.sql("""
                delete from login_throttle where ctid in (select ctid from login_throttle
                where last_failure < now() - make_interval(secs => :reset) limit 100)""")
                .param("reset", reset.toSeconds()).update();
    }

    void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where key in (:k)").param("k", List.of(pairKey(username, address), accountKey(username))).update();
    }

    private void delay(String key, int free) {
        int failures = jdbc.sql("""
                insert into login_throttle as t (key, failures, last_failure) values (:k, 1, now())
                on conflict (key) do update set
                    failures = case when t.last_failure < now() - make_interval(secs => :reset) then 1 else t.failures + 1 end,
                    last_failure = now(),
                    blocked_until = case when t.last_failure < now() - make_interval(secs => :reset) then null else t.blocked_until end
                returning failures""")
                .param("k", key).param("reset", reset.toSeconds()).query(Integer.class).single();
        if (failures > free) {
            long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(30, failures - free - 1));
            jdbc.sql("update login_throttle set blocked_until = now() + make_interval(secs => :s) where key = :k")
                    .param("s", seconds).param("k", key).update();
        }
    }

    private static String pairKey(String username, String address) {
        return "account:" + normalised(username) + "|" + address;
    }

    private static String accountKey(String username) {
        return "user:" + normalised(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalised(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
