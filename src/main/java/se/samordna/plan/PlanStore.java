package se.samordna.plan;

import se.samordna.shared.AssociationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.samordna.shared.PlanId;
import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.Text;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table of plans: one row per plan of an association (one per period, and the revisions of a period), with its
 * status in the cycle and a version for optimistic locking. Only open plans (DRAFT, CONSULTATION) take a save; the
 * database keeps one open plan per period.
 */
@Repository
class PlanStore {

    /** Writes and reads the fingerprints of a version's parts (plan_revision.sections). */
    private static final JsonMapper SECTIONS = JsonMapper.builder().build();
    private static final int KEPT_REVISIONS = 500;
    private static final String COLUMNS = """
            id, content::text, version, status, budget_year, consultation_sent_on, adopted_on, minutes, adopted_by,
            superseded_on, based_on, case jsonb_typeof(content -> 'budget' -> 'years')
              when 'array' then (select array_agg((y ->> 'year')::int order by (y ->> 'year')::int) from jsonb_array_elements(content -> 'budget' -> 'years') y)
              else (select array_agg(k::int order by k::int) from jsonb_object_keys(content -> 'budget' -> 'years') k) end""";
    /** The plan the association works on: its newest open plan, else its newest adopted one. */
    static final String CURRENT_ORDER = """
            order by case status when 'DRAFT' then 0 when 'CONSULTATION' then 0 when 'ADOPTED' then 1 else 2 end,
                     budget_year desc, created_at desc limit 1""";

    private final JdbcClient jdbc;

    private final CarriedOver review;

    PlanStore(JdbcClient jdbc, CarriedOver review) {
        this.jdbc = jdbc;
        this.review = review;
    }

    record Row(StoredPlan stored, PlanPeriod period) {
    }

    Optional<Row> current(AssociationId associationId) {
        return jdbc.sql("select " + COLUMNS + " from plan where association_id = :a " + CURRENT_ORDER)
                .param("a", associationId.value()).query(PlanStore::row).optional();
    }

    /** Where the current plan stands, without reading its content (the banner on every page asks). */
    Optional<PlanPeriod> currentPeriod(AssociationId associationId) {
        return jdbc.sql("select " + COLUMNS.replace("content::text", "null") + " from plan where association_id = :a " + CURRENT_ORDER)
                .param("a", associationId.value()).query((rs, n) -> period(rs)).optional();
    }

    Optional<PlanPeriod> period(AssociationId associationId, UUID planId) {
        return jdbc.sql("select " + COLUMNS.replace("content::text", "null") + " from plan where association_id = :a and id = :p")
                .param("a", associationId.value()).param("p", planId).query((rs, n) -> period(rs)).optional();
    }

    Optional<Row> find(AssociationId associationId, UUID planId) {
        return jdbc.sql("select " + COLUMNS + " from plan where association_id = :a and id = :p")
                .param("a", associationId.value()).param("p", planId).query(PlanStore::row).optional();
    }

    Optional<Row> openFor(AssociationId associationId, int budgetYear) {
        return jdbc.sql("select " + COLUMNS + " from plan where association_id = :a and budget_year = :y and status in ('DRAFT', 'CONSULTATION')")
                .param("a", associationId.value()).param("y", budgetYear).query(PlanStore::row).optional();
    }

    /** The newest plan of a period that is neither open nor superseded. */
    Optional<Row> adoptedFor(AssociationId associationId, int budgetYear) {
        return jdbc.sql("select " + COLUMNS + " from plan where association_id = :a and budget_year = :y and status = 'ADOPTED'")
                .param("a", associationId.value()).param("y", budgetYear).query(PlanStore::row).optional();
    }

    /** Every plan of the association without its content, newest period first, and within a period the newest first. */
    List<PlanPeriod> periods(AssociationId associationId) {
        return jdbc.sql("select " + COLUMNS.replace("content::text", "null") + " from plan where association_id = :a order by budget_year desc, created_at desc")
                .param("a", associationId.value()).query((rs, n) -> period(rs)).list();
    }

