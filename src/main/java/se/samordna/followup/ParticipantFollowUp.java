package se.samordna.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;

/**
 * Participant volumes and pseudonymous participant records, and the suppressed aggregates the association
 * sees. Callers check who may reach records (only the initiative's reporters); this service checks the data.
 */
@Service
public class ParticipantFollowUp {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(H[12]|T[1-3]|Q[1-4]|M(0[1-9]|1[0-2]))?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,20}");
    /** Six digits in a row (a date of birth) or ten/twelve with a separator: what a personal identity number looks like. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("\\d{6}|\\d{6,8}[-+]?\\d{4}");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final int threshold;
    private final RecordsDecision decision;
    private final Map<YearKey, CountedAt> counted = new java.util.concurrent.ConcurrentHashMap<>();

    ParticipantFollowUp(JdbcClient jdbc, AuditLog auditLog, @Value("${samordna.followup.suppression-threshold:5}") int threshold,
                        RecordsDecision decision) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.threshold = threshold;
        this.decision = decision;
    }

    public enum Outcome { WORK, STUDIES, EMPLOYMENT_SERVICE, OTHER_MEMBER, OTHER }

    public enum Education { COMPULSORY, UPPER_SECONDARY, POST_SECONDARY, UNKNOWN }

    /** Main support (livelihood) before and after: a category, never free text that could name anyone. */
    public enum Support { SICKNESS_BENEFIT, ACTIVITY_COMPENSATION, SOCIAL_ASSISTANCE, UNEMPLOYMENT_BENEFIT, SALARY_OR_STUDY_GRANT, NONE, OTHER }

    public static final List<String> AGE_BANDS = List.of("16-19", "20-24", "25-29", "30-39", "40-49", "50-59", "60-64");

    /** What an import did: records added and records changed (matched by code). */
    public record ImportResult(int added, int changed) {
    }

    public record Volume(String initiativeId, String period, int women, int men) {
        public int total() {
            return women + men;
        }
    }

    public record Record(UUID id, String code, String legalSex, String ageBand, String homeMunicipality, String education,
                         String supportBefore, LocalDate startDate, LocalDate endDate, String outcome, String supportAfter,
                         Boolean stepMovement, long version) {
    }

    public record RecordInput(String code, String legalSex, String ageBand, String homeMunicipality, String education,
                              String supportBefore, LocalDate startDate, LocalDate endDate, String outcome, String supportAfter,
                              Boolean stepMovement) {
    }

    /** The aggregates of a year: counts by women/men/total, shares, mean days, with small cells suppressed. */
    public record Aggregates(int year, int threshold, Suppression.Row participants, Suppression.Row exits, Map<String, Double> shareEndingInWorkStudiesOrAf,
                             Map<String, Double> shareWithStepMovement, Map<String, Long> meanDays, Suppression.Row newParticipants,
                             List<InitiativeFigures> initiatives) {
    }

    /**
     * One initiative's figures of the year, women and men together, suppressed like the association's and with the
     * complement across initiatives (the association's totals and the other initiatives would otherwise give a hidden
     * one away): participants, exits, the shares of exits and mean days in the initiative.
     */
    public record InitiativeFigures(String initiativeId, Suppression.Cell participants, Suppression.Cell exits, Double shareEndingInWorkStudiesOrAf,
                                    Double shareWithStepMovement, Long meanDays) {
    }

    public int threshold() {
        return threshold;
    }

    /** Whether the association's follow-up holds generated demonstration data: the generator always writes volumes as "demodata" beside its DEMO- records. */
    public boolean hasGeneratedData(UUID associationId) {
        return jdbc.sql("""
                select exists (select 1 from participant_volume where association_id = :a and entered_by = 'demodata')""")
                .param("a", associationId).query(Boolean.class).single();
    }

    /** New participants of a period, which must lie within the initiative's time (its agreement's, or its own). */
    @Transactional
    public void recordVolume(UUID associationId, se.samordna.plan.initiatives.Initiative initiative, String period, int women, int men) {
        String initiativeId = initiative.id();
        if (period == null || !PERIOD.matcher(period).matches()) {
            throw new InvalidInputException("period", "Perioden '" + period + "' ska skrivas som 2025, 2025H1, 2025Q3 eller 2025M04.");
        }
        requireWithin(initiative, period);
        if (women < 0 || men < 0) {
            throw new InvalidInputException("antal", "Antalet deltagare kan inte vara negativt.");
        }
        jdbc.sql("""
                insert into participant_volume (association_id, initiative_id, period, women, men, entered_by) values (:a, :i, :p, :w, :m, :by)
                on conflict (association_id, initiative_id, period) do update set women = :w, men = :m, entered_by = :by, entered_at = now()""")
                .param("a", associationId).param("i", initiativeId).param("p", period).param("w", women).param("m", men).param("by", actor())
                .update();
        auditLog.record(associationId, "participant-volume", initiativeId + "/" + period, "recorded", Map.of("women", women, "men", men));
    }

    /** Removes a period's volumes entered by mistake. */
    @Transactional
    public void deleteVolume(UUID associationId, String initiativeId, String period) {
        int removed = jdbc.sql("delete from participant_volume where association_id = :a and initiative_id = :i and period = :p")
                .param("a", associationId).param("i", initiativeId).param("p", period).update();
        if (removed == 0) {
            throw new se.samordna.shared.NotFoundException("Det finns inga deltagare registrerade för perioden " + period + ".");
        }
        auditLog.record(associationId, "participant-volume", initiativeId + "/" + period, "deleted", null);
    }

    private static void requireWithin(se.samordna.plan.initiatives.Initiative initiative, String period) {
        java.time.LocalDate from = initiative.agreement() != null && initiative.agreement().start() != null
                ? initiative.agreement().start() : initiative.start();
        java.time.LocalDate to = initiative.agreement() != null && initiative.agreement().end() != null
                ? initiative.agreement().end() : initiative.end();
        java.time.LocalDate[] range = range(period);
        if ((from != null && range[1].isBefore(from)) || (to != null && range[0].isAfter(to))) {
            throw new InvalidInputException("period", "Perioden " + period + " ligger utanför insatsens tid "
                    + (from == null ? "" : from) + "–" + (to == null ? "" : to) + ".");
        }
    }

    /** The first and last day of a period: 2025, 2025H1, 2025T2, 2025Q3 or 2025M04. */
    static java.time.LocalDate[] range(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return new java.time.LocalDate[]{java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31)};
        }
        int n = Integer.parseInt(period.substring(5));
        int months = switch (period.charAt(4)) {
            case 'H' -> 6;
            case 'T' -> 4;
            case 'Q' -> 3;
            default -> 1;
        };
        java.time.LocalDate first = java.time.LocalDate.of(year, (n - 1) * months + 1, 1);
        return new java.time.LocalDate[]{first, first.plusMonths(months).minusDays(1)};
    }

    public List<Volume> volumes(UUID associationId, int year) {
        return jdbc.sql("""
                select initiative_id, period, women, men from participant_volume
                where association_id = :a and substring(period, 1, 4) = :y order by initiative_id, period""")
                .param("a", associationId).param("y", String.valueOf(year)).query(Volume.class).list();
    }

    /** One initiative's volumes over all periods, newest first. */
    public List<Volume> volumesOf(UUID associationId, String initiativeId) {
        return jdbc.sql("""
                select initiative_id, period, women, men from participant_volume
                where association_id = :a and initiative_id = :i order by period desc""")
                .param("a", associationId).param("i", initiativeId).query(Volume.class).list();
    }

    /** The CSV for Uppföljning Finsam: new participants per initiative and period by legal sex. */
    public String uppfoljningFinsamCsv(UUID associationId, int year, Map<String, String> initiativeNames) {
        StringBuilder csv = new StringBuilder("insats;period;nya deltagare kvinnor;nya deltagare män;totalt\n");
        for (Volume v : volumes(associationId, year)) {
            csv.append(se.samordna.shared.Csv.row(initiativeNames.getOrDefault(v.initiativeId(), v.initiativeId()), v.period(),
                    v.women(), v.men(), v.total()));
        }
        return csv.toString();
    }

    public List<Record> records(UUID associationId, String initiativeId) {
        return jdbc.sql("""
                select id, code, legal_sex, age_band, home_municipality, education, support_before, start_date, end_date, outcome,
                    support_after, step_movement, version from participant_record where association_id = :a and initiative_id = :i order by code""")
                .param("a", associationId).param("i", initiativeId).query(Record.class).list();
    }

    @Transactional
    public UUID saveRecord(UUID associationId, String initiativeId, UUID id, RecordInput in, Long expectedVersion) {
        decision.requireRecordsKept(associationId);
        validate(in);
        if (id == null) {
            UUID created;
            try {
                created = insertRecord(associationId, initiativeId, in);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw new ConflictException("Koden " + in.code() + " används redan i insatsen.");
            }
            auditLog.record(associationId, "participant-record", created, "created", Map.of("initiative", initiativeId));
            return created;
        }
        int updated = updateRecord(associationId, initiativeId, id, in, expectedVersion == null ? -1 : expectedVersion);
        if (updated == 0) {
            throw new ConflictException("Deltagaren har ändrats av någon annan eller finns inte. Ladda om; inget har sparats.");
        }
        auditLog.record(associationId, "participant-record", id, "changed", Map.of("initiative", initiativeId));
        return id;
    }

    private UUID insertRecord(UUID associationId, String initiativeId, RecordInput in) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into participant_record (id, association_id, initiative_id, code, legal_sex, age_band, home_municipality, education,
                    support_before, start_date, end_date, outcome, support_after, step_movement)
                values (:id, :a, :i, :code, :sex, :age, :home, :edu, :before, :start, :end, :outcome, :after, :step)""")
                .param("id", id).param("a", associationId).param("i", initiativeId).params(params(in)).update();
        return id;
    }

    /** Changes a record read in {@code version}; 0 when it has changed since or is not the initiative's. */
    private int updateRecord(UUID associationId, String initiativeId, UUID id, RecordInput in, long version) {
        return jdbc.sql("""
                update participant_record set code = :code, legal_sex = :sex, age_band = :age, home_municipality = :home, education = :edu,
                    support_before = :before, start_date = :start, end_date = :end, outcome = :outcome, support_after = :after,
                    step_movement = :step, version = version + 1
                where id = :id and association_id = :a and initiative_id = :i and version = :v""")
                .param("id", id).param("a", associationId).param("i", initiativeId).param("v", version).params(params(in)).update();
    }

    /** Deletes all the initiative's records at the end of retention. */
    @Transactional
    public int deleteRecords(UUID associationId, String initiativeId) {
        int deleted = jdbc.sql("delete from participant_record where association_id = :a and initiative_id = :i")
                .param("a", associationId).param("i", initiativeId).update();
        auditLog.record(associationId, "participant-record", initiativeId, "deleted-at-end-of-retention", Map.of("records", deleted));
        return deleted;
    }

    static final String CSV_HEADER = "kod;juridiskt kön;åldersgrupp;hemkommun;utbildning;försörjning före;startdatum;slutdatum;utfall;"
            + "försörjning efter;stegförflyttning";

    /** The initiative's records as CSV, in the layout {@link #importRecords} reads, for the member's own use. */
    public String exportRecords(UUID associationId, String initiativeId) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Record r : records(associationId, initiativeId)) {
            csv.append(se.samordna.shared.Csv.row(r.code(), r.legalSex(), r.ageBand(), text(r.homeMunicipality()), text(r.education()),
                    text(r.supportBefore()), text(r.startDate()), text(r.endDate()), text(r.outcome()), text(r.supportAfter()),
                    r.stepMovement() == null ? "" : r.stepMovement() ? "ja" : "nej"));
        }
        return csv.toString();
    }

    /**
     * Reads records from CSV (the layout of {@link #exportRecords}; a first line starting with "kod" is a header), all or
     * nothing: every problem is reported with its line and nothing is saved unless every line is right. A code the
     * initiative already has changes that record; a new code adds one. Values may be written as in the export (WOMAN,
     * WORK, ...) or in Swedish (K/M, kvinna/man, arbete, studier, ja/nej, ...). Logged without any record's content.
     */
    @Transactional
    public ImportResult importRecords(UUID associationId, String initiativeId, String csv) {
        decision.requireRecordsKept(associationId);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<String, RecordInput> inputs = new LinkedHashMap<>();
        String[] lines = se.samordna.shared.Csv.lines(csv, 20000);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || (n == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("kod"))) {
                continue;
            }
            String place = "rad " + (n + 1);
            String[] c = line.split(";", -1);
            if (c.length != 11) {
                problems.add(new InvalidInputException.Problem(place, "Raden ska ha elva fält: " + CSV_HEADER + "."));
                continue;
            }
            try {
                RecordInput in = new RecordInput(c[0].strip(), coded(c[1], "juridiskt kön", SEXES), c[2].strip(), blankToNull(c[3]),
                        coded(c[4], "utbildning", EDUCATIONS), coded(c[5], "försörjning före", SUPPORTS),
                        date(c[6], "startdatum"), date(c[7], "slutdatum"), coded(c[8], "utfall", OUTCOMES),
                        coded(c[9], "försörjning efter", SUPPORTS), yesNo(c[10]));
                validate(in);
                if (inputs.put(in.code().strip(), in) != null) {
                    problems.add(new InvalidInputException.Problem(place, "Koden " + in.code().strip() + " finns redan tidigare i filen."));
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new InvalidInputException.Problem(place + ", " + p.place(), p.message())));
            }
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            problems.add(new InvalidInputException.Problem("fil", "Filen innehåller inga deltagare."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Record> existing = new java.util.HashMap<>();
        records(associationId, initiativeId).forEach(r -> existing.put(r.code(), r));
        int added = 0;
        int changed = 0;
        for (RecordInput in : inputs.values()) {
            Record before = existing.get(in.code().strip());
            if (before == null) {
                insertRecord(associationId, initiativeId, in);
                added++;
            } else {
                if (updateRecord(associationId, initiativeId, before.id(), in, before.version()) == 0) {
                    throw new ConflictException("Deltagaren " + before.code() + " ändrades av någon annan under importen; inget har sparats.");
                }
                changed++;
            }
        }
        auditLog.record(associationId, "participant-record", initiativeId, "imported", Map.of("added", added, "changed", changed,
                "sha256", se.samordna.shared.Csv.checksum(csv)));
        return new ImportResult(added, changed);
    }

    private static final Map<String, String> SEXES = Map.of("k", "WOMAN", "kvinna", "WOMAN", "woman", "WOMAN", "m", "MAN", "man", "MAN");
    private static final Map<String, String> EDUCATIONS = Map.of("grundskola", "COMPULSORY", "compulsory", "COMPULSORY",
            "gymnasium", "UPPER_SECONDARY", "upper_secondary", "UPPER_SECONDARY", "eftergymnasial", "POST_SECONDARY",
            "post_secondary", "POST_SECONDARY", "okänd", "UNKNOWN", "unknown", "UNKNOWN");
    private static final Map<String, String> OUTCOMES = Map.ofEntries(Map.entry("arbete", "WORK"), Map.entry("work", "WORK"),
            Map.entry("studier", "STUDIES"), Map.entry("studies", "STUDIES"), Map.entry("arbetsförmedlingen", "EMPLOYMENT_SERVICE"),
            Map.entry("af", "EMPLOYMENT_SERVICE"), Map.entry("employment_service", "EMPLOYMENT_SERVICE"),
            Map.entry("annan part", "OTHER_MEMBER"), Map.entry("other_member", "OTHER_MEMBER"), Map.entry("annat", "OTHER"),
            Map.entry("other", "OTHER"));
    private static final Map<String, String> SUPPORTS;

    static {
        Map<String, String> supports = new java.util.HashMap<>();
        for (Support support : Support.values()) {
            supports.put(support.name().toLowerCase(java.util.Locale.ROOT), support.name());
        }
        supports.putAll(Map.of("sjukpenning", "SICKNESS_BENEFIT", "aktivitetsersättning", "ACTIVITY_COMPENSATION",
                "sjukersättning", "ACTIVITY_COMPENSATION", "ekonomiskt bistånd", "SOCIAL_ASSISTANCE", "försörjningsstöd", "SOCIAL_ASSISTANCE",
                "a-kassa", "UNEMPLOYMENT_BENEFIT", "aktivitetsstöd", "UNEMPLOYMENT_BENEFIT", "lön", "SALARY_OR_STUDY_GRANT",
                "studiemedel", "SALARY_OR_STUDY_GRANT", "ingen", "NONE"));
        supports.put("annan", "OTHER");
        SUPPORTS = Map.copyOf(supports);
    }

    private static String coded(String raw, String field, Map<String, String> codes) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        String code = codes.get(value.toLowerCase(java.util.Locale.ROOT));
        if (code == null) {
            throw new InvalidInputException(field, "Okänt värde '" + value + "'.");
        }
        return code;
    }

    private static LocalDate date(String raw, String field) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "Datumet '" + value + "' ska skrivas ÅÅÅÅ-MM-DD.");
        }
    }

    private static Boolean yesNo(String raw) {
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "" -> null;
            case "ja", "yes", "true" -> true;
            case "nej", "no", "false" -> false;
            default -> throw new InvalidInputException("stegförflyttning", "Skriv ja, nej eller lämna tomt.");
        };
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public Aggregates aggregates(UUID associationId, int year) {
        return aggregates(associationId, year, volumes(associationId, year));
    }

    /** The aggregates of a year, with the year's volumes already read by the caller. */
    public Aggregates aggregates(UUID associationId, int year, List<Volume> volumes) {
        List<Counts> rows = yearCounts(associationId, year);
        Map<String, Counts> bySex = new LinkedHashMap<>();
        Map<String, Counts> byInitiative = new LinkedHashMap<>();
        for (Counts c : rows) {
            bySex.merge(c.sex(), c, (x, y) -> new Counts(null, x.sex(), x.participants() + y.participants(), x.exits() + y.exits(),
                    x.positive() + y.positive(), x.stepped() + y.stepped(), x.days() + y.days()));
            byInitiative.merge(c.initiative(), new Counts(c.initiative(), null, c.participants(), c.exits(), c.positive(), c.stepped(), c.days()),
                    (x, y) -> new Counts(x.initiative(), null, x.participants() + y.participants(), x.exits() + y.exits(),
                            x.positive() + y.positive(), x.stepped() + y.stepped(), x.days() + y.days()));
        }
        Counts women = bySex.getOrDefault("WOMAN", new Counts(null, "WOMAN", 0, 0, 0, 0, 0));
        Counts men = bySex.getOrDefault("MAN", new Counts(null, "MAN", 0, 0, 0, 0, 0));
        Suppression.Row exitRow = Suppression.counts(women.exits(), men.exits(), threshold);
        Map<String, Double> positive = byLegalSex(Suppression.shares(women.positive(), women.exits(), men.positive(), men.exits(), threshold));
        Map<String, Double> stepped = byLegalSex(Suppression.shares(women.stepped(), women.exits(), men.stepped(), men.exits(), threshold));
        Map<String, Long> meanDays = new LinkedHashMap<>();
        meanDays.put("WOMAN", exitRow.women().hidden() ? null : meanDays(women.days(), women.exits()));
        meanDays.put("MAN", exitRow.men().hidden() ? null : meanDays(men.days(), men.exits()));
        meanDays.put("TOTAL", exitRow.total().hidden() ? null : meanDays(women.days() + men.days(), women.exits() + men.exits()));
        if (exitRow.women().hidden()) {
            positive.put("WOMAN", null);
            stepped.put("WOMAN", null);
        }
        if (exitRow.men().hidden()) {
            positive.put("MAN", null);
            stepped.put("MAN", null);
        }
        int newWomen = volumes.stream().mapToInt(Volume::women).sum();
        int newMen = volumes.stream().mapToInt(Volume::men).sum();
        Suppression.Row participantRow = Suppression.counts(women.participants(), men.participants(), threshold);
        List<Counts> each = List.copyOf(byInitiative.values());
        List<Integer> exits = each.stream().map(Counts::exits).toList();
        List<Integer> shownParticipants = Suppression.countsAcross(each.stream().map(Counts::participants).toList(), !participantRow.total().hidden(), threshold);
        List<Integer> shownExits = Suppression.countsAcross(exits, !exitRow.total().hidden(), threshold);
        List<Double> positives = Suppression.complementAcross(each.stream().map(c -> Suppression.share(c.positive(), c.exits(), threshold)).toList(),
                exits, positive.get("TOTAL") != null);
        List<Double> steps = Suppression.complementAcross(each.stream().map(c -> Suppression.share(c.stepped(), c.exits(), threshold)).toList(),
                exits, stepped.get("TOTAL") != null);
        List<InitiativeFigures> initiatives = new ArrayList<>();
        for (int i = 0; i < each.size(); i++) {
            Counts c = each.get(i);
            initiatives.add(new InitiativeFigures(c.initiative(), new Suppression.Cell(shownParticipants.get(i)), new Suppression.Cell(shownExits.get(i)),
                    shownExits.get(i) == null ? null : positives.get(i), shownExits.get(i) == null ? null : steps.get(i),
                    shownExits.get(i) == null ? null : meanDays(c.days(), c.exits())));
        }
        return new Aggregates(year, threshold, participantRow, exitRow, positive, stepped, meanDays, Suppression.counts(newWomen, newMen, threshold),
                initiatives);
    }

    /** A year's records counted per initiative and legal sex. */
    record Counts(String initiative, String sex, int participants, int exits, int positive, int stepped, long days) {
    }

    private record YearKey(UUID associationId, int year) {
    }

    private record CountedAt(long change, List<Counts> counts) {
    }

    /**
     * The year's counts, read again only when the association's records or volumes have changed since (the database moves
     * {@code participant_change} on every change, V12). Inside a transaction the counts are read but not kept: it may
     * hold changes of its own that are never committed.
     */
    private List<Counts> yearCounts(UUID associationId, int year) {
        boolean keep = !TransactionSynchronizationManager.isActualTransactionActive();
        long change = jdbc.sql("select coalesce((select version from participant_change where association_id = :a), 0)")
                .param("a", associationId).query(Long.class).single();
        YearKey key = new YearKey(associationId, year);
        CountedAt known = keep ? counted.get(key) : null;
        if (known != null && known.change() == change) {
            return known.counts();
        }
        List<Counts> counts = jdbc.sql("""
                select initiative_id as initiative, legal_sex as sex,
                       count(*) filter (where start_date <= :last and (end_date is null or end_date >= :first)) as participants,
                       count(*) filter (where end_date between :first and :last) as exits,
                       count(*) filter (where end_date between :first and :last and outcome in ('WORK', 'STUDIES', 'EMPLOYMENT_SERVICE')) as positive,
                       count(*) filter (where end_date between :first and :last and step_movement) as stepped,
                       coalesce(sum(end_date - start_date) filter (where end_date between :first and :last), 0) as days
                from participant_record
                where association_id = :a and start_date <= :last and (end_date is null or end_date >= :first)
                group by initiative_id, legal_sex order by initiative_id""")
                .param("a", associationId).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(Counts.class).list();
        if (keep) {
            if (counted.size() > 10_000) {
                counted.clear();
            }
            counted.put(key, new CountedAt(change, counts));
        }
        return counts;
    }

    private static Map<String, Double> byLegalSex(Suppression.Shares shares) {
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("WOMAN", shares.women());
        result.put("MAN", shares.men());
        result.put("TOTAL", shares.total());
        return result;
    }

    private Long meanDays(long days, int exits) {
        return exits == 0 || Suppression.small(exits, threshold) ? null : Math.round((double) days / exits);
    }

    private static Map<String, Object> params(RecordInput in) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", in.code().trim());
        p.put("sex", in.legalSex());
        p.put("age", in.ageBand());
        p.put("home", blank(in.homeMunicipality()) ? null : in.homeMunicipality().trim());
        p.put("edu", blank(in.education()) ? null : in.education());
        p.put("before", blank(in.supportBefore()) ? null : in.supportBefore().trim());
        p.put("start", in.startDate());
        p.put("end", in.endDate());
        p.put("outcome", blank(in.outcome()) ? null : in.outcome());
        p.put("after", blank(in.supportAfter()) ? null : in.supportAfter().trim());
        p.put("step", in.stepMovement());
        return p;
    }

    static void validate(RecordInput in) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String code = in.code() == null ? "" : in.code().trim();
        if (IDENTITY_NUMBER.matcher(code.replace(" ", "")).find()) {
            problems.add(new InvalidInputException.Problem("kod", "Koden ser ut som ett personnummer eller födelsedatum. Välj en kod utan personuppgifter, t.ex. RH-017."));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new InvalidInputException.Problem("kod", "Koden ska vara 2–20 tecken: bokstäver a–z, siffror och bindestreck, inga namn."));
        }
        if (!List.of("WOMAN", "MAN").contains(String.valueOf(in.legalSex()))) {
            problems.add(new InvalidInputException.Problem("juridiskt kön", "Välj kvinna eller man."));
        }
        if (!AGE_BANDS.contains(String.valueOf(in.ageBand()))) {
            problems.add(new InvalidInputException.Problem("åldersgrupp", "Välj en åldersgrupp mellan 16 och 64 år."));
        }
        if (!blank(in.homeMunicipality()) && !in.homeMunicipality().trim().matches("\\d{4}")) {
            problems.add(new InvalidInputException.Problem("hemkommun", "Ange hemkommunens fyrsiffriga kommunkod (SCB)."));
        }
        if (!blank(in.education()) && java.util.Arrays.stream(Education.values()).noneMatch(e -> e.name().equals(in.education()))) {
            problems.add(new InvalidInputException.Problem("utbildning", "Okänd utbildningsnivå."));
        }
        for (String[] support : new String[][]{{"försörjning före", in.supportBefore()}, {"försörjning efter", in.supportAfter()}}) {
            if (!blank(support[1]) && java.util.Arrays.stream(Support.values()).noneMatch(v -> v.name().equals(support[1].strip()))) {
                problems.add(new InvalidInputException.Problem(support[0], "Välj huvudsaklig försörjning ur listan (inte fritext)."));
            }
        }
        if (in.startDate() == null) {
            problems.add(new InvalidInputException.Problem("startdatum", "Ange när deltagaren började."));
        } else if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(new InvalidInputException.Problem("slutdatum", "Slutdatum ligger före startdatum."));
        }
        if (!blank(in.outcome())) {
            try {
                Outcome.valueOf(in.outcome());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.Problem("utfall", "Okänt utfall: " + in.outcome() + "."));
            }
            if (in.endDate() == null) {
                problems.add(new InvalidInputException.Problem("slutdatum", "Ett utfall anges när deltagaren avslutas: ange slutdatum."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

}
