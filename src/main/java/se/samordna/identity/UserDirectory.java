package se.samordna.identity;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** People and their roles per association. Every change is audited. */
@Service
public class UserDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_BYTES = 72;
    private static final String CURRENT_USER = UserDirectory.class.getName() + ".currentUser";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    UserDirectory(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    public record Person(UUID id, String username, String displayName, boolean systemAdmin, boolean nationalReader,
                         boolean disabled) {
    }

    /** {@code accepted}: the person has chosen their own password (or signs in through OpenID Connect). */
    public record RoleHolder(UserId userId, String username, String displayName, Role role, boolean accepted) {
    }

    /** What every request of a signed-in person is checked against. */
    record SessionState(boolean mustChangePassword, int sessionEpoch, boolean disabled) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]{1,64}@[^@\\s<>\"',;]{1,180}\\.[^@\\s<>\"',;.]{2,63}");

    /** The signed-in person, if any: read once per request (the guards and the page layout all ask). */
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SamordnaPrincipal principal)) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object known = request == null ? null : request.getAttribute(CURRENT_USER, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof CurrentUser user && user.id().equals(principal.userId())) {
            return Optional.of(user);
        }
        Optional<CurrentUser> user = find(UserId.of(principal.userId()))
                .map(p -> new CurrentUser(p.id(), p.username(), p.displayName(), p.systemAdmin(), p.nationalReader()));
        if (request != null && user.isPresent()) {
            request.setAttribute(CURRENT_USER, user.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }

    Optional<SessionState> sessionState(UUID userId) {
        return jdbc.sql("select must_change_password, session_epoch, disabled from user_account where id = :id")
                .param("id", userId).query(SessionState.class).optional();
    }

    public boolean hasAccepted(UserId userId) {
        return jdbc.sql("select accepted_at is not null from user_account where id = :id").param("id", userId.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** The person's work e-mail address, if they have one. */
    public Optional<String> email(UserId userId) {
        return jdbc.sql("select email from user_account where id = :id and email is not null").param("id", userId.value())
                .query(String.class).optional();
    }

    /** Whether the person wants reminders by e-mail (on unless they turned them off). */
    public boolean wantsReminders(UserId userId) {
        return jdbc.sql("select reminders from user_account where id = :id").param("id", userId.value()).query(Boolean.class).optional()
                .orElse(false);
    }

    /** The language the person last chose on the pages (Swedish until they choose English), for letters to them. */
    public java.util.Locale language(UserId userId) {
        return "en".equals(jdbc.sql("select language from user_account where id = :id").param("id", userId.value()).query(String.class)
                .optional().orElse(null)) ? java.util.Locale.ENGLISH : se.samordna.shared.Text.SWEDISH;
    }

    /** Remembers the language the person uses the pages in; a change is logged, the same language again writes nothing. */
    @Transactional
    public void rememberLanguage(UserId userId, java.util.Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "sv";
        int changed = jdbc.sql("update user_account set language = :l where id = :id and language is distinct from :l")
                .param("l", language).param("id", userId.value()).update();
        if (changed > 0) {
            auditLog.record(null, "user", userId, "language", java.util.Map.of("language", language));
        }
    }

    @Transactional
    public void setReminders(UserId userId, boolean wanted) {
        jdbc.sql("update user_account set reminders = :r where id = :id").param("r", wanted).param("id", userId.value()).update();
        auditLog.record(null, "user", userId, wanted ? "reminders-on" : "reminders-off", null);
    }

    public Optional<Person> find(UserId userId) {
        return jdbc.sql("select id, username, display_name, system_admin, national_reader, disabled from user_account where id = :id")
                .param("id", userId.value()).query(Person.class).optional();
    }

    public Optional<Person> findByUsername(String username) {
        return jdbc.sql("select id, username, display_name, system_admin, national_reader, disabled from user_account where username = :u")
                .param("u", username).query(Person.class).optional();
    }

    public List<Person> all() {
        return jdbc.sql("select id, username, display_name, system_admin, national_reader, disabled from user_account order by username")
                .query(Person.class).list();
    }

    public boolean anyUserExists() {
        return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
    }

    public Set<Role> rolesIn(UserId userId, AssociationId associationId) {
        List<String> roles = jdbc.sql("select role from role_assignment where user_id = :u and association_id = :a")
                .param("u", userId.value()).param("a", associationId.value()).query(String.class).list();
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(Role.valueOf(r)));
        return result;
    }

    /** The associations where the person holds a role, with the roles held. */
    public Map<UUID, Set<Role>> rolesByAssociation(UserId userId) {
        Map<UUID, Set<Role>> result = new LinkedHashMap<>();
        jdbc.sql("select association_id, role from role_assignment where user_id = :u order by association_id, role")
                .param("u", userId.value())
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString(2)));
                    return null;
                }).list();
        return result;
    }

    public List<RoleHolder> roleHolders(AssociationId associationId) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, r.role, u.accepted_at is not null
                from role_assignment r join user_account u on u.id = r.user_id
                where r.association_id = :a order by u.display_name, r.role""")
                .param("a", associationId.value())
                .query((rs, i) -> new RoleHolder(UserId.of(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .list();
    }

    @Transactional
    public UUID createUser(String username, String displayName, String password, boolean systemAdmin, boolean mustChange) {
        return createUser(username, displayName, password, systemAdmin, false, mustChange);
    }

    /**
     * Creates a person. {@code nationalReader}: the NATIONAL role, which reads only aggregates across
     * associations and no association's own data.
     */
    @Transactional
    public UUID createUser(String username, String displayName, String password, boolean systemAdmin,
                           boolean nationalReader, boolean mustChange) {
        String name = checkedUsername(username);
        checkDisplayName(displayName);
        checkPasswordStrength(password);
        if (findByUsername(name).isPresent()) {
            throw new ConflictException(Text.of("error.anvandarnamnetFinnsRedan", name));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, system_admin, national_reader, must_change_password,
                    accepted_at)
                values (:id, :u, :d, :p, :s, :n, :m, case when :m then null else now() end)""")
                .param("id", id).param("u", name).param("d", displayName.trim())
                .param("p", passwordEncoder.encode(password)).param("s", systemAdmin).param("n", nationalReader)
                .param("m", mustChange)
                .update();
        auditLog.record(null, "user", id, "created", Map.of("username", name, "systemAdmin", systemAdmin, "national", nationalReader));
        return id;
    }

    /**
     * Creates a person without a password: they choose their own through the invitation link
     * ({@link Invitations}), or sign in through OpenID Connect.
     */
    @Transactional
    public UUID createInvited(String username, String displayName, String email, boolean nationalReader) {
        String name = checkedUsername(username);
        checkDisplayName(displayName);
        String address = checkedEmail(email);
        if (findByUsername(name).isPresent()) {
            throw new ConflictException(Text.of("error.anvandarnamnetFinnsRedan", name));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, email, national_reader)
                values (:id, :u, :d, :e, :n)""")
                .param("id", id).param("u", name).param("d", displayName.trim()).param("e", address).param("n", nationalReader)
                .update();
        auditLog.record(null, "user", id, "created", Map.of("username", name, "national", nationalReader));
        return id;
    }

    /** Sets or clears (null or blank) the address the person's invitations, resets and reminders go to. Logged. */
    @Transactional
    public void setEmail(UserId userId, String email) {
        String address = checkedEmail(email);
        jdbc.sql("update user_account set email = :e where id = :id").param("e", address).param("id", userId.value()).update();
        auditLog.record(null, "user", userId, "email-set", address == null ? Map.of("email", "") : Map.of("email", address));
    }

    private static String checkedEmail(String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new InvalidInputException(Text.of("place.ePost"), Text.of("error.ePostadressenSerInteUt"));
        }
        return address;
    }

    /** The person's own choice of password, through their invitation or reset link: other sessions end. */
    @Transactional
    void setOwnPassword(UUID userId, String password, String actor, AssociationId associationId) {
        checkPasswordStrength(password);
        jdbc.sql("""
                update user_account set password_hash = :p, must_change_password = false, session_epoch = session_epoch + 1,
                    accepted_at = coalesce(accepted_at, now()) where id = :id""")
                .param("p", passwordEncoder.encode(password)).param("id", userId).update();
        auditLog.recordAs(actor, associationId, "user", userId, "password-set", null);
    }

    /**
     * Disables or enables an account (system administrator): a disabled account cannot sign in, its API keys
     * are revoked and its sessions end at their next request.
     */
    @Transactional
    public void setDisabled(UserId userId, boolean disabled) {
        int changed = jdbc.sql("update user_account set disabled = :d, session_epoch = session_epoch + 1 where id = :id and not system_admin")
                .param("d", disabled).param("id", userId.value()).update();
        if (changed == 0) {
            throw new InvalidInputException(Text.of("place.person"), Text.of("error.personenFinnsInteEllerAr"));
        }
        if (disabled) {
            int revoked = jdbc.sql("delete from api_token where user_id = :u").param("u", userId.value()).update();
            auditLog.record(null, "user", userId, "disabled", Map.of("apiTokensRevoked", revoked));
        } else {
            auditLog.record(null, "user", userId, "enabled", null);
        }
    }

    @Transactional
    public void grant(UserId userId, AssociationId associationId, Role role) {
        Set<Role> held = rolesIn(userId, associationId);
        if (held.contains(role)) {
            return;
        }
        if (held.stream().anyMatch(role::excludes)) {
            throw new InvalidInputException(Text.of("place.roll"), Text.of("error.enPersonKanInteVara"));
        }
        jdbc.sql("insert into role_assignment (user_id, association_id, role) values (:u, :a, :r)")
                .param("u", userId.value()).param("a", associationId.value()).param("r", role.name()).update();
        auditLog.record(associationId, "role", userId, "granted", Map.of("role", role.name()));
    }

    @Transactional
    public void revoke(UserId userId, AssociationId associationId, Role role) {
        int removed = jdbc.sql("delete from role_assignment where user_id = :u and association_id = :a and role = :r")
                .param("u", userId.value()).param("a", associationId.value()).param("r", role.name()).update();
        if (removed > 0) {
            auditLog.record(associationId, "role", userId, "revoked", Map.of("role", role.name()));
        }
    }

    /**
     * The person changes their own password; their other sessions end. Returns whether it was the one-time
     * password they had to change.
     */
    @Transactional
    public boolean changePassword(UserId userId, String currentPassword, String newPassword) {
        boolean forced = jdbc.sql("select must_change_password from user_account where id = :id").param("id", userId.value())
                .query(Boolean.class).optional().orElse(false);
        String hash = jdbc.sql("select password_hash from user_account where id = :id").param("id", userId.value())
                .query(String.class).optional().orElse(null);
        if (hash == null || currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException(Text.of("place.nuvarandeLosenord"), Text.of("error.detNuvarandeLosenordetStammerInte"));
        }
        checkPasswordStrength(newPassword);
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new InvalidInputException(Text.of("place.nyttLosenord"), Text.of("error.detNyaLosenordetMasteSkilja"));
        }
        jdbc.sql("""
                update user_account set password_hash = :p, must_change_password = false, session_epoch = session_epoch + 1,
                    accepted_at = coalesce(accepted_at, now()) where id = :id""")
                .param("p", passwordEncoder.encode(newPassword)).param("id", userId.value()).update();
        auditLog.record(null, "user", userId, "password-changed", null);
        return forced;
    }

    private static String checkedUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(Text.of("place.anvandarnamn"), Text.of("error.anvandarnamnetSkaVara264Tecken"));
        }
        return name;
    }

    private static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidInputException(Text.of("place.namn"), Text.of("error.angeEttNamnHogst200"));
        }
    }

    static void checkPasswordStrength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(Text.of("place.losenord"), Text.of("error.losenordetSkaVaraMinstTecken", MIN_PASSWORD_LENGTH));
        }
        // bcrypt reads at most 72 bytes: a longer password would be cut silently, so it is refused.
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(Text.of("place.losenord"), Text.of("error.losenordetFarVaraHogstByte", MAX_PASSWORD_BYTES));
        }
    }
}