    /** A new DRAFT at version 1; refused when the period already has an open plan. */
    StoredPlan insert(AssociationId associationId, Plan given, UUID basedOn) {
        Plan plan = given.withLineIds();
        UUID id = UUID.randomUUID();
        int budgetYear = plan.budgetYear();
        try {
            jdbc.sql("""
                    insert into plan (id, association_id, version, content, updated_by, budget_year, status, based_on)
                    values (:id, :a, 1, cast(:c as jsonb), :u, :y, 'DRAFT', :b)""")
                    .param("id", id).param("a", associationId.value()).param("c", StoredForm.write(plan)).param("u", AuditLog.currentActor())
                    .param("y", budgetYear).param("b", basedOn).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Text.of("error.detFinnsRedanEttUtkast", budgetYear));
        }
        keepRevision(associationId, id, 1, StoredForm.sections(plan));
        return new StoredPlan(PlanId.of(id), plan, 1, PlanStatus.DRAFT);
    }

    /**
     * Saves {@code changed}, computed from {@code base} (the plan as read). The person started from
     * {@code expectedVersion}. When the plan has moved on since, the save still goes through if every part it changes
     * ({@link StoredForm#sections}) is as it was in that version: two people changing different initiatives, goals or the
     * budget and the rules do not stop each other. Otherwise it is refused (409) naming the part, and nothing is saved.
     * A plan the board has adopted is refused whatever the version.
     */
    StoredPlan save(AssociationId associationId, StoredPlan base, Plan given, Long expectedVersion) {
        Plan changed = given.withLineIds();
        PlanPeriod period = jdbc.sql("select " + COLUMNS.replace("content::text", "null") + " from plan where association_id = :a and id = :p for update")
                .param("a", associationId.value()).param("p", base.id().value()).query((rs, n) -> period(rs)).single();
        refuseIfClosed(period);
        if (changed.budgetYear() != period.budgetYear()) {
            throw new ConflictException(Text.of("error.planenGallerBudgetaretEnPlan", period.budgetYear(), changed.budgetYear()));
        }
        long now = period.version();
        Map<String, String> after = StoredForm.sections(changed);
        if (expectedVersion == null || expectedVersion != now) {
            refuseIfMovedOn(base, after, expectedVersion, now);
        }
        long next = now + 1;
        jdbc.sql("update plan set content = cast(:c as jsonb), version = :n, updated_at = now(), updated_by = :u where id = :p")
                .param("c", StoredForm.write(changed)).param("n", next).param("u", AuditLog.currentActor()).param("p", base.id().value()).update();
        keepRevision(associationId, base.id().value(), next, after);
        review.edited(base.id().value(), base.plan(), changed);
        return new StoredPlan(base.id(), changed, next, period.status());
    }

    /**
     * Moves a plan from one status to the next when it is still at {@code expectedVersion}: of two people adopting at once,
     * one wins and the other is refused. Returns false when the plan moved on.
     */
    boolean transition(UUID planId, long expectedVersion, PlanStatus from, PlanStatus to, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("status = :to, version = version + 1, updated_at = now(), updated_by = :u");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        JdbcClient.StatementSpec update = jdbc.sql("update plan set " + set + " where id = :p and version = :v and status = :from")
                .param("to", to.name()).param("u", AuditLog.currentActor()).param("p", planId).param("v", expectedVersion).param("from", from.name());
        for (Map.Entry<String, Object> column : columns.entrySet()) {
            update = update.param(column.getKey(), column.getValue());
        }
        return update.update() == 1;
    }

    /** Marks every other ADOPTED plan of the period, and earlier periods' adopted plans, as superseded. */
    void supersedeOthers(AssociationId associationId, UUID adopted, int budgetYear, LocalDate on) {
        jdbc.sql("""
                update plan set status = 'SUPERSEDED', superseded_on = :on, version = version + 1, updated_at = now()
                where association_id = :a and id <> :p and status = 'ADOPTED' and budget_year <= :y""")
                .param("on", on).param("a", associationId.value()).param("p", adopted).param("y", budgetYear).update();
    }

    static void refuseIfClosed(PlanPeriod period) {
        if (period.status() == PlanStatus.ADOPTED) {
            throw new ConflictException(Text.of("error.planAdoptedUnchanged", period.label(), period.adoptedOn(),
                    period.minutes() == null ? "" : " (" + period.minutes() + ")"));
        }
        if (period.status() == PlanStatus.SUPERSEDED) {
            throw new ConflictException(Text.of("error.planenForArErsattAv", period.label()));
        }
    }

    private void refuseIfMovedOn(StoredPlan base, Map<String, String> after, Long expectedVersion, long now) {
        Text started = expectedVersion == null ? Text.of("plan.part.noVersion") : Text.of("plan.part.version", expectedVersion);
        Optional<Map<String, String>> then = expectedVersion == null || base.version() != now ? Optional.empty()
                : jdbc.sql("select sections::text from plan_revision where plan_id = :p and version = :v")
                .param("p", base.id().value()).param("v", expectedVersion).query(String.class).optional().map(PlanStore::readSections);
        if (then.isEmpty()) {
            throw movedOn(Text.of("plan.part.plan"), now, started);
        }
        Map<String, String> before = StoredForm.sections(base.plan());
        SortedSet<String> parts = new TreeSet<>(before.keySet());
        parts.addAll(after.keySet());
        for (String part : parts) {
            boolean changing = !Objects.equals(before.get(part), after.get(part));
            boolean changedSince = !Objects.equals(then.get().get(part), before.get(part));
            if (changing && changedSince) {
                throw movedOn(partName(base.plan(), part), now, started);
            }
        }
    }

    static ConflictException movedOn(Text part, long now, Text started) {
        return new ConflictException(Text.of("error.harAndratsAvNagonAnnan", part, now, started));
    }

    /** The part of a plan as a person would name it ({@code plan.part.*}). */
    static Text partName(Plan plan, String part) {
        int colon = part.indexOf(':');
        String list = colon < 0 ? part : part.substring(0, colon);
        String id = colon < 0 ? null : part.substring(colon + 1);
        return switch (list) {
            case "budget", "unit" -> Text.of("plan.part.budget");
            case "rules" -> Text.of("plan.part.rules");
            case "members" -> Text.of("plan.part.members");
            case "allocations" -> Text.of("plan.part.allocations");
            case "overview" -> Text.of("plan.part.overview");
            case "association" -> Text.of("plan.part.association");
            case "areas" -> Text.of("plan.part.areas");
            case "theoryOfChange" -> Text.of("plan.part.theoryOfChange");
            case "initiatives" -> Text.of("plan.part.initiative", plan.initiatives().stream().filter(i -> i.id().equals(id)).map(Initiative::name).findFirst().orElse(id));
            case "goals" -> Text.of("plan.part.goal", plan.goals().goals().stream().filter(g -> g.id().equals(id)).map(Goal::title).findFirst().orElse(id));
            case "activityPlans" -> Text.of("plan.part.activityPlan", id);
            default -> Text.of("plan.part.plan");
        };
    }

    private void keepRevision(AssociationId associationId, UUID planId, long version, Map<String, String> sections) {
        jdbc.sql("""
                insert into plan_revision (plan_id, association_id, version, sections) values (:p, :a, :v, cast(:s as jsonb))
                on conflict (plan_id, version) do update set sections = excluded.sections, saved_at = now()""")
                .param("p", planId).param("a", associationId.value()).param("v", version).param("s", SECTIONS.writeValueAsString(sections)).update();
        // A page opened 500 saves ago is refused anyway; its fingerprints need not be kept.
        jdbc.sql("delete from plan_revision where plan_id = :p and version < :v").param("p", planId).param("v", version - KEPT_REVISIONS).update();
    }

    private static Map<String, String> readSections(String json) {
        return SECTIONS.readValue(json, new TypeReference<Map<String, String>>() {
        });
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        PlanPeriod period = period(rs);
        return new Row(new StoredPlan(period.id(), ReadPlans.read(period.id().value(), period.version(), rs.getString(2)), period.version(), period.status()), period);
    }

    private static PlanPeriod period(ResultSet rs) throws SQLException {
        java.sql.Array years = rs.getArray(12);
        List<Integer> list = years == null ? List.of() : java.util.Arrays.stream((Integer[]) years.getArray()).toList();
        return new PlanPeriod(PlanId.of(rs.getObject(1, UUID.class)), rs.getInt(5), list, PlanStatus.valueOf(rs.getString(4)),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                rs.getObject(10, LocalDate.class), PlanId.of(rs.getObject(11, UUID.class)), rs.getLong(3));
    }

}
