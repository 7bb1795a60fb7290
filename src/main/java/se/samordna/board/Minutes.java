package se.samordna.board;

import se.samordna.shared.MeetingId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.board.BoardRegister.Seat;
import se.samordna.board.BoardRegister.SeatKind;
import se.samordna.board.Meetings.Decision;
import se.samordna.board.Meetings.Item;
import se.samordna.board.Meetings.Meeting;
import se.samordna.board.Meetings.SubjectType;
import se.samordna.initiative.Initiatives;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.Plans;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * The minutes, kept by the director: who attended and which deputy served for whom (in the order set at appointment), the
 * quorum (more than half of the ordinary seats served), the paragraphs numbered continuously through the calendar year, the
 * decision under each item and the adjusters. When the minutes are adjusted the decisions Samordna knows take effect —
 * a grant or refusal goes through the initiative's own verbs, an adoption freezes the plan as the board's adoption does,
 * an annual report is recorded as adopted — each naming the meeting and the paragraph; then the minutes are frozen.
 */
@Service
public class Minutes {

    /** One decision as the minutes record it. */
    public record DecisionEntry(UUID itemId, Decision decision, SortedMap<Integer, Money> amounts, String text) {
    }

    /** A seat at the meeting: present or not, and for a deputy the ordinary seat they served for. */
    public record Attendance(Seat seat, boolean present, Seat servingFor) {
        public boolean serves() {
            return present && (seat.kind() == SeatKind.ORDINARY || servingFor != null);
        }
    }

