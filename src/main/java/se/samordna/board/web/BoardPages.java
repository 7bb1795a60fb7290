package se.samordna.board.web;

import se.samordna.shared.ItemId;
import se.samordna.shared.MeetingId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.board.BoardRegister;
import se.samordna.board.Meetings;
import se.samordna.board.Minutes;
import se.samordna.board.NoticeBoard;
import se.samordna.board.NoticeMail;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.Plans;
import se.samordna.plan.InitiativeState;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The board's pages for the office: the register (seats, terms, auditors, the notice and appeal periods), the meetings,
 * one meeting from agenda and notice through the minutes to their adjustment, and the registry. Board members who sign
 * in read the same pages.
 */
@Controller
class BoardPages {

    private final BoardRegister register;
    private final Meetings meetings;
    private final Minutes minutes;
    private final NoticeBoard noticeBoard;
    private final NoticeMail noticeMail;
    private final Plans plans;
    private final PlanCycle cycle;
    private final se.samordna.board.AdjusterLinks adjusterLinks;
    private final se.samordna.board.Attachments attachments;

    BoardPages(se.samordna.board.Attachments attachments, se.samordna.board.AdjusterLinks adjusterLinks, BoardRegister register, Meetings meetings, Minutes minutes, NoticeBoard noticeBoard, NoticeMail noticeMail, Plans plans,
               PlanCycle cycle) {
        this.register = register;
        this.meetings = meetings;
        this.minutes = minutes;
        this.noticeBoard = noticeBoard;
        this.noticeMail = noticeMail;
        this.plans = plans;
        this.cycle = cycle;
        this.adjusterLinks = adjusterLinks;
        this.attachments = attachments;
    }

    @GetMapping("/associations/{associationId}/board")
    String register(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("seats", register.seats(associationId));
        model.addAttribute("auditors", register.auditors(associationId));
        model.addAttribute("settings", noticeBoard.settings(associationId));
        model.addAttribute("members", plans.find(associationId).map(p -> p.plan().members().stream().map(m -> m.name()).toList()).orElse(List.of()));
        return "board/register";
    }

    @PostMapping("/associations/{associationId}/board/seats")
    @AssociationAccess(Role.ADMIN)
    String seatsFromPlan(@PathVariable AssociationId associationId) {
        register.seatsForMembers(associationId, plans.get(associationId).plan().members().stream().map(m -> m.name()).toList());
        return "redirect:/associations/" + associationId + "/board";
    }

    record TermForm(String seatId, String person, String email, String role, String termFrom, String termTo) {
    }

    @PostMapping("/associations/{associationId}/board/terms")
    @AssociationAccess(Role.ADMIN)
    String appoint(@PathVariable AssociationId associationId, TermForm form) {
        UUID seat = uuid(form.seatId(), Text.of("board.place.seat"));
        register.appoint(associationId, seat, form.person(), form.email(),
                BoardApi.parse(BoardRegister.BoardRole.class, form.role(), Text.of("board.place.role")),
                FormFields.date(form.termFrom(), Text.of("board.place.termFrom")), FormFields.date(form.termTo(), Text.of("board.place.termTo")));
        return "redirect:/associations/" + associationId + "/board#seat-" + seat;
    }

    record AuditorForm(String member, String person, String termFrom, String termTo) {
    }

    @PostMapping("/associations/{associationId}/board/auditors")
    @AssociationAccess(Role.ADMIN)
    String auditor(@PathVariable AssociationId associationId, AuditorForm form) {
        register.addAuditor(associationId, form.member(), form.person(), FormFields.date(form.termFrom(), Text.of("board.place.termFrom")),
                FormFields.date(form.termTo(), Text.of("board.place.termTo")));
        return "redirect:/associations/" + associationId + "/board#auditors";
    }

    record SettingsForm(String noticeDays, String appealDays, String publishMeetings) {
    }

    @PostMapping("/associations/{associationId}/board/settings")
    @AssociationAccess(Role.ADMIN)
    String settings(@PathVariable AssociationId associationId, SettingsForm form) {
        noticeBoard.change(associationId, FormFields.required(FormFields.whole(form.noticeDays(), Text.of("board.place.noticeDays")), Text.of("board.place.noticeDays")),
                FormFields.required(FormFields.whole(form.appealDays(), Text.of("board.place.appealDays")), Text.of("board.place.appealDays")),
                "true".equals(form.publishMeetings()));
        return "redirect:/associations/" + associationId + "/board#settings";
    }

