package se.samordna.association;

import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/** Creating and finding associations. */
@Service
public class Associations {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    Associations(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional
    public Association create(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.length() < 3 || trimmed.length() > 200) {
            throw new InvalidInputException(Text.of("place.namn"), Text.of("error.forbundetsNamnSkaVara3200"));
        }
        if (findByName(trimmed).isPresent()) {
            throw new ConflictException(Text.of("error.detFinnsRedanEttForbund", trimmed));
        }
        Association association = new Association(AssociationId.of(UUID.randomUUID()), trimmed, uniqueSlug(slug(trimmed)), 0);
        jdbc.sql("insert into association (id, name, slug) values (:id, :name, :slug)")
                .param("id", association.id().value()).param("name", association.name()).param("slug", association.slug())
                .update();
        auditLog.record(association.id(), "association", association.id(), "created", Map.of("name", trimmed));
        return association;
    }

    public Association get(AssociationId id) {
        return find(id).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetFinnsInte")));
    }

    public Optional<Association> find(AssociationId id) {
        return jdbc.sql("select id, name, slug, version from association where id = :id").param("id", id.value())
                .query(Association.class).optional();
    }

    public Optional<Association> findBySlug(String slug) {
        return jdbc.sql("select id, name, slug, version from association where slug = :slug").param("slug", slug)
                .query(Association.class).optional();
    }

    public Optional<Association> findByName(String name) {
        return jdbc.sql("select id, name, slug, version from association where name = :name").param("name", name)
                .query(Association.class).optional();
    }

    public List<Association> all() {
        return jdbc.sql("select id, name, slug, version from association order by name").query(Association.class).list();
    }

    public List<Association> withIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, slug, version from association where id in (:ids) order by name")
                .param("ids", ids).query(Association.class).list();
    }

    public boolean anyExists() {
        return jdbc.sql("select exists (select 1 from association)").query(Boolean.class).single();
    }

    public boolean inNationalComparison(AssociationId id) {
        return jdbc.sql("select in_national_comparison from association where id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    public List<Association> inNationalComparison() {
        return jdbc.sql("select id, name, slug, version from association where in_national_comparison order by name")
                .query(Association.class).list();
    }

    /** Whether the public catalogue shows the initiatives' contact details (off unless the association chooses it). */
    public boolean publishesContacts(AssociationId id) {
        return jdbc.sql("select publish_contacts from association where id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void publishContacts(AssociationId id, boolean publish) {
        get(id);
        jdbc.sql("update association set publish_contacts = :p where id = :id").param("p", publish).param("id", id.value()).update();
        auditLog.record(id, "association", id, publish ? "contacts-published" : "contacts-unpublished", Map.of());
    }

    @Transactional
    public void joinNationalComparison(AssociationId id, boolean join) {
        get(id);
        jdbc.sql("update association set in_national_comparison = :j where id = :id").param("j", join).param("id", id.value()).update();
        auditLog.record(id, "association", id, join ? "joined-national-comparison" : "left-national-comparison", Map.of());
    }

    @Transactional
    public void delete(AssociationId id) {
        Association association = get(id);
        jdbc.sql("delete from association where id = :id").param("id", id.value()).update();
        auditLog.record(null, "association", id, "deleted", Map.of("name", association.name()));
    }

    static String slug(String name) {
        return se.samordna.shared.Slug.of(name, "forbund");
    }

    private String uniqueSlug(String base) {
        String candidate = base;
        for (int i = 2; jdbc.sql("select exists (select 1 from association where slug = :s)").param("s", candidate)
                .query(Boolean.class).single(); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }
}
