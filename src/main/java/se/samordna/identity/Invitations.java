package se.samordna.identity;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The only way a person gets a password: a link of their own, used once, that expires
 * ({@code samordna.invitations.valid-hours}, default 72). Nobody chooses another person's password; the
 * link is stored only as a SHA-256 hash, and issuing a new one makes the older unused ones void.
 */
@Service
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Purpose { INVITATION, RESET }

    /** A link to hand to the person; {@link #path()} is relative to the application. */
    public record Link(String token, OffsetDateTime expiresAt) {
        public String path() {
            return "/invitation/" + token;
        }

        /** The link as the person will open it, from the address the current request came in on. */
        public String url() {
            return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().path(path()).toUriString();
        }

        /** When it stops working, in Swedish time to the minute (2026-11-29 14:05). */
        public String expiresText() {
            return expiresAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ');
        }
    }

    /** Whose link it is, what for, and the association it was issued for (none for a reset). */
    public record Holder(UUID userId, String username, String displayName, Purpose purpose, AssociationId associationId) {
    }

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final AuditLog auditLog;
    private final Duration validity;
    private final org.springframework.context.ApplicationEventPublisher events;

    Invitations(JdbcClient jdbc, UserDirectory directory, AuditLog auditLog,
                @Value("${samordna.invitations.valid-hours:72}") int validHours,
                org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.auditLog = auditLog;
        this.validity = Duration.ofHours(validHours);
        this.events = events;
    }

    /**
     * A reset link for whoever asks with a username or e-mail address, sent to the account's own address. The answer is
     * the same whether or not an account exists: nothing reveals it. An account gets at most one reset link per 15 minutes;
     * an account without an address, disabled, or not yet accepted (it has an invitation) gets none.
     */
    @Transactional
    public void requestReset(String usernameOrEmail, String origin) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
            return;
        }
        String asked = usernameOrEmail.strip();
        jdbc.sql("""
                select u.id from user_account u where (lower(u.username) = lower(:a) or lower(u.email) = lower(:a))
                and u.email is not null and not u.disabled and u.accepted_at is not null and u.password_hash is not null
                and not exists (select 1 from invitation i where i.user_id = u.id and i.purpose = 'RESET'
                                and i.created_at > now() - interval '15 minutes')""")
                .param("a", asked).query(UUID.class).list()
                .forEach(id -> issue(null, id, Purpose.RESET, origin));
    }

    public record Invited(UUID userId, Link link) {
    }

    /** A new person without a password, with their invitation link (system administrator: no association). */
    @Transactional
    public Invited createPerson(String username, String displayName, String email, boolean nationalReader) {
        UUID id = directory.createInvited(username, displayName, email, nationalReader);
        return new Invited(id, issue(null, id, Purpose.INVITATION, null));
    }

    /** A new link for a person who has not yet chosen a password (an invitation), void after one use. */
    @Transactional
    public Link invite(AssociationId associationId, UserId userId) {
        if (directory.hasAccepted(userId)) {
            throw new InvalidInputException(Text.of("place.person"), Text.of("error.personenHarRedanValtSitt"));
        }
        return issue(associationId, userId.value(), Purpose.INVITATION, null);
    }

    @Transactional
    Link issue(AssociationId associationId, UUID userId, Purpose purpose, String origin) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime expires = OffsetDateTime.now().plus(validity);
        jdbc.sql("delete from invitation where user_id = :u and used_at is null").param("u", userId).update();
        jdbc.sql("""
                insert into invitation (token_hash, user_id, purpose, created_by, expires_at, association_id)
                values (:h, :u, :p, :by, :exp, :a)""")
                .param("h", hash(token)).param("u", userId).param("p", purpose.name()).param("by", AuditLog.currentActor())
                .param("a", associationId == null ? null : associationId.value())
                .param("exp", expires).update();
        auditLog.record(associationId, "user", userId, purpose == Purpose.INVITATION ? "invited" : "reset-link-issued",
                Map.of("expires", expires.toString()));
        Link link = new Link(token, expires);
        events.publishEvent(new InvitationIssued(userId, associationId, purpose, link.path(), expires, origin));
        return link;
    }

    /** Whose link this is, while it is unused and unexpired. */
    public Optional<Holder> holder(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select u.id, u.username, u.display_name, i.purpose, i.association_id from invitation i join user_account u on u.id = i.user_id
                where i.token_hash = :h and i.used_at is null and i.expires_at > now() and not u.disabled""")
                .param("h", hash(token))
                .query((rs, n) -> new Holder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Purpose.valueOf(rs.getString(4)), AssociationId.of(rs.getObject(5, UUID.class))))
                .optional();
    }

    /** The person sets their own password through their link; the link is then used up. */
    @Transactional
    public Holder accept(String token, String password) {
        Holder holder = holder(token).orElseThrow(() -> new NotFoundException(Text.of("error.lankenArOgiltigRedanAnvand")));
        int claimed = jdbc.sql("update invitation set used_at = now() where token_hash = :h and used_at is null")
                .param("h", hash(token)).update();
        if (claimed != 1) {
            throw new NotFoundException(Text.of("error.lankenArRedanAnvand"));
        }
        // Logged in the person's own name and in the association that invited them: nobody is signed in on this request.
        directory.setOwnPassword(holder.userId(), password, holder.username(), holder.associationId());
        auditLog.recordAs(holder.username(), holder.associationId(), "user", holder.userId(),
                holder.purpose() == Purpose.INVITATION ? "invitation-accepted" : "reset-link-used", null);
        return holder;
    }

    private static String hash(String token) {
        return se.samordna.shared.Sha256.hex(token);
    }
}