    @GetMapping("/associations/{associationId}/meetings")
    String meetings(@PathVariable AssociationId associationId, Model model) {
        model.addAttribute("associationId", associationId);
        List<Meetings.Meeting> all = meetings.list(associationId);
        model.addAttribute("meetings", all);
        Map<UUID, Integer> counts = meetings.itemCounts(associationId);
        all.forEach(m -> counts.putIfAbsent(m.id(), 0));
        model.addAttribute("itemCounts", counts);
        // The plan the December board adopts: the open draft with the latest budget year, else none.
        var draft = cycle.periods(associationId).stream().filter(p -> p.status().open())
                .max(java.util.Comparator.comparingInt(se.samordna.plan.PlanPeriod::budgetYear)).orElse(null);
        model.addAttribute("packYear", draft == null ? null : draft.budgetYear());
        model.addAttribute("requesters", draft == null ? List.of() : plans.get(associationId, draft.id()).plan().members().stream()
                .filter(m -> m.kind() != se.samordna.plan.MemberKind.ARBETSFORMEDLINGEN)
                .map(m -> Map.of("name", m.name(), "slug", se.samordna.shared.Slug.of(m.name(), "member"))).toList());
        return "board/meetings";
    }

    record MeetingForm(String date, String startsAt, String place) {
    }

    @PostMapping("/associations/{associationId}/meetings")
    @AssociationAccess(Role.ADMIN)
    String createMeeting(@PathVariable AssociationId associationId, MeetingForm form) {
        Meetings.Meeting meeting = meetings.create(associationId, FormFields.required(FormFields.date(form.date(), Text.of("board.place.date")),
                Text.of("board.place.date")), form.startsAt(), form.place());
        return "redirect:/associations/" + associationId + "/meetings/" + meeting.id();
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}")
    @AssociationAccess(Role.ADMIN)
    String changeMeeting(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, MeetingForm form) {
        meetings.change(associationId, meetingId, FormFields.required(FormFields.date(form.date(), Text.of("board.place.date")), Text.of("board.place.date")),
                form.startsAt(), form.place());
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId;
    }

    @GetMapping("/associations/{associationId}/meetings/{meetingId}")
    String meeting(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, Model model) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        List<BoardRegister.Seat> seats = register.seats(associationId, meeting.date());
        List<Minutes.Attendance> attendance = Minutes.attendance(seats, meeting.present());
        NoticeBoard.Settings settings = noticeBoard.settings(associationId);
        model.addAttribute("associationId", associationId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("items", meetings.items(associationId, meetingId));
        model.addAttribute("seats", seats);
        model.addAttribute("attendance", attendance);
        model.addAttribute("quorum", Minutes.quorum(attendance));
        model.addAttribute("noticeDue", meeting.date().minusDays(settings.noticeDays()));
        model.addAttribute("settings", settings);
        var stored = plans.find(associationId).orElse(null);
        model.addAttribute("applications", stored == null ? List.of() : stored.plan().initiatives().stream()
                .filter(i -> i.state() == InitiativeState.APPLIED).toList());
        model.addAttribute("initiativeNames", stored == null ? Map.of() : stored.plan().initiatives().stream()
                .collect(java.util.stream.Collectors.toMap(i -> i.id(), i -> i.name(), (a, b) -> a)));
        model.addAttribute("openPlans", cycle.periods(associationId).stream().filter(p -> p.status().open()).toList());
        model.addAttribute("years", stored == null ? List.of() : stored.plan().budget().years().stream().map(y -> y.year()).toList());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
        model.addAttribute("mailConfigured", noticeMail.configured());
        model.addAttribute("adjusterRequests", adjusterLinks.requests(associationId, meetingId));
        model.addAttribute("attachments", attachments.of(associationId, meetingId));
        return "board/meeting";
    }

    record ItemForm(String title, String subjectType, String initiative, String plan, String year) {
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/items")
    @AssociationAccess(Role.ADMIN)
    String addItem(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, ItemForm form) {
        Meetings.SubjectType type = BoardApi.parse(Meetings.SubjectType.class, form.subjectType(), Text.of("board.place.subject"));
        String subject = type == null ? null : switch (type) {
            case INITIATIVE_APPLICATION -> form.initiative();
            case PLAN_ADOPTION, CONSULTATION -> form.plan();
            case ANNUAL_REPORT, INTERIM_REPORT -> form.year();
            default -> null;
        };
        meetings.addItem(associationId, meetingId, form.title(), type, subject);
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#agenda";
    }

