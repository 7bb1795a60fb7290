package se.samordna.followup;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Localized;
import se.samordna.shared.Text;

/**
 * An initiative's pseudonymous participant records, kept only when the association has decided so
 * ({@link RecordsDecision}) and reached only by the initiative's reporters: one record at a time with its version, CSV
 * import all or nothing and export, deletion at the end of retention. A code that looks like a personal identity number
 * is refused; support before and after are categories, never free text.
 */
@Service
public class ParticipantRecords {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,20}");
    /** Six digits in a row (a date of birth) or ten/twelve with a separator: what a personal identity number looks like. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("\\d{6}|\\d{6,8}[-+]?\\d{4}");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final RecordsDecision decision;

    ParticipantRecords(JdbcClient jdbc, AuditLog auditLog, RecordsDecision decision) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.decision = decision;
    }

    public List<ParticipantFollowUp.Record> records(AssociationId associationId, String initiativeId) {
        return jdbc.sql("""
                select id, code, legal_sex, age_band, home_municipality, education, support_before, start_date, end_date, outcome,
                    support_after, step_movement, version from participant_record where association_id = :a and initiative_id = :i order by code""")
                .param("a", associationId.value()).param("i", initiativeId).query(ParticipantFollowUp.Record.class).list();
    }

    @Transactional
    public UUID saveRecord(AssociationId associationId, InitiativeId initiativeId, UUID id, ParticipantFollowUp.RecordInput in, Long expectedVersion) {
        decision.requireRecordsKept(associationId);
        validate(in);
        if (id == null) {
            UUID created;
            try {
                created = insertRecord(associationId, initiativeId.value(), in);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                throw new ConflictException(Text.of("error.kodenAnvandsRedanIInsatsen", in.code()));
            }
            auditLog.record(associationId, "participant-record", created, "created", Map.of("initiative", initiativeId));
            return created;
        }
        int updated = updateRecord(associationId, initiativeId.value(), id, in, expectedVersion == null ? -1 : expectedVersion);
        if (updated == 0) {
            throw new ConflictException(Text.of("error.deltagarenHarAndratsAvNagon"));
        }
        auditLog.record(associationId, "participant-record", id, "changed", Map.of("initiative", initiativeId));
        return id;
    }

    private UUID insertRecord(AssociationId associationId, String initiativeId, ParticipantFollowUp.RecordInput in) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into participant_record (id, association_id, initiative_id, code, legal_sex, age_band, home_municipality, education,
                    support_before, start_date, end_date, outcome, support_after, step_movement)
                values (:id, :a, :i, :code, :sex, :age, :home, :edu, :before, :start, :end, :outcome, :after, :step)""")
                .param("id", id).param("a", associationId.value()).param("i", initiativeId).params(params(in)).update();
        return id;
    }

    /** Changes a record read in {@code version}; 0 when it has changed since or is not the initiative's. */
    private int updateRecord(AssociationId associationId, String initiativeId, UUID id, ParticipantFollowUp.RecordInput in, long version) {
        return jdbc.sql("""
                update participant_record set code = :code, legal_sex = :sex, age_band = :age, home_municipality = :home, education = :edu,
                    support_before = :before, start_date = :start, end_date = :end, outcome = :outcome, support_after = :after,
                    step_movement = :step, version = version + 1
                where id = :id and association_id = :a and initiative_id = :i and version = :v""")
                .param("id", id).param("a", associationId.value()).param("i", initiativeId).param("v", version).params(params(in)).update();
    }

    /** Deletes all the initiative's records at the end of retention. */
    @Transactional
    public int deleteRecords(AssociationId associationId, String initiativeId) {
        int deleted = jdbc.sql("delete from participant_record where association_id = :a and initiative_id = :i")
                .param("a", associationId.value()).param("i", initiativeId).update();
        auditLog.record(associationId, "participant-record", initiativeId, "deleted-at-end-of-retention", Map.of("records", deleted));
        return deleted;
    }

    static final String CSV_HEADER = "kod;juridiskt kön;åldersgrupp;hemkommun;utbildning;försörjning före;startdatum;slutdatum;utfall;"
            + "försörjning efter;stegförflyttning";

    /** The initiative's records as CSV, in the layout {@link #importRecords} reads, for the member's own use. */
    public String exportRecords(AssociationId associationId, String initiativeId) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (ParticipantFollowUp.Record r : records(associationId, initiativeId)) {
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
    public ParticipantFollowUp.ImportResult importRecords(AssociationId associationId, String initiativeId, String csv) {
        decision.requireRecordsKept(associationId);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<String, ParticipantFollowUp.RecordInput> inputs = new LinkedHashMap<>();
        List<se.samordna.shared.Csv.Row> csvRows = se.samordna.shared.Csv.rows(csv, 20000, se.samordna.shared.Csv.Separator.SEMICOLON);
        for (se.samordna.shared.Csv.Row row : csvRows) {
            int n = row.line() - 1;
            String line = row.text();
            if (line.isEmpty() || (n == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("kod"))) {
                continue;
            }
            Text place = Text.of("place.rad2", n + 1);
            String[] c = java.util.Arrays.stream(row.cells()).map(se.samordna.shared.Csv::value).toArray(String[]::new);
            if (c.length != 11) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.radenSkaHaElvaFalt", CSV_HEADER)));
                continue;
            }
            try {
                ParticipantFollowUp.RecordInput in = new ParticipantFollowUp.RecordInput(c[0].strip(), se.samordna.shared.LegalSex.read(c[1]).map(Enum::name).orElse(c[1].strip()), c[2].strip(), blankToNull(c[3]),
                        coded(c[4], Text.of("place.utbildning"), EDUCATIONS), coded(c[5], Text.of("place.supportBefore"), SUPPORTS),
                        date(c[6], Text.of("place.startdatum")), date(c[7], Text.of("place.slutdatum")), coded(c[8], Text.of("place.utfall2"), OUTCOMES),
                        coded(c[9], Text.of("place.supportAfter"), SUPPORTS), yesNo(c[10]));
                validate(in);
                if (inputs.put(in.code().strip(), in) != null) {
                    problems.add(InvalidInputException.Problem.of(place, Text.of("error.kodenFinnsRedanTidigareI", in.code().strip())));
                }
            } catch (InvalidInputException e) {
                // The row and the field, each in the reader's language.
                e.problems().forEach(p -> problems.add(InvalidInputException.Problem.of(
                        Text.of("place.rowField", place, (Localized) p::place), Text.of("shared.asIs", (Localized) p::message))));
            }
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.fil"), Text.of("error.filenInnehallerIngaDeltagare")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, ParticipantFollowUp.Record> existing = new java.util.HashMap<>();
        records(associationId, initiativeId).forEach(r -> existing.put(r.code(), r));
        int added = 0;
        int changed = 0;
        for (ParticipantFollowUp.RecordInput in : inputs.values()) {
            ParticipantFollowUp.Record before = existing.get(in.code().strip());
            if (before == null) {
                insertRecord(associationId, initiativeId, in);
                added++;
            } else {
                if (updateRecord(associationId, initiativeId, before.id(), in, before.version()) == 0) {
                    throw new ConflictException(Text.of("error.deltagarenAndradesAvNagonAnnan", before.code()));
                }
                changed++;
            }
        }
        auditLog.record(associationId, "participant-record", initiativeId, "imported", Map.of("added", added, "changed", changed,
                "sha256", se.samordna.shared.Csv.checksum(csv)));
        return new ParticipantFollowUp.ImportResult(added, changed);
    }


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
        for (ParticipantFollowUp.Support support : ParticipantFollowUp.Support.values()) {
            supports.put(support.name().toLowerCase(java.util.Locale.ROOT), support.name());
        }
        supports.putAll(Map.of("sjukpenning", "SICKNESS_BENEFIT", "aktivitetsersättning", "ACTIVITY_COMPENSATION",
                "sjukersättning", "ACTIVITY_COMPENSATION", "ekonomiskt bistånd", "SOCIAL_ASSISTANCE", "försörjningsstöd", "SOCIAL_ASSISTANCE",
                "a-kassa", "UNEMPLOYMENT_BENEFIT", "aktivitetsstöd", "UNEMPLOYMENT_BENEFIT", "lön", "SALARY_OR_STUDY_GRANT",
                "studiemedel", "SALARY_OR_STUDY_GRANT", "ingen", "NONE"));
        supports.put("annan", "OTHER");
        SUPPORTS = Map.copyOf(supports);
    }

    private static String coded(String raw, Text field, Map<String, String> codes) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        String code = codes.get(value.toLowerCase(java.util.Locale.ROOT));
        if (code == null) {
            throw new InvalidInputException(field, Text.of("error.okantVarde", value));
        }
        return code;
    }

    private static LocalDate date(String raw, Text field) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("error.datumetSkaSkrivasAaaaMm2", value));
        }
    }

    private static Boolean yesNo(String raw) {
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "" -> null;
            case "ja", "yes", "true" -> true;
            case "nej", "no", "false" -> false;
            default -> throw new InvalidInputException(Text.of("place.stegforflyttning"), Text.of("error.skrivJaNejEllerLamna"));
        };
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Map<String, Object> params(ParticipantFollowUp.RecordInput in) {
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

    static void validate(ParticipantFollowUp.RecordInput in) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        String code = in.code() == null ? "" : in.code().trim();
        if (IDENTITY_NUMBER.matcher(code.replace(" ", "")).find()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.kod"), Text.of("error.kodenSerUtSomEtt")));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.kod"), Text.of("error.kodenSkaVara220Tecken")));
        }
        if (in.legalSex() == null || !in.legalSex().equals(se.samordna.shared.LegalSex.read(in.legalSex()).map(Enum::name).orElse(null))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.juridisktKon"), Text.of("error.valjKvinnaEllerMan")));
        }
        if (!ParticipantFollowUp.AGE_BANDS.contains(String.valueOf(in.ageBand()))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.aldersgrupp"), Text.of("error.valjEnAldersgruppMellan16")));
        }
        if (!blank(in.homeMunicipality()) && !in.homeMunicipality().trim().matches("\\d{4}")) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.hemkommun"), Text.of("error.angeHemkommunensFyrsiffrigaKommunkodScb")));
        }
        if (!blank(in.education()) && java.util.Arrays.stream(ParticipantFollowUp.Education.values()).noneMatch(e -> e.name().equals(in.education()))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.utbildning"), Text.of("error.okandUtbildningsniva")));
        }
        for (Map.Entry<Text, String> support : List.of(Map.entry(Text.of("place.supportBefore"), java.util.Objects.toString(in.supportBefore(), "")),
                Map.entry(Text.of("place.supportAfter"), java.util.Objects.toString(in.supportAfter(), "")))) {
            if (!blank(support.getValue()) && java.util.Arrays.stream(ParticipantFollowUp.Support.values()).noneMatch(v -> v.name().equals(support.getValue().strip()))) {
                problems.add(InvalidInputException.Problem.of(support.getKey(), Text.of("error.valjHuvudsakligForsorjningUrListan")));
            }
        }
        if (in.startDate() == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.startdatum"), Text.of("error.angeNarDeltagarenBorjade")));
        } else if (in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.slutdatum"), Text.of("error.slutdatumLiggerForeStartdatum2")));
        }
        if (!blank(in.outcome())) {
            try {
                ParticipantFollowUp.Outcome.valueOf(in.outcome());
            } catch (IllegalArgumentException e) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.utfall2"), Text.of("error.okantUtfall", in.outcome())));
            }
            if (in.endDate() == null) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.slutdatum"), Text.of("error.ettUtfallAngesNarDeltagaren")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
