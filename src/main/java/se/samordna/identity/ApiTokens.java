package se.samordna.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * API tokens a person creates for scripts: shown once, stored only as a SHA-256 hash, sent as
 * {@code Authorization: Bearer …}. A token acts with exactly its owner's roles.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "smd_";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    ApiTokens(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record TokenInfo(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    /** Creates a token and returns its secret, which is never shown again. */
    @Transactional
    public String create(UUID userId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(Text.of("place.namn"), Text.of("error.geNyckelnEttNamnHogst"));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into api_token (id, user_id, name, token_hash) values (:id, :u, :n, :h)")
                .param("id", id).param("u", userId).param("n", name.trim()).param("h", hash(token)).update();
        auditLog.record(null, "api-token", id, "created", Map.of("name", name.trim()));
        return token;
    }

    public List<TokenInfo> list(UUID userId) {
        return jdbc.sql("select id, name, created_at, last_used_at from api_token where user_id = :u order by created_at")
                .param("u", userId).query(TokenInfo.class).list();
    }

    @Transactional
    public void revoke(UUID userId, UUID tokenId) {
        int removed = jdbc.sql("delete from api_token where id = :id and user_id = :u")
                .param("id", tokenId).param("u", userId).update();
        if (removed == 0) {
            throw new NotFoundException(Text.of("error.nyckelnFinnsInte"));
        }
        auditLog.record(null, "api-token", tokenId, "revoked", null);
    }

    Optional<UUID> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("update api_token set last_used_at = now() where token_hash = :h returning user_id")
                .param("h", hash(token)).query(UUID.class).optional();
    }

    private static String hash(String token) {
        return se.samordna.shared.Sha256.hex(token);
    }
}
