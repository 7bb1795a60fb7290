package se.samordna.board;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.ItemId;
import se.samordna.shared.MeetingId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.initiative.Initiatives;
import se.samordna.plan.Plans;
import se.samordna.plan.Initiative;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The board's meetings and their items (ärenden). Each item gets a registry number unique per association and year
 * ({@code 2026/14}) and may be tied to what it decides: an initiative's application, a plan period, the annual report.
 * The preparation group's statement on an application is recorded here by the director from the group's notes.
 */
@Service
public class Meetings {

    public enum MinutesStatus { NONE, RECORDED, ADJUSTED }

    public enum SubjectType { INITIATIVE_APPLICATION, PLAN_ADOPTION, ANNUAL_REPORT, INTERIM_REPORT, CONSULTATION, OTHER }

    public enum Decision { GRANT, REFUSE, ADOPT, NOTE }

    public record Meeting(UUID id, AssociationId associationId, LocalDate date, String startsAt, String place, LocalDate noticeSentOn,
                          MinutesStatus status, List<UUID> present, List<String> adjusters, LocalDate adjustedOn, String adjustedBy,
                          long version) {
        public boolean adjusted() {
            return status == MinutesStatus.ADJUSTED;
        }
    }

    public record Item(UUID id, UUID meetingId, String registryNumber, int registryYear, String title, SubjectType subjectType,
                       String subjectId, LocalDate registeredOn, LocalDate statementOn, String statement, Integer paragraph,
                       Decision decision, SortedMap<Integer, Money> amounts, String decisionText) {
    }

    private static final String MEETING_COLUMNS = "id, association_id, date, starts_at, place, notice_sent_on, minutes_status, present, "
            + "adjusters, adjusted_on, adjusted_by, version";
    private static final String ITEM_COLUMNS = "id, meeting_id, registry_year, registry_no, title, subject_type, subject_id, registered_on, "
            + "statement_on, statement, paragraph, decision, amounts::text, decision_text";
    static final int MAX_ITEMS = 200;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Plans plans;
    private final Initiatives initiatives;

