package se.samordna.board.web;

import se.samordna.shared.ItemId;
import se.samordna.shared.AttachmentId;
import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.samordna.board.BoardRegister;
import se.samordna.board.Meetings;
import se.samordna.board.Minutes;
import se.samordna.board.NoticeBoard;
import se.samordna.plan.Plans;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

@RestController
@Tag(name = "Board", description = "The board's year: seats and terms, meetings and items, minutes with quorum and paragraphs, adjustment after which decisions take effect, the registry")
class BoardApi {

    private final BoardRegister register;
    private final Meetings meetings;
    private final Minutes minutes;
    private final NoticeBoard noticeBoard;
    private final Plans plans;
    private final se.samordna.board.Attachments attachments;
    private final se.samordna.board.NoticeMail noticeMail;

    BoardApi(BoardRegister register, Meetings meetings, Minutes minutes, NoticeBoard noticeBoard, Plans plans,
             se.samordna.board.Attachments attachments, se.samordna.board.NoticeMail noticeMail) {
        this.attachments = attachments;
        this.noticeMail = noticeMail;
        this.register = register;
        this.meetings = meetings;
        this.minutes = minutes;
        this.noticeBoard = noticeBoard;
        this.plans = plans;
    }

    @GetMapping("/api/v1/associations/{associationId}/board")
    @Operation(summary = "The board register: each seat (member, ordinary or deputy) with the person holding it today and their term, and the auditors")
    Map<String, Object> board(@PathVariable AssociationId associationId) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("seats", register.seats(associationId).stream().map(BoardApi::seat).toList());
        result.put("auditors", register.auditors(associationId).stream().map(a -> {
            Map<String, Object> auditor = new LinkedHashMap<>();
            auditor.put("id", a.id());
            auditor.put("member", a.member());
            auditor.put("person", a.person() == null ? null : Map.of("name", a.person()));
            auditor.put("termFrom", a.from());
            auditor.put("termTo", a.to());
            return auditor;
        }).toList());
        return result;
    }

    static Map<String, Object> seat(BoardRegister.Seat s) {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("id", s.id());
        seat.put("member", s.member());
        seat.put("kind", s.kind().name());
        seat.put("person", s.current() == null ? null : Map.of("name", s.current().person()));
        seat.put("role", s.current() == null || s.current().role() == null ? null : s.current().role().name());
        seat.put("termFrom", s.current() == null ? null : s.current().from());
        seat.put("termTo", s.current() == null ? null : s.current().to());
        seat.put("callOrder", s.callOrder());
        seat.put("earlierTerms", s.terms().stream().filter(t -> t != s.current()).map(t -> Map.of("name", t.person(), "termFrom", t.from(),
                "termTo", t.to() == null ? "" : t.to().toString())).toList());
        return seat;
    }

    @PostMapping("/api/v1/associations/{associationId}/board/seats/from-plan")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "One ordinary and one deputy seat for each of the current plan's members that has none yet")
    Map<String, Object> seatsFromPlan(@PathVariable AssociationId associationId) {
        int added = register.seatsForMembers(associationId, plans.get(associationId).plan().members().stream().map(m -> m.name()).toList());
        Map<String, Object> result = board(associationId);
        result.put("added", added);
        return result;
    }

    record Appointment(String person, String email, String role, LocalDate termFrom, LocalDate termTo) {
    }

    @PostMapping("/api/v1/associations/{associationId}/board/seats/{seatId}/terms")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that the member appointed a person to the seat for a term (role CHAIR or VICE_CHAIR on an ordinary seat)")
    Map<String, Object> appoint(@PathVariable AssociationId associationId, @PathVariable UUID seatId, @RequestBody Appointment request) {
        BoardRegister.BoardRole role = parse(BoardRegister.BoardRole.class, request.role(), Text.of("board.place.role"));
        register.appoint(associationId, seatId, request.person(), request.email(), role, request.termFrom(), request.termTo());
        return seat(register.seat(associationId, seatId));
    }

    record CallOrder(Integer order) {
    }

    @PutMapping("/api/v1/associations/{associationId}/board/seats/{seatId}/call-order")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "The order in which a deputy is called to serve (1 first)")
    Map<String, Object> callOrder(@PathVariable AssociationId associationId, @PathVariable UUID seatId, @RequestBody CallOrder request) {
        register.callOrder(associationId, seatId, request.order() == null ? 0 : request.order());
        return seat(register.seat(associationId, seatId));
    }

    record NewAuditor(String member, String person, LocalDate termFrom, LocalDate termTo) {
    }

    @PostMapping("/api/v1/associations/{associationId}/board/auditors")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An auditor a member appointed")
    BoardRegister.Auditor auditor(@PathVariable AssociationId associationId, @RequestBody NewAuditor request) {
        return register.addAuditor(associationId, request.member(), request.person(), request.termFrom(), request.termTo());
    }

    record NewMeeting(LocalDate date, String startsAt, String place) {
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A board meeting: {\"date\": \"YYYY-MM-DD\"}, optionally startsAt (\"13:00\") and place or link")
    Map<String, Object> createMeeting(@PathVariable AssociationId associationId, @RequestBody NewMeeting request) {
        return meeting(meetings.create(associationId, request.date(), request.startsAt(), request.place()));
    }

    @PutMapping("/api/v1/associations/{associationId}/meetings/{meetingId}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Move the meeting or change its time and place, until its minutes are adjusted")
    Map<String, Object> changeMeeting(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestBody NewMeeting request) {
        return meeting(meetings.change(associationId, meetingId, request.date(), request.startsAt(), request.place()));
    }

    @GetMapping("/api/v1/associations/{associationId}/meetings")
    @Operation(summary = "The board's meetings, earliest first")
    List<Map<String, Object>> listMeetings(@PathVariable AssociationId associationId) {
        return meetings.list(associationId).stream().map(BoardApi::meeting).toList();
    }

    @GetMapping("/api/v1/associations/{associationId}/meetings/{meetingId}")
    @Operation(summary = "One meeting with its items, attendance and decisions")
    Map<String, Object> meeting(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        Map<String, Object> result = meeting(meeting);
        List<se.samordna.board.Attachments.Attachment> files = attachments.of(associationId, meetingId);
        result.put("items", meetings.items(associationId, meetingId).stream().map(i -> {
            Map<String, Object> item = item(i);
            item.put("attachments", files.stream().filter(f -> f.itemId().equals(i.id())).map(f -> Map.of("id", f.id(), "name", f.name(),
                    "size", f.size(), "sha256", f.sha256(), "url", "/api/v1/associations/" + associationId + "/attachments/" + f.id())).toList());
            return item;
        }).toList());
        List<Minutes.Attendance> attendance = Minutes.attendance(register.seats(associationId, meeting.date()), meeting.present());
        result.put("attendance", attendance.stream().filter(Minutes.Attendance::present).map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seat", a.seat().id());
            row.put("member", a.seat().member());
            row.put("kind", a.seat().kind().name());
            row.put("person", a.seat().person());
            row.put("servingFor", a.servingFor() == null ? null : a.servingFor().id());
            return row;
        }).toList());
        Minutes.Quorum quorum = Minutes.quorum(attendance);
        result.put("quorum", Map.of("serving", quorum.serving(), "seats", quorum.seats(), "reached", quorum.reached()));
        return result;
    }

    static Map<String, Object> meeting(Meetings.Meeting m) {
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("id", m.id());
        meeting.put("date", m.date());
        meeting.put("startsAt", m.startsAt());
        meeting.put("place", m.place());
        meeting.put("noticeSentOn", m.noticeSentOn());
        meeting.put("minutes", m.status().name());
        meeting.put("adjusters", m.adjusters());
        meeting.put("adjustedOn", m.adjustedOn());
        meeting.put("version", m.version());
        return meeting;
    }

    static Map<String, Object> item(Meetings.Item i) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", i.id());
        item.put("registryNumber", i.registryNumber());
        item.put("title", i.title());
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", i.subjectType().name());
        subject.put("id", i.subjectId());
        item.put("subject", subject);
        item.put("registeredOn", i.registeredOn());
        item.put("statement", i.statement() == null ? null : Map.of("date", String.valueOf(i.statementOn()), "text", i.statement()));
        item.put("paragraph", i.paragraph());
        item.put("decision", i.decision() == null ? null : i.decision().name());
        Map<String, Long> amounts = new LinkedHashMap<>();
        i.amounts().forEach((year, money) -> amounts.put(String.valueOf(year), money.kronor()));
        item.put("amounts", amounts);
        item.put("text", i.decisionText());
        return item;
    }

    record Subject(String type, String id) {
    }

    record NewItem(String title, Subject subject) {
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/items")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An item on the meeting's agenda with the next registry number of the meeting's year; subject INITIATIVE_APPLICATION (id: the initiative), PLAN_ADOPTION (id: the plan), ANNUAL_REPORT (id: the year) or OTHER")
    Map<String, Object> addItem(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestBody NewItem request) {
        Meetings.SubjectType type = request.subject() == null ? null
                : parse(Meetings.SubjectType.class, request.subject().type(), Text.of("board.place.subject"));
        return item(meetings.addItem(associationId, meetingId, request.title(), type, request.subject() == null ? null : request.subject().id()));
    }

    record Statement(LocalDate date, String text) {
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/items/{itemId}/statement")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "The preparation group's statement on the application, recorded from the group's notes")
    Map<String, Object> statement(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @PathVariable ItemId itemId,
                                  @RequestBody Statement request) {
        return item(meetings.recordStatement(associationId, itemId, request.date(), request.text()));
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/items/{itemId}/attachments")
    @AssociationAccess(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a PDF to the item: the body is the file (Content-Type application/pdf), ?name= its file name")
    se.samordna.board.Attachments.Attachment attach(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @PathVariable ItemId itemId,
                                                    @RequestParam(required = false) String name, @RequestBody byte[] body) {
        return attachments.add(associationId, itemId, name, body);
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/notice")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Send the notice by e-mail to the ordinary members and, for their information, the deputies; says whether it went out later than the notice period")
    se.samordna.board.NoticeMail.Sent sendNotice(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        return noticeMail.send(associationId, meetingId);
    }

    @GetMapping({"/api/v1/associations/{associationId}/attachments/{attachmentId}", "/associations/{associationId}/attachments/{attachmentId}"})
    @Operation(summary = "An item's attached PDF")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable AssociationId associationId, @PathVariable AttachmentId attachmentId) {
        se.samordna.board.Attachments.Attachment a = attachments.get(associationId, attachmentId.value());
        String safe = a.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe + "\"")
                .header("X-Content-SHA256", a.sha256()).contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(attachments.content(associationId, attachmentId));
    }

    record DecisionRequest(UUID itemId, String decision, Map<String, Long> amounts, String text) {
    }

    record MinutesRequest(List<UUID> present, List<String> adjusters, List<DecisionRequest> items, Long version) {
    }

    @PutMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/minutes")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record the minutes: the seats present, the adjusters and the decision under each item (GRANT with amounts per year in kronor, REFUSE, ADOPT, NOTE). Paragraphs continue the calendar year's numbering; 409 with the count when there is no quorum, and (with the meeting's version) when someone else saved the minutes since")
    Map<String, Object> recordMinutes(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestBody MinutesRequest request) {
        List<Minutes.DecisionEntry> entries = new ArrayList<>();
        List<DecisionRequest> items = request.items() == null ? List.of() : request.items();
        if (items.size() > 200) {
            throw new InvalidInputException(Text.of("board.place.items"), Text.of("board.error.tooManyItems", 200));
        }
        for (int i = 0; i < items.size(); i++) {
            DecisionRequest d = items.get(i);
            Meetings.Decision decision = parse(Meetings.Decision.class, d.decision(), Text.of("board.place.items"));
            entries.add(new Minutes.DecisionEntry(d.itemId(), decision, amounts(d.amounts(), i + 1), d.text()));
        }
        List<Meetings.Item> recorded = minutes.record(associationId, meetingId, request.present(), request.adjusters(), entries, request.version());
        return Map.of("items", recorded.stream().map(it -> Map.of("itemId", it.id(), "paragraph", it.paragraph())).toList());
    }

    record Adjustment(LocalDate signedOn) {
    }

    @PostMapping("/api/v1/associations/{associationId}/meetings/{meetingId}/minutes/adjusted")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Record that the minutes were adjusted (signed on signedOn): the decisions take effect and the minutes are frozen and posted on the notice board")
    Map<String, Object> adjusted(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestBody Adjustment request) {
        minutes.adjust(associationId, meetingId, request.signedOn());
        return meeting(associationId, meetingId);
    }

    @GetMapping("/api/v1/associations/{associationId}/registry")
    @Operation(summary = "The registry (diarium): every item with number, date, subject, status and decision; ?year= and ?q= search")
    List<Map<String, Object>> registry(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year,
                                       @RequestParam(required = false) String q) {
        return meetings.registry(associationId, year, q).stream().map(BoardApi::item).toList();
    }

    @GetMapping("/api/v1/associations/{associationId}/board/settings")
    @Operation(summary = "The notice period (days before a meeting), the appeal period (days after posting) and whether coming meetings are published")
    NoticeBoard.Settings settings(@PathVariable AssociationId associationId) {
        return noticeBoard.settings(associationId);
    }

    @PutMapping("/api/v1/associations/{associationId}/board/settings")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Change the notice and appeal periods")
    NoticeBoard.Settings changeSettings(@PathVariable AssociationId associationId, @RequestBody NoticeBoard.Settings request) {
        return noticeBoard.change(associationId, request.noticeDays(), request.appealDays(), request.publishMeetings());
    }

    static SortedMap<Integer, Money> amounts(Map<String, Long> raw, int row) {
        SortedMap<Integer, Money> result = new TreeMap<>();
        if (raw == null) {
            return result;
        }
        if (raw.size() > 20) {
            throw new InvalidInputException(Text.of("board.place.decision", row), Text.of("board.error.tooManyYears"));
        }
        raw.forEach((year, kronor) -> {
            if (year == null || !year.matches("20[0-9]{2}") || kronor == null || kronor < 0 || kronor > 1_000_000_000L) {
                throw new InvalidInputException(Text.of("board.place.decision", row), Text.of("board.error.amount", String.valueOf(year)));
            }
            result.put(Integer.parseInt(year), Money.ofKronor(kronor));
        });
        return result;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String raw, Text place) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(place, Text.of("board.error.unknownValue", raw.strip().length() > 40 ? raw.strip().substring(0, 40) : raw.strip()));
        }
    }
}
