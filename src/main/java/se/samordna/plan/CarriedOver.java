package se.samordna.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.audit.AuditLog;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The parts of a rolled-forward draft to review: every text section and goal carried over from the plan before it is
 * marked when the draft is made, and stays marked until the director edits it (any save that changes or removes it) or
 * confirms it unchanged. The draft's start page and the text and goal pages list what is left.
 */
@Service
public class CarriedOver {

    public enum Kind { TEXT, GOAL }

    public record Part(Kind kind, String ref, String label) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    CarriedOver(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public List<Part> open(PlanId planId) {
        return jdbc.sql("select kind, ref, label from plan_review where plan_id = :p order by kind desc, label")
                .param("p", planId.value()).query((rs, n) -> new Part(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3))).list();
    }

    /** Marks what a new draft carried over: its texts by heading, its goals by id. */
    void carriedOver(UUID planId, Plan plan) {
        for (Plan.Section section : plan.sections()) {
            insert(planId, Kind.TEXT, section.heading(), section.heading());
        }
        for (Goal goal : plan.goals().goals()) {
            insert(planId, Kind.GOAL, goal.id(), goal.title() + " (" + goal.year() + ")");
        }
    }

    private void insert(UUID planId, Kind kind, String ref, String label) {
        if (ref == null || ref.isBlank()) {
            return;
        }
        jdbc.sql("insert into plan_review (plan_id, kind, ref, label) values (:p, :k, :r, :l) on conflict do nothing")
                .param("p", planId).param("k", kind.name()).param("r", truncate(ref, 300)).param("l", truncate(label, 500)).update();
    }

    /** A save from {@code before} to {@code after}: every text or goal it changed or removed no longer waits for review. */
    void edited(UUID planId, Plan before, Plan after) {
        Set<String> unchangedTexts = new HashSet<>();
        for (Plan.Section section : after.sections()) {
            if (before.sections().contains(section)) {
                unchangedTexts.add(truncate(section.heading(), 300));
            }
        }
        Set<String> unchangedGoals = new HashSet<>();
        Map<String, Goal> was = new java.util.HashMap<>();
        before.goals().goals().forEach(g -> was.put(g.id(), g));
        for (Goal goal : after.goals().goals()) {
            if (goal.equals(was.get(goal.id()))) {
                unchangedGoals.add(goal.id());
            }
        }
        for (Part part : open(PlanId.of(planId))) {
            boolean unchanged = part.kind() == Kind.TEXT ? unchangedTexts.contains(part.ref()) : unchangedGoals.contains(part.ref());
            if (!unchanged) {
                delete(planId, part);
            }
        }
    }

    /** The director looked at the part and keeps it as it is. */
    @Transactional
    public List<Part> confirm(AssociationId associationId, PlanId planId, Kind kind, String ref) {
        Part part = open(planId).stream().filter(p -> p.kind() == kind && p.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("review.error.nothingToReview")));
        delete(planId.value(), part);
        auditLog.record(associationId, "plan", planId, "reviewed", Map.of("kind", kind.name(), "part", part.label()));
        return open(planId);
    }

    private void delete(UUID planId, Part part) {
        jdbc.sql("delete from plan_review where plan_id = :p and kind = :k and ref = :r").param("p", planId).param("k", part.kind().name())
                .param("r", part.ref()).update();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
