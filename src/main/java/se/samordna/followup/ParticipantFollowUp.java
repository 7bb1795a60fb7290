package se.samordna.followup;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * Participant volumes and pseudonymous participant records, and the suppressed aggregates the association
 * sees. Callers check who may reach records (only the initiative's reporters); this service checks the data.
 */
@Service
public class ParticipantFollowUp {

    private static final String WOMAN = se.samordna.shared.LegalSex.WOMAN.name();
    private static final String MAN = se.samordna.shared.LegalSex.MAN.name();


    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final int threshold;
    private final Map<YearKey, CountedAt> counted = new java.util.concurrent.ConcurrentHashMap<>();

    ParticipantFollowUp(JdbcClient jdbc, AuditLog auditLog, @Value("${samordna.followup.suppression-threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.threshold = threshold;
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

        /** The period in words for the page ("hösten 2026 (juli–december)"). */
        public se.samordna.shared.Localized label() {
            return se.samordna.shared.Period.labelOf(period);
        }
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
    public boolean hasGeneratedData(AssociationId associationId) {
        return jdbc.sql("""
                select exists (select 1 from participant_volume where association_id = :a and entered_by = 'demodata')""")
                .param("a", associationId.value()).query(Boolean.class).single();
    }

    /** New participants of a period, which must lie within the initiative's time (its agreement's, or its own). */
    @Transactional
    public void recordVolume(AssociationId associationId, se.samordna.plan.Initiative initiative, String written, int women, int men) {
        String initiativeId = initiative.id();
        se.samordna.shared.Period parsed = se.samordna.shared.Period.parse(written);
        // Kept in the one form Uppföljning Finsam reads, however it was written ("hösten 2026" is 2026H2).
        String period = parsed.toString();
        requireWithin(initiative, parsed);
        // Participants are counted after the fact: a period that has not begun has none yet.
        if (parsed.first().isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))) {
            throw new InvalidInputException(Text.of("place.period"), Text.of("error.periodNotBegun", parsed.toString(), parsed.first().toString()));
        }
        if (women < 0 || men < 0) {
            throw new InvalidInputException(Text.of("place.antal"), Text.of("error.antaletDeltagareKanInteVara"));
        }
        jdbc.sql("""
                insert into participant_volume (association_id, initiative_id, period, women, men, entered_by) values (:a, :i, :p, :w, :m, :by)
                on conflict (association_id, initiative_id, period) do update set women = :w, men = :m, entered_by = :by, entered_at = now()""")
                .param("a", associationId.value()).param("i", initiativeId).param("p", period).param("w", women).param("m", men).param("by", actor())
                .update();
        auditLog.record(associationId, "participant-volume", initiativeId + "/" + period, "recorded", Map.of("women", women, "men", men));
    }

    /** Removes a period's volumes entered by mistake. */
    @Transactional
    public void deleteVolume(AssociationId associationId, String initiativeId, String period) {
        int removed = jdbc.sql("delete from participant_volume where association_id = :a and initiative_id = :i and period = :p")
                .param("a", associationId.value()).param("i", initiativeId).param("p", period).update();
        if (removed == 0) {
            throw new se.samordna.shared.NotFoundException(Text.of("followup.noVolume", period));
        }
        auditLog.record(associationId, "participant-volume", initiativeId + "/" + period, "deleted", null);
    }

    private static void requireWithin(se.samordna.plan.Initiative initiative, se.samordna.shared.Period period) {
        java.time.LocalDate from = initiative.agreement() != null && initiative.agreement().start() != null
                ? initiative.agreement().start() : initiative.start();
        java.time.LocalDate to = initiative.agreement() != null && initiative.agreement().end() != null
                ? initiative.agreement().end() : initiative.end();
        if ((from != null && period.last().isBefore(from)) || (to != null && period.first().isAfter(to))) {
            throw new InvalidInputException(Text.of("place.period"), Text.of("error.periodenLiggerUtanforInsatsensTid", period, from, to));
        }
    }

    public List<Volume> volumes(AssociationId associationId, int year) {
        return jdbc.sql("""
                select initiative_id, period, women, men from participant_volume
                where association_id = :a and substring(period, 1, 4) = :y order by initiative_id, period""")
                .param("a", associationId.value()).param("y", String.valueOf(year)).query(Volume.class).list();
    }

    /** One initiative's volumes over all periods, newest first. */
    public List<Volume> volumesOf(AssociationId associationId, String initiativeId) {
        return jdbc.sql("""
                select initiative_id, period, women, men from participant_volume
                where association_id = :a and initiative_id = :i order by period desc""")
                .param("a", associationId.value()).param("i", initiativeId).query(Volume.class).list();
    }

    /** The CSV for Uppföljning Finsam: new participants per initiative and period by legal sex. */
    public String uppfoljningFinsamCsv(AssociationId associationId, int year, Map<String, String> initiativeNames) {
        StringBuilder csv = new StringBuilder(Text.of("followup.csvHeader").swedish()).append('\n');
        for (Volume v : volumes(associationId, year)) {
            csv.append(se.samordna.shared.Csv.row(initiativeNames.getOrDefault(v.initiativeId(), v.initiativeId()), v.period(),
                    v.women(), v.men(), v.total()));
        }
        return csv.toString();
    }

    public Aggregates aggregates(AssociationId associationId, int year) {
        return aggregates(associationId, year, volumes(associationId, year));
    }

    /** The aggregates of a year, with the year's volumes already read by the caller. */
    public Aggregates aggregates(AssociationId associationId, int year, List<Volume> volumes) {
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
        Counts women = bySex.getOrDefault(WOMAN, new Counts(null, WOMAN, 0, 0, 0, 0, 0));
        Counts men = bySex.getOrDefault(MAN, new Counts(null, MAN, 0, 0, 0, 0, 0));
        Suppression.Row exitRow = Suppression.counts(women.exits(), men.exits(), threshold);
        Map<String, Double> positive = byLegalSex(Suppression.shares(women.positive(), women.exits(), men.positive(), men.exits(), threshold));
        Map<String, Double> stepped = byLegalSex(Suppression.shares(women.stepped(), women.exits(), men.stepped(), men.exits(), threshold));
        Map<String, Long> meanDays = new LinkedHashMap<>();
        meanDays.put(WOMAN, exitRow.women().hidden() ? null : meanDays(women.days(), women.exits()));
        meanDays.put(MAN, exitRow.men().hidden() ? null : meanDays(men.days(), men.exits()));
        meanDays.put("TOTAL", exitRow.total().hidden() ? null : meanDays(women.days() + men.days(), women.exits() + men.exits()));
        if (exitRow.women().hidden()) {
            positive.put(WOMAN, null);
            stepped.put(WOMAN, null);
        }
        if (exitRow.men().hidden()) {
            positive.put(MAN, null);
            stepped.put(MAN, null);
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

    private record YearKey(AssociationId associationId, int year) {
    }

    private record CountedAt(long change, List<Counts> counts) {
    }

    /**
     * The year's counts, read again only when the association's records or volumes have changed since (the database moves
     * {@code participant_change} on every change, V12). Inside a transaction the counts are read but not kept: it may
     * hold changes of its own that are never committed.
     */
    private List<Counts> yearCounts(AssociationId associationId, int year) {
        boolean keep = !TransactionSynchronizationManager.isActualTransactionActive();
        long change = jdbc.sql("select coalesce((select version from participant_change where association_id = :a), 0)")
                .param("a", associationId.value()).query(Long.class).single();
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
                .param("a", associationId.value()).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
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
        result.put(WOMAN, shares.women());
        result.put(MAN, shares.men());
        result.put("TOTAL", shares.total());
        return result;
    }

    private Long meanDays(long days, int exits) {
        return exits == 0 || Suppression.small(exits, threshold) ? null : Math.round((double) days / exits);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

}