    record StatementForm(String date, String text) {
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/items/{itemId}/statement")
    @AssociationAccess(Role.ADMIN)
    String statement(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @PathVariable ItemId itemId, StatementForm form) {
        meetings.recordStatement(associationId, itemId, FormFields.date(form.date(), Text.of("board.place.statementDate")), form.text());
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#item-" + itemId;
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/items/{itemId}/attachments")
    @AssociationAccess(Role.ADMIN)
    String attach(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @PathVariable ItemId itemId,
                  @RequestParam("file") org.springframework.web.multipart.MultipartFile file) throws java.io.IOException {
        if (file.getSize() > 10L * 1024 * 1024) {
            throw new InvalidInputException(Text.of("board.place.attachment"), Text.of("board.error.attachmentTooLarge",
                    fileName(file.getOriginalFilename()), 10));
        }
        attachments.add(associationId, itemId, file.getOriginalFilename(), file.getBytes());
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#item-" + itemId;
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/minutes")
    @AssociationAccess(Role.ADMIN)
    String recordMinutes(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, @RequestParam MultiValueMap<String, String> form) {
        List<UUID> present = new ArrayList<>();
        for (String id : form.getOrDefault("present", List.of())) {
            present.add(uuid(id, Text.of("board.place.present")));
        }
        List<String> adjusters = FormFields.lines(form.getFirst("adjusters"));
        List<Minutes.DecisionEntry> entries = new ArrayList<>();
        int row = 0;
        for (Meetings.Item item : meetings.items(associationId, meetingId)) {
            row++;
            String key = item.id().toString();
            Meetings.Decision decision = BoardApi.parse(Meetings.Decision.class, form.getFirst("decision[" + key + "]"), Text.of("board.place.decision", row));
            if (decision == null) {
                continue;
            }
            SortedMap<Integer, Money> amounts = new TreeMap<>();
            if (decision == Meetings.Decision.GRANT) {
                Map<String, String> byYear = new LinkedHashMap<>();
                form.forEach((name, values) -> {
                    String prefix = "amount[" + key + ":";
                    if (name.startsWith(prefix) && name.endsWith("]") && !values.isEmpty()) {
                        byYear.put(name.substring(prefix.length(), name.length() - 1), values.get(0));
                    }
                });
                amounts = FormFields.amountsByYear(byYear);
            }
            entries.add(new Minutes.DecisionEntry(item.id(), decision, amounts, form.getFirst("text[" + key + "]")));
        }
        String version = form.getFirst("version");
        minutes.record(associationId, meetingId, present, adjusters, entries, version == null || version.isBlank() ? null : FormFields.version(version));
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#minutes";
    }

    record AdjustForm(String signedOn) {
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/minutes/adjusted")
    @AssociationAccess(Role.ADMIN)
    String adjust(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId, AdjustForm form) {
        minutes.adjust(associationId, meetingId, FormFields.date(form.signedOn(), Text.of("board.place.signedOn")));
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "#adjustment";
    }

    @PostMapping("/associations/{associationId}/meetings/{meetingId}/notice")
    @AssociationAccess(Role.ADMIN)
    String sendNotice(@PathVariable AssociationId associationId, @PathVariable MeetingId meetingId) {
        NoticeMail.Sent sent = noticeMail.send(associationId, meetingId);
        return "redirect:/associations/" + associationId + "/meetings/" + meetingId + "?sent=" + sent.sent() + "&skipped=" + sent.withoutAddress() + "#notice";
    }

    @GetMapping("/associations/{associationId}/registry")
    String registry(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
                    Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("entries", meetings.registry(associationId, year == null || year < 2000 || year > 2100 ? null : year,
                q == null || q.length() > 100 ? null : q));
        Map<UUID, Meetings.Meeting> byId = new LinkedHashMap<>();
        meetings.list(associationId).forEach(m -> byId.put(m.id(), m));
        model.addAttribute("meetingsById", byId);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        return "board/registry";
    }

    private static String fileName(String name) {
        return name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name.replaceAll("\\p{Cntrl}", "");
    }

    private static UUID uuid(String raw, Text place) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(place, Text.of("board.error.unknownValue", raw == null ? "" : raw.length() > 40 ? raw.substring(0, 40) : raw));
        }
    }
}