    Meetings(JdbcClient jdbc, AuditLog auditLog, Plans plans, Initiatives initiatives) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.plans = plans;
        this.initiatives = initiatives;
    }

    /** The meetings, earliest first. */
    public List<Meeting> list(AssociationId associationId) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from board_meeting where association_id = :a order by date, id")
                .param("a", associationId.value()).query((rs, n) -> meeting(rs)).list();
    }

    public Meeting get(AssociationId associationId, MeetingId meetingId) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from board_meeting where association_id = :a and id = :m")
                .param("a", associationId.value()).param("m", meetingId.value()).query((rs, n) -> meeting(rs)).optional()
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.meetingNotFound")));
    }

    /** How many items each meeting has, in one query. */
    public Map<UUID, Integer> itemCounts(AssociationId associationId) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select meeting_id, count(*) from board_item where association_id = :a group by meeting_id").param("a", associationId.value())
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** The earliest meeting with an item on {@code subjectId} of the kind {@code type}, in one query. */
    public Optional<Meeting> deciding(AssociationId associationId, SubjectType type, String subjectId) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from board_meeting where association_id = :a and exists (select 1 from board_item i"
                        + " where i.meeting_id = board_meeting.id and i.subject_type = :t and i.subject_id = :s) order by date limit 1")
                .param("a", associationId.value()).param("t", type.name()).param("s", subjectId).query((rs, n) -> meeting(rs)).optional();
    }

    @Transactional
    public Meeting create(AssociationId associationId, LocalDate date, String startsAt, String place) {
        requireMeetingFields(date, startsAt, place);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into board_meeting (id, association_id, date, starts_at, place) values (:id, :a, :d, :s, :p)")
                .param("id", id).param("a", associationId.value()).param("d", date).param("s", blankToNull(startsAt)).param("p", blankToNull(place)).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("date", date.toString());
        details.put("place", place == null ? "" : place.strip());
        auditLog.record(associationId, "meeting", id, "created", details);
        return get(associationId, MeetingId.of(id));
    }

    /** Moves the meeting or changes its place, until its minutes are adjusted. */
    @Transactional
    public Meeting change(AssociationId associationId, MeetingId meetingId, LocalDate date, String startsAt, String place) {
        Meeting meeting = get(associationId, meetingId);
        requireOpen(meeting);
        requireMeetingFields(date, startsAt, place);
        if (date.getYear() != meeting.date().getYear() && !items(associationId, meetingId).isEmpty()) {
            // Its items are numbered in the registry of the meeting's year, and its paragraphs would be too.
            throw new ConflictException(Text.of("board.error.moveAcrossYear", meeting.date().getYear(), date.getYear()));
        }
        jdbc.sql("update board_meeting set date = :d, starts_at = :s, place = :p, version = version + 1 where id = :m")
                .param("d", date).param("s", blankToNull(startsAt)).param("p", blankToNull(place)).param("m", meetingId.value()).update();
        auditLog.record(associationId, "meeting", meetingId, "changed", Map.of("date", date.toString(), "place", place == null ? "" : place.strip()));
        return get(associationId, meetingId);
    }

    @Transactional
    public void noticeSent(AssociationId associationId, MeetingId meetingId, LocalDate sentOn) {
        jdbc.sql("update board_meeting set notice_sent_on = :s where id = :m and association_id = :a")
                .param("s", sentOn).param("m", meetingId.value()).param("a", associationId.value()).update();
    }

    public List<Item> items(AssociationId associationId, MeetingId meetingId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from board_item where association_id = :a and meeting_id = :m order by position")
                .param("a", associationId.value()).param("m", meetingId.value()).query((rs, n) -> item(rs)).list();
    }

    public Item item(AssociationId associationId, ItemId itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from board_item where association_id = :a and id = :i")
                .param("a", associationId.value()).param("i", itemId.value()).query((rs, n) -> item(rs)).optional()
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.itemNotFound")));
    }

    /** Every item of the association (the registry), newest first; {@code query} searches title, number and decision. */
    public List<Item> registry(AssociationId associationId, Integer year, String query) {
        String q = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + ITEM_COLUMNS + " from board_item where association_id = :a and (:y::int is null or registry_year = :y::int)"
                        + " and (:q::text is null or lower(title || ' ' || registry_year || '/' || registry_no || ' ' || coalesce(decision_text, '')) like :q::text)"
                        + " order by registry_year desc, registry_no desc limit 2000")
                .param("a", associationId.value()).param("y", year).param("q", q).query((rs, n) -> item(rs)).list();
    }

    /** A new item on the meeting's agenda, with the next registry number of the meeting's year. */
    @Transactional
    public Item addItem(AssociationId associationId, MeetingId meetingId, String title, SubjectType type, String subjectId) {
        Meeting meeting = get(associationId, meetingId);
        requireOpen(meeting);
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new InvalidInputException(Text.of("board.place.title"), Text.of("board.error.title"));
        }
        SubjectType subject = type == null ? SubjectType.OTHER : type;
        String id = requireSubject(associationId, subject, subjectId);
        int year = meeting.date().getYear();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", associationId + "/" + year).query(rs -> { });
        Integer count = jdbc.sql("select count(*) from board_item where meeting_id = :m").param("m", meetingId.value()).query(Integer.class).single();
        if (count >= MAX_ITEMS) {
            throw new InvalidInputException(Text.of("board.place.title"), Text.of("board.error.tooManyItems", MAX_ITEMS));
        }
        int number = jdbc.sql("select coalesce(max(registry_no), 0) + 1 from board_item where association_id = :a and registry_year = :y")
                .param("a", associationId.value()).param("y", year).query(Integer.class).single();
        UUID itemId = UUID.randomUUID();
        jdbc.sql("""
                insert into board_item (id, association_id, meeting_id, registry_year, registry_no, title, subject_type, subject_id, position, registered_on)
                values (:id, :a, :m, :y, :n, :t, :st, :si, :p, :r)""")
                .param("id", itemId).param("a", associationId.value()).param("m", meetingId.value()).param("y", year).param("n", number)
                .param("t", title.strip()).param("st", subject.name()).param("si", id).param("p", count + 1)
                .param("r", LocalDate.now(BoardRegister.SWEDEN)).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("registryNumber", year + "/" + number);
        details.put("title", title.strip());
        details.put("subject", subject.name() + (id == null ? "" : " " + id));
        auditLog.record(associationId, "meeting-item", itemId, "registered", details);
        return item(associationId, ItemId.of(itemId));
    }

    /**
     * The preparation group's statement on the application an item decides, recorded by the director from the group's
     * notes; it goes onto the initiative as its statement, so the board decides on it.
     */
    @Transactional
    public Item recordStatement(AssociationId associationId, ItemId itemId, LocalDate date, String text) {
        Item item = item(associationId, itemId);
        requireOpen(get(associationId, MeetingId.of(item.meetingId())));
        if (item.subjectType() != SubjectType.INITIATIVE_APPLICATION) {
            throw new InvalidInputException(Text.of("board.place.statement"), Text.of("board.error.statementOnlyApplication"));
        }
        if (text != null && text.length() > 20_000) {
            throw new InvalidInputException(Text.of("board.place.statement"), Text.of("board.error.textTooLong", 20_000));
        }
        initiatives.giveStatement(associationId, InitiativeId.of(item.subjectId()), date, text, plans.get(associationId).version());
        jdbc.sql("update board_item set statement_on = :d, statement = :t where id = :i").param("d", date).param("t", text.strip())
                .param("i", itemId.value()).update();
        return item(associationId, itemId);
    }

    private String requireSubject(AssociationId associationId, SubjectType type, String subjectId) {
        String id = subjectId == null || subjectId.isBlank() ? null : subjectId.strip();
        switch (type) {
            case INITIATIVE_APPLICATION -> {
                Optional<Initiative> initiative = id == null ? Optional.empty()
                        : plans.get(associationId).plan().initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
                if (initiative.isEmpty()) {
                    throw new InvalidInputException(Text.of("board.place.subject"), Text.of("board.error.noSuchInitiative", id == null ? "" : id));
                }
            }
            case PLAN_ADOPTION -> {
                try {
                    plans.get(associationId, PlanId.of(UUID.fromString(id == null ? "" : id)));
                } catch (IllegalArgumentException | NotFoundException e) {
                    throw new InvalidInputException(Text.of("board.place.subject"), Text.of("board.error.noSuchPlan", id == null ? "" : id));
                }
            }
            case ANNUAL_REPORT -> {
                if (id == null || !id.matches("20[0-9]{2}")) {
                    throw new InvalidInputException(Text.of("board.place.subject"), Text.of("board.error.annualReportYear"));
                }
            }
            default -> {
                if (id != null && id.length() > 200) {
                    throw new InvalidInputException(Text.of("board.place.subject"), Text.of("board.error.textTooLong", 200));
                }
            }
        }
        return id;
    }

    static void requireOpen(Meeting meeting) {
        if (meeting.adjusted()) {
            throw new ConflictException(Text.of("board.error.minutesAdjusted", meeting.date(), meeting.adjustedOn()));
        }
    }

    private static void requireMeetingFields(LocalDate date, String startsAt, String place) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.date"), Text.of("board.error.meetingDate")));
        }
        if (startsAt != null && !startsAt.isBlank() && !startsAt.strip().matches("([01][0-9]|2[0-3])[:.][0-5][0-9]")) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.startsAt"), Text.of("board.error.startsAt")));
        }
        if (place != null && place.strip().length() > 300) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.place"), Text.of("board.error.textTooLong", 300)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Meeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID[] present = (UUID[]) rs.getArray(8).getArray();
        String[] adjusters = (String[]) rs.getArray(9).getArray();
        return new Meeting(rs.getObject(1, UUID.class), AssociationId.of(rs.getObject(2, UUID.class)), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), MinutesStatus.valueOf(rs.getString(7)), Arrays.asList(present),
                Arrays.asList(adjusters), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getLong(12));
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        String decision = rs.getString(12);
        return new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3) + "/" + rs.getInt(4), rs.getInt(3),
                rs.getString(5), SubjectType.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getString(10), (Integer) rs.getObject(11),
                decision == null ? null : Decision.valueOf(decision), amounts(rs.getString(13)), rs.getString(14));
    }

    /** Amounts kept as {"2026": öre}. */
    static SortedMap<Integer, Money> amounts(String json) {
        SortedMap<Integer, Money> result = new TreeMap<>();
        if (json == null) {
            return result;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([0-9]{4})\"\\s*:\\s*(-?[0-9]+)").matcher(json);
        while (m.find()) {
            result.put(Integer.parseInt(m.group(1)), new Money(Long.parseLong(m.group(2))));
        }
        return result;
    }

    static String amountsJson(SortedMap<Integer, Money> amounts) {
        StringBuilder json = new StringBuilder("{");
        amounts.forEach((year, money) -> json.append(json.length() > 1 ? "," : "").append('"').append(year).append("\":").append(money.ore()));
        return json.append('}').toString();
    }
}
