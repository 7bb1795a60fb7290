package se.samordna.initiative;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.plan.Initiative;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;
import tools.jackson.databind.json.JsonMapper;

/** Reporters, reports and outcomes of initiatives: what the association's plan does not hold. */
@Service
public class InitiativeRecords {

    /** The text sections of a report. */
    public static final List<String> SECTIONS = List.of("done", "results", "participants", "costs", "lessons");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final JsonMapper json;

    InitiativeRecords(JdbcClient jdbc, AuditLog auditLog, JsonMapper json) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.json = json;
    }

    public record Report(UUID id, String kind, String period, LocalDate due, Map<String, String> sections, Integer participants,
                         Long costsKronor, OffsetDateTime submittedAt, String submittedBy, long version) {
        public boolean submitted() {
            return submittedAt != null;
        }
    }

    /** A reporter of an initiative, who assigned them and when, and whether they have chosen their own password yet. */
    public record Reporter(UUID userId, String username, String displayName, OffsetDateTime assignedAt, String assignedBy,
                           boolean accepted) {
    }

    public boolean isReporter(AssociationId associationId, InitiativeId initiativeId, UserId userId) {
        return jdbc.sql("select exists (select 1 from initiative_reporter where association_id = :a and initiative_id = :i and user_id = :u)")
                .param("a", associationId.value()).param("i", initiativeId.value()).param("u", userId.value()).query(Boolean.class).single();
    }

    public Set<String> initiativesOf(AssociationId associationId, UUID userId) {
        return Set.copyOf(jdbc.sql("select initiative_id from initiative_reporter where association_id = :a and user_id = :u")
                .param("a", associationId.value()).param("u", userId).query(String.class).list());
    }

    /** Who reports for each of the association's initiatives (initiative id → people), in one query. */
    public java.util.Map<String, List<UUID>> reporterIds(AssociationId associationId) {
        record Assignment(String initiativeId, UUID userId) {
        }
        return jdbc.sql("select initiative_id, user_id from initiative_reporter where association_id = :a").param("a", associationId.value())
                .query(Assignment.class).list().stream().collect(java.util.stream.Collectors.groupingBy(Assignment::initiativeId,
                        java.util.stream.Collectors.mapping(Assignment::userId, java.util.stream.Collectors.toList())));
    }

    public List<Reporter> reporters(AssociationId associationId, InitiativeId initiativeId) {
        return jdbc.sql("""
                select u.id as user_id, u.username, u.display_name, r.assigned_at, r.assigned_by, u.accepted_at is not null as accepted
                from initiative_reporter r join user_account u on u.id = r.user_id
                where r.association_id = :a and r.initiative_id = :i order by u.display_name""")
                .param("a", associationId.value()).param("i", initiativeId.value()).query(Reporter.class).list();
    }

    @Transactional
    public void assignReporter(AssociationId associationId, InitiativeId initiativeId, UserId userId) {
        jdbc.sql("""
                insert into initiative_reporter (association_id, initiative_id, user_id, assigned_by) values (:a, :i, :u, :by)
                on conflict do nothing""")
                .param("a", associationId.value()).param("i", initiativeId.value()).param("u", userId.value()).param("by", AuditLog.currentActor()).update();
        auditLog.record(associationId, "initiative-reporter", initiativeId, "assigned", Map.of("user", userId.toString()));
    }

    @Transactional
    public void unassignReporter(AssociationId associationId, String initiativeId, UUID userId) {
        jdbc.sql("delete from initiative_reporter where association_id = :a and initiative_id = :i and user_id = :u")
                .param("a", associationId.value()).param("i", initiativeId).param("u", userId).update();
        auditLog.record(associationId, "initiative-reporter", initiativeId, "unassigned", Map.of("user", userId.toString()));
    }

    public List<Report> reports(AssociationId associationId, InitiativeId initiativeId) {
        return jdbc.sql("""
                select id, kind, period, due, sections::text, participants, costs_ore, submitted_at, submitted_by, version
                from initiative_report where association_id = :a and initiative_id = :i order by due""")
                .param("a", associationId.value()).param("i", initiativeId.value())
                .query((rs, n) -> new Report(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        sections(rs.getString(5)), (Integer) rs.getObject(6), rs.getObject(7) == null ? null : rs.getLong(7) / 100,
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getLong(10)))
                .list();
    }

    public Optional<Report> report(AssociationId associationId, String initiativeId, String period) {
        return reports(associationId, InitiativeId.of(initiativeId)).stream().filter(r -> r.period().equals(period)).findFirst();
    }

    /** Saves a report (a draft, or submitted when {@code submit}); a submitted report cannot change. */
    @Transactional
    public Report saveReport(AssociationId associationId, String initiativeId, ReportSchedule.Due due, Map<String, String> sections,
                             Integer participants, Money costs, Long expectedVersion, boolean submit) {
        if (participants != null && participants < 0) {
            throw new InvalidInputException(Text.of("place.deltagare"), Text.of("error.antaletDeltagareKanInteVara"));
        }
        if (costs != null && costs.isNegative()) {
            throw new InvalidInputException(Text.of("place.kostnader"), Text.of("error.kostnadernaKanInteVaraNegativa"));
        }
        for (var entry : sections.entrySet()) {
            if (!SECTIONS.contains(entry.getKey())) {
                throw new InvalidInputException(entry.getKey(), Text.of("error.okantAvsnittAvsnittenAr", SECTIONS));
            }
            if (entry.getValue() != null && entry.getValue().length() > 20_000) {
                throw new InvalidInputException(entry.getKey(), Text.of("error.avsnittetFarVaraHogst20"));
            }
        }
        if (submit && (sections.getOrDefault("done", "").isBlank() || sections.getOrDefault("results", "").isBlank())) {
            throw new InvalidInputException(Text.of("place.rapport"), Text.of("error.beskrivVadSomGjortsOch"));
        }
        Optional<Report> existing = report(associationId, initiativeId, due.period());
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into initiative_report (id, association_id, initiative_id, kind, period, due, sections, participants, costs_ore,
                        submitted_at, submitted_by) values (:id, :a, :i, :k, :p, :d, cast(:s as jsonb), :n, :c, :at, :by)""")
                    .param("id", id).param("a", associationId.value()).param("i", initiativeId).param("k", due.kind().name())
                    .param("p", due.period()).param("d", due.due()).param("s", json.writeValueAsString(sections))
                    .param("n", participants).param("c", costs == null ? null : costs.ore())
                    .param("at", submit ? OffsetDateTime.now() : null).param("by", submit ? actor : null).update();
        } else {
            Report report = existing.get();
            if (report.submitted()) {
                throw new ConflictException(Text.of("error.rapportenForArRedanInlamnad", due.period()));
            }
            int updated = jdbc.sql("""
                    update initiative_report set sections = cast(:s as jsonb), participants = :n, costs_ore = :c, version = version + 1,
                        submitted_at = :at, submitted_by = :by where id = :id and version = :v""")
                    .param("s", json.writeValueAsString(sections)).param("n", participants).param("c", costs == null ? null : costs.ore())
                    .param("at", submit ? OffsetDateTime.now() : null).param("by", submit ? actor : null)
                    .param("id", report.id()).param("v", expectedVersion == null ? -1 : expectedVersion).update();
            if (updated == 0) {
                throw new ConflictException(Text.of("error.rapportenHarAndratsAvNagon"));
            }
        }
        auditLog.record(associationId, "initiative-report", initiativeId + "/" + due.period(), submit ? "submitted" : "saved",
                Map.of("kind", due.kind().name(), "period", due.period()));
        return report(associationId, initiativeId, due.period()).orElseThrow();
    }

    public Map<Integer, Money> outcomes(AssociationId associationId, String initiativeId) {
        Map<Integer, Money> result = new java.util.TreeMap<>();
        jdbc.sql("select year, amount_ore from initiative_outcome where association_id = :a and initiative_id = :i")
                .param("a", associationId.value()).param("i", initiativeId)
                .query((rs, n) -> result.put(rs.getInt(1), new Money(rs.getLong(2)))).list();
        return result;
    }

    /** All outcomes of an association: initiative id → year → amount. */
    public Map<String, Map<Integer, Money>> outcomes(AssociationId associationId) {
        Map<String, Map<Integer, Money>> result = new java.util.HashMap<>();
        jdbc.sql("select initiative_id, year, amount_ore from initiative_outcome where association_id = :a")
                .param("a", associationId.value())
                .query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                        .put(rs.getInt(2), new Money(rs.getLong(3)))).list();
        return result;
    }

    /** Submitted reports per initiative: initiative id → periods. */
    public Map<String, Set<String>> submittedPeriods(AssociationId associationId) {
        Map<String, Set<String>> result = new java.util.HashMap<>();
        jdbc.sql("select initiative_id, period from initiative_report where association_id = :a and submitted_at is not null")
                .param("a", associationId.value())
                .query((rs, n) -> result.computeIfAbsent(rs.getString(1), k -> new java.util.HashSet<>()).add(rs.getString(2))).list();
        return result;
    }

    @Transactional
    public void recordOutcome(AssociationId associationId, String initiativeId, int year, Money amount) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretLiggerUtanfor20002100", year));
        }
        if (amount.isNegative()) {
            throw new InvalidInputException(Text.of("place.utfall", year), Text.of("error.utfalletKanInteVaraNegativt"));
        }
        Money before = outcomes(associationId, initiativeId).get(year);
        jdbc.sql("""
                insert into initiative_outcome (association_id, initiative_id, year, amount_ore, updated_by) values (:a, :i, :y, :o, :u)
                on conflict (association_id, initiative_id, year) do update set amount_ore = :o, updated_at = now(), updated_by = :u""")
                .param("a", associationId.value()).param("i", initiativeId).param("y", year).param("o", amount.ore())
                .param("u", SecurityContextHolder.getContext().getAuthentication().getName()).update();
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("year", year);
        changes.put("from", before == null ? null : before.kronor());
        changes.put("to", amount.kronor());
        auditLog.record(associationId, "initiative-outcome", initiativeId, "recorded", changes);
    }

    /**
     * Imports outcomes from CSV ({@code initiative;year;amount}, semicolon or comma, amounts in kronor, a header
     * line allowed), all or nothing: every bad line is reported with its number and nothing is saved.
     */
    static final int MAX_OUTCOME_LINES = 5_000;

    @Transactional
    public int importOutcomes(AssociationId associationId, Set<String> initiativeIds, String csv) {
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        List<Object[]> rows = new java.util.ArrayList<>();
        List<se.samordna.shared.Csv.Row> csvRows = se.samordna.shared.Csv.rows(csv, MAX_OUTCOME_LINES, se.samordna.shared.Csv.Separator.SEMICOLON_OR_COMMA);
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (se.samordna.shared.Csv.Row row : csvRows) {
            int n = row.line() - 1;
            String line = row.text();
            if (line.isEmpty() || (n == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("initiative"))) {
                continue;
            }
            String[] cells = row.cells();
            Text place = Text.of("place.rad2", n + 1);
            if (cells.length != 3) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.radenSkaHaTreFalt")));
                continue;
            }
            String id = cells[0].strip();
            if (!initiativeIds.contains(id)) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.insatsenFinnsInteIForbundet", id)));
            }
            Integer year = null;
            try {
                year = Integer.parseInt(cells[1].strip());
                if (year < 2000 || year > 2100) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.aretLiggerUtanfor20002100", year)));
                }
            } catch (NumberFormatException e) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.arIngetArtal", cells[1].strip())));
            }
            Money amount = null;
            try {
                amount = Money.parse(cells[2], "kr");
                if (amount.isNegative()) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.utfalletKanInteVaraNegativt")));
                }
            } catch (se.samordna.shared.Decimals.BadNumber e) {
                problems.add(InvalidInputException.Problem.of(place, e.notANumber() ? Text.of("number.notAnAmountInKronor", cells[2].strip())
                        : e.sentence(cells[2].strip(), Text.of("number.subject.amountInKronor"))));
            }
            Integer earlier = year == null ? null : seen.putIfAbsent(id + "/" + year, n + 1);
            if (earlier != null) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.insatsenArFinnsRedanPa", id, year, earlier)));
            }
            rows.add(new Object[]{id, year, amount});
            if (problems.size() >= 100) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.fil"), Text.of("error.flerFelVisasInteRatta")));
                break;
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.fil"), Text.of("error.filenInnehallerIngaRaderMed")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        writeOutcomes(associationId, rows, csv);
        return rows.size();
    }

    /** One statement for the whole file, and one audit entry with its count and checksum. */
    private void writeOutcomes(AssociationId associationId, List<Object[]> rows, String csv) {
        jdbc.sql("""
                insert into initiative_outcome (association_id, initiative_id, year, amount_ore, updated_by)
                select :a, t.i, t.y, t.o, :u from unnest(cast(:ids as text[]), cast(:years as integer[]), cast(:amounts as bigint[])) as t(i, y, o)
                on conflict (association_id, initiative_id, year) do update set amount_ore = excluded.amount_ore, updated_at = now(),
                    updated_by = excluded.updated_by""")
                .param("a", associationId.value()).param("u", AuditLog.currentActor())
                .param("ids", rows.stream().map(r -> (String) r[0]).toArray(String[]::new))
                .param("years", rows.stream().map(r -> (Integer) r[1]).toArray(Integer[]::new))
                .param("amounts", rows.stream().map(r -> ((Money) r[2]).ore()).toArray(Long[]::new))
                .update();
        auditLog.record(associationId, "initiative-outcome", null, "imported",
                Map.of("rows", rows.size(), "sha256", se.samordna.shared.Csv.checksum(csv)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> sections(String text) {
        return json.readValue(text, Map.class);
    }

    static Initiative.ReportKind kind(String value) {
        return Initiative.ReportKind.valueOf(value);
    }
}