    public record Quorum(int serving, int seats) {
        public boolean reached() {
            return serving * 2 > seats;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Meetings meetings;
    private final BoardRegister register;
    private final Initiatives initiatives;
    private final PlanCycle cycle;
    private final Plans plans;
    private final ApplicationEventPublisher events;

    Minutes(JdbcClient jdbc, AuditLog auditLog, Meetings meetings, BoardRegister register, Initiatives initiatives, PlanCycle cycle,
            Plans plans, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.meetings = meetings;
        this.register = register;
        this.initiatives = initiatives;
        this.cycle = cycle;
        this.plans = plans;
        this.events = events;
    }

    /**
     * Who served: each ordinary member present serves in their seat; for each absent ordinary member the first present
     * deputy of the same member serves, and then, for seats still empty, the other present deputies in their call order.
     */
    public static List<Attendance> attendance(List<Seat> seats, List<UUID> present) {
        Set<UUID> here = new HashSet<>(present);
        Map<UUID, Seat> servingFor = new LinkedHashMap<>();
        List<Seat> empty = new ArrayList<>(seats.stream().filter(s -> s.kind() == SeatKind.ORDINARY && !here.contains(s.id())).toList());
        List<Seat> deputies = new ArrayList<>(BoardRegister.deputiesInCallOrder(seats).stream().filter(s -> here.contains(s.id())).toList());
        for (Seat seat : List.copyOf(empty)) {
            deputies.stream().filter(d -> d.member().equals(seat.member())).findFirst().ifPresent(d -> {
                servingFor.put(d.id(), seat);
                deputies.remove(d);
                empty.remove(seat);
            });
        }
        for (Seat seat : empty) {
            if (deputies.isEmpty()) {
                break;
            }
            servingFor.put(deputies.remove(0).id(), seat);
        }
        return seats.stream().map(s -> new Attendance(s, here.contains(s.id()), servingFor.get(s.id()))).toList();
    }

    public static Quorum quorum(List<Attendance> attendance) {
        int seats = (int) attendance.stream().filter(a -> a.seat().kind() == SeatKind.ORDINARY).count();
        int serving = (int) attendance.stream().filter(Attendance::serves).count();
        return new Quorum(serving, seats);
    }

    /**
     * Records (or records again, until adjusted) the minutes: attendance, adjusters and the decision under each item. The
     * items get their paragraphs in the order given, continuing the calendar year's numbering. Refused with the count when
     * the board had no quorum.
     */
    @Transactional
    public List<Item> record(AssociationId associationId, MeetingId meetingId, List<UUID> present, List<String> adjusters, List<DecisionEntry> decisions) {
        return record(associationId, meetingId, present, adjusters, decisions, null);
    }

    /**
     * As above, from the meeting's {@code version} the person started from (when given): minutes someone else saved since
     * are not overwritten, the save is refused with 409.
     */
    @Transactional
    public List<Item> record(AssociationId associationId, MeetingId meetingId, List<UUID> present, List<String> adjusters, List<DecisionEntry> decisions,
                             Long version) {
        jdbc.sql("select id from board_meeting where id = :m and association_id = :a for update").param("m", meetingId.value()).param("a", associationId.value())
                .query(UUID.class).optional();
        Meeting meeting = meetings.get(associationId, meetingId);
        Meetings.requireOpen(meeting);
        if (version != null && version != meeting.version()) {
            throw new ConflictException(Text.of("board.error.minutesMovedOn", meeting.date()));
        }
        List<Seat> seats = register.seats(associationId, meeting.date());
        List<UUID> here = present == null ? List.of() : present.stream().distinct().toList();
        for (UUID id : here) {
            if (seats.stream().noneMatch(s -> s.id().equals(id))) {
                throw new InvalidInputException(Text.of("board.place.present"), Text.of("board.error.unknownSeat", id));
            }
        }
        if (seats.isEmpty()) {
            throw new ConflictException(Text.of("board.error.noSeats"));
        }
        Quorum quorum = quorum(attendance(seats, here));
        if (!quorum.reached()) {
            throw new ConflictException(Text.of("board.error.noQuorum", quorum.serving(), quorum.seats(), quorum.seats() / 2 + 1));
        }
        List<String> names = adjusters == null ? List.of() : adjusters.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (names.size() > 10 || names.stream().anyMatch(n -> n.length() > 200)) {
            throw new InvalidInputException(Text.of("board.place.adjusters"), Text.of("board.error.adjusters"));
        }
        List<Item> items = meetings.items(associationId, meetingId);
        List<DecisionEntry> entries = decisions == null ? List.of() : decisions;
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            DecisionEntry entry = entries.get(i);
            Item item = items.stream().filter(it -> it.id().equals(entry.itemId())).findFirst().orElse(null);
            String place = Text.of("board.place.decision", i + 1).swedish();
            if (item == null || !seen.add(item.id())) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("board.error.itemNotOnMeeting", String.valueOf(entry.itemId()))));
                continue;
            }
            List<InvalidInputException.Problem> fit = DecisionRules.check(item, entry, place);
            problems.addAll(fit);
            if (fit.isEmpty()) {
                problems.addAll(canTakeEffect(associationId, meeting, item, entry, place));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int first = firstParagraph(associationId, meeting, items);
        jdbc.sql("update board_item set paragraph = null, decision = null, amounts = null, decision_text = null where meeting_id = :m")
                .param("m", meetingId.value()).update();
        for (int i = 0; i < entries.size(); i++) {
            DecisionEntry entry = entries.get(i);
            jdbc.sql("update board_item set paragraph = :p, decision = :d, amounts = cast(:am as jsonb), decision_text = :t where id = :i")
                    .param("p", first + i).param("d", entry.decision() == null ? Decision.NOTE.name() : entry.decision().name())
                    .param("am", entry.amounts() == null || entry.amounts().isEmpty() ? null : Meetings.amountsJson(entry.amounts()))
                    .param("t", entry.text() == null || entry.text().isBlank() ? null : entry.text().strip()).param("i", entry.itemId()).update();
        }
        jdbc.sql("update board_meeting set minutes_status = 'RECORDED', present = :p, adjusters = :j, version = version + 1 where id = :m")
                .param("p", here.toArray(UUID[]::new)).param("j", names.toArray(String[]::new)).param("m", meetingId.value()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meeting", meeting.date().toString());
        details.put("serving", quorum.serving() + "/" + quorum.seats());
        details.put("paragraphs", entries.isEmpty() ? "" : "§ " + first + "–" + (first + entries.size() - 1));
        details.put("adjusters", names);
        auditLog.record(associationId, "minutes", meetingId, "recorded", details);
        return meetings.items(associationId, meetingId).stream().filter(it -> it.paragraph() != null)
                .sorted(java.util.Comparator.comparing(Item::paragraph)).toList();
    }

    /**
     * What would stop a decision from taking effect at adjustment, found now so the director can put it right before the
     * minutes go for signing: an initiative already decided on, a plan that is no longer open. The grant's effect on the
     * budget, a missing statement or steering group are not among them: the minutes record what the board decided.
     */
    private List<InvalidInputException.Problem> canTakeEffect(AssociationId associationId, Meeting meeting, Item item, DecisionEntry entry, String place) {
        try {
            if (entry.decision() == Decision.GRANT) {
                se.samordna.plan.InitiativeWorkflow.grantAsDecided(plans.get(associationId).plan(), InitiativeId.of(item.subjectId()), meeting.date(),
                        place, new TreeMap<>(entry.amounts()), null);
            } else if (entry.decision() == Decision.REFUSE) {
                se.samordna.plan.InitiativeWorkflow.refuseAsDecided(plans.get(associationId).plan(), InitiativeId.of(item.subjectId()), meeting.date(),
                        place, place);
            } else if (entry.decision() == Decision.ADOPT && item.subjectType() == SubjectType.PLAN_ADOPTION
                    && !cycle.period(associationId, PlanId.of(UUID.fromString(item.subjectId()))).status().open()) {
                return List.of(InvalidInputException.Problem.of(place, Text.of("board.error.planNotOpen", item.registryNumber())));
            }
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(p -> InvalidInputException.Problem.of(place, Text.of("board.error.decisionWouldFail",
                    item.registryNumber(), (se.samordna.shared.Localized) p::message, (se.samordna.shared.Localized) p::place))).toList();
        } catch (se.samordna.shared.TextException e) {
            return List.of(InvalidInputException.Problem.of(place, Text.of("board.error.decisionWouldFail", item.registryNumber(),
                    (se.samordna.shared.Localized) e::message, "")));
        }
    }

    /** This meeting's first paragraph: where it already begins, else after the last paragraph of the calendar year so far. */
    private int firstParagraph(AssociationId associationId, Meeting meeting, List<Item> items) {
        Integer existing = items.stream().map(Item::paragraph).filter(p -> p != null).min(Integer::compare).orElse(null);
        if (existing != null) {
            return existing;
        }
        return jdbc.sql("""
                select coalesce(max(i.paragraph), 0) + 1 from board_item i join board_meeting m on m.id = i.meeting_id
                where m.association_id = :a and extract(year from m.date) = :y and m.id <> :m""")
                .param("a", associationId.value()).param("y", meeting.date().getYear()).param("m", meeting.id()).query(Integer.class).single();
    }

    /**
     * The minutes are adjusted (signed on {@code signedOn}): each decision takes effect in the same transaction, and the
     * minutes are frozen. A decision that cannot take effect (the initiative has moved on, the plan was adopted already)
     * refuses the adjustment, naming the paragraph, and nothing changes.
     */
    @Transactional
    public Meeting adjust(AssociationId associationId, MeetingId meetingId, LocalDate signedOn) {
        Meeting meeting = meetings.get(associationId, meetingId);
        Meetings.requireOpen(meeting);
        LocalDate today = LocalDate.now(BoardRegister.SWEDEN);
        if (meeting.status() != Meetings.MinutesStatus.RECORDED) {
            throw new ConflictException(Text.of("board.error.noMinutesYet"));
        }
        if (meeting.date().isAfter(today)) {
            throw new InvalidInputException(Text.of("board.place.date"), Text.of("board.error.meetingNotHeld", meeting.date()));
        }
        if (signedOn == null || signedOn.isBefore(meeting.date()) || signedOn.isAfter(today)) {
            throw new InvalidInputException(Text.of("board.place.signedOn"), Text.of("board.error.signedOn", meeting.date(), today));
        }
        List<Item> decided = meetings.items(associationId, meetingId).stream().filter(i -> i.paragraph() != null)
                .sorted(java.util.Comparator.comparing(Item::paragraph)).toList();
        for (Item item : decided) {
            takeEffect(associationId, meeting, item);
        }
        jdbc.sql("update board_meeting set minutes_status = 'ADJUSTED', adjusted_on = :s, adjusted_by = :b, version = version + 1 where id = :m")
                .param("s", signedOn).param("b", AuditLog.currentActor()).param("m", meetingId.value()).update();
        Meeting adjusted = meetings.get(associationId, meetingId);
        events.publishEvent(new MinutesAdjusted(associationId, meetingId.value(), today));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meeting", meeting.date().toString());
        details.put("signedOn", signedOn.toString());
        details.put("decisions", decided.stream().map(i -> "§ " + i.paragraph() + " " + i.registryNumber() + " " + i.decision()).toList());
        auditLog.record(associationId, "minutes", meetingId, "adjusted", details);
        return adjusted;
    }

    /** The reference a decision carries into the initiative, the plan and the audit log: the meeting and the paragraph. */
    public static String reference(Meeting meeting, Item item) {
        return Text.of("board.minutesReference", meeting.date().toString(), item.paragraph()).swedish();
    }

    private void takeEffect(AssociationId associationId, Meeting meeting, Item item) {
        String reference = reference(meeting, item);
        try {
            switch (item.subjectType()) {
                case INITIATIVE_APPLICATION -> {
                    if (item.decision() == Decision.GRANT || item.decision() == Decision.REFUSE) {
                        // Recorded as the board took it: a grant that leaves a year short is a finding on the plan, and a
                        // missing statement or steering group is named in the audit entry, not a refusal of the minutes.
                        initiatives.decideAsMinuted(associationId, InitiativeId.of(item.subjectId()), item.decision() == Decision.GRANT, meeting.date(), reference,
                                new TreeMap<>(item.amounts()), item.decisionText());
                    }
                }
                case PLAN_ADOPTION -> {
                    if (item.decision() == Decision.ADOPT) {
                        UUID planId = UUID.fromString(item.subjectId());
                        cycle.adopt(associationId, PlanId.of(planId), meeting.date(), reference, cycle.period(associationId, PlanId.of(planId)).version(), true);
                    }
                }
                case ANNUAL_REPORT -> {
                    if (item.decision() == Decision.ADOPT) {
                        jdbc.sql("""
                                insert into annual_report_adoption (association_id, year, adopted_on, meeting_id, paragraph) values (:a, :y, :d, :m, :p)
                                on conflict (association_id, year) do update set adopted_on = excluded.adopted_on, meeting_id = excluded.meeting_id,
                                paragraph = excluded.paragraph""")
                                .param("a", associationId.value()).param("y", Integer.parseInt(item.subjectId())).param("d", meeting.date())
                                .param("m", meeting.id()).param("p", item.paragraph()).update();
                        auditLog.record(associationId, "annual-report", item.subjectId(), "adopted", Map.of("minutes", reference));
                    }
                }
                default -> {
                }
            }
        } catch (se.samordna.shared.TextException | InvalidInputException e) {
            throw new ConflictException(Text.of("board.error.decisionCannotTakeEffect", item.paragraph(), item.registryNumber(),
                    (se.samordna.shared.Localized) locale -> e instanceof InvalidInputException invalid ? invalid.message(locale)
                            : ((se.samordna.shared.TextException) e).message(locale)));
        }
    }
}
