package se.samordna.documents;

import se.samordna.shared.MeetingId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.board.BoardRegister;
import se.samordna.board.Meetings;
import se.samordna.board.Minutes;
import se.samordna.board.NoticeBoard;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The board's documents from the register, the meetings, the plans and the books: the notice, the minutes, each member's
 * request for funds and the December board pack (the notice, the economic report through the last month booked, the
 * draft plan, the consultation's responses per member and each member's contributions per plan year).
 */
@Service
public class BoardDocuments {

    /** A document: its title and blocks, rendered to PDF or DOCX by the caller's choice. */
    public record Paper(String title, String association, List<Block> blocks, String fileName) {
        public byte[] pdf() {
            return DocumentRenderer.pdf(title, association, blocks);
        }

        public byte[] docx() {
            return DocumentRenderer.docx(title, blocks);
        }
    }

    /** The plan a budget year's pack and requests are for, and the requests it gives. */
    public record FundingPlan(StoredPlan plan, PlanPeriod period, List<FundingRequests.Request> requests) {
    }

    private final BoardRegister register;
    private final Meetings meetings;
    private final NoticeBoard noticeBoard;
    private final Plans plans;
    private final PlanCycle cycle;
    private final LedgerFollowUp followUp;
    private final LedgerImports imports;
    private final se.samordna.board.Attachments attachments;

    BoardDocuments(se.samordna.board.Attachments attachments, BoardRegister register, Meetings meetings, NoticeBoard noticeBoard, Plans plans, PlanCycle cycle, LedgerFollowUp followUp,
                   LedgerImports imports) {
        this.register = register;
        this.meetings = meetings;
        this.noticeBoard = noticeBoard;
        this.plans = plans;
        this.cycle = cycle;
        this.followUp = followUp;
        this.imports = imports;
        this.attachments = attachments;
    }

    /** Who sits on the board for each member on {@code on}, as the plan document prints it (the chair and vice chair marked). */
    public Map<String, PlanDocument.BoardNames> roster(AssociationId associationId, LocalDate on) {
        Map<String, String[]> names = new LinkedHashMap<>();
        for (BoardRegister.Seat seat : register.seats(associationId, on)) {
            if (seat.current() == null) {
                continue;
            }
            String name = seat.current().role() == null ? seat.current().person()
                    : seat.current().person() + " (" + DocumentWords.of("doc.board.role." + seat.current().role().name()) + ")";
            String[] pair = names.computeIfAbsent(seat.member(), k -> new String[2]);
            int at = seat.kind() == BoardRegister.SeatKind.ORDINARY ? 0 : 1;
            pair[at] = pair[at] == null ? name : pair[at] + ", " + name;
        }
        Map<String, PlanDocument.BoardNames> roster = new LinkedHashMap<>();
        names.forEach((member, pair) -> roster.put(member, new PlanDocument.BoardNames(pair[0], pair[1])));
        return roster;
    }

    /** How the plan was adopted, for the adopted document: the day and the minutes, the consultation and its responses. */
    public PlanDocument.Adoption adoption(AssociationId associationId, UUID planId, Plan plan) {
        PlanPeriod period = cycle.period(associationId, PlanId.of(planId));
        List<PlanDocument.Response> responses = cycle.responses(associationId, PlanId.of(planId)).stream()
                .map(r -> new PlanDocument.Response(r.member(), r.receivedOn(), r.text())).toList();
        return new PlanDocument.Adoption(plan.association().decided(), plan.association().minutes(), period.consultationSentOn(), responses);
    }

    /** The annual report's signatories: the ordinary members on {@code on} (register order) and the auditors of that day. */
    public AnnualReport.Signatories signatories(AssociationId associationId, LocalDate on) {
        List<AnnualReport.Signer> board = new ArrayList<>();
        for (BoardRegister.Seat seat : register.seats(associationId, on)) {
            if (seat.kind() == BoardRegister.SeatKind.ORDINARY && seat.current() != null) {
                board.add(new AnnualReport.Signer(seat.current().person(), seat.member(),
                        seat.current().role() == null ? "" : DocumentWords.of("doc.board.role." + seat.current().role().name())));
            }
        }
        List<AnnualReport.Signer> auditors = register.auditors(associationId).stream()
                .filter(a -> a.person() != null && (a.from() == null || !a.from().isAfter(on)) && (a.to() == null || !a.to().isBefore(on)))
                .map(a -> new AnnualReport.Signer(a.person(), a.member(), "")).toList();
        return new AnnualReport.Signatories(board, auditors);
    }

    public Paper notice(AssociationId associationId, UUID meetingId) {
        Meetings.Meeting meeting = meetings.get(associationId, MeetingId.of(meetingId));
        String association = association(associationId);
        return new Paper(BoardPapers.noticeTitle(meeting), association, BoardPapers.notice(noticeData(associationId, meeting, association), 1),
                "kallelse-" + meeting.date());
    }

    private BoardPapers.NoticeData noticeData(AssociationId associationId, Meetings.Meeting meeting, String association) {
        List<Meetings.Item> items = meetings.items(associationId, MeetingId.of(meeting.id()));
        Map<String, List<String>> documents = new LinkedHashMap<>();
        List<se.samordna.board.Attachments.Attachment> files = attachments.of(associationId, MeetingId.of(meeting.id()));
        for (Meetings.Item item : items) {
            List<String> docs = new ArrayList<>();
            subject(associationId, item).ifPresent(docs::add);
            files.stream().filter(f -> f.itemId().equals(item.id())).forEach(f -> docs.add(f.name()));
            documents.put(item.id().toString(), docs);
        }
        return new BoardPapers.NoticeData(association, meeting, items, documents);
    }

    /** The minutes as they print now: a draft until adjusted, then with the adjustment and the posting. */
    public Paper minutes(AssociationId associationId, UUID meetingId, LocalDate postedOn) {
        Meetings.Meeting meeting = meetings.get(associationId, MeetingId.of(meetingId));
        List<BoardRegister.Seat> seats = register.seats(associationId, meeting.date());
        List<Meetings.Item> items = meetings.items(associationId, MeetingId.of(meetingId)).stream().filter(i -> i.paragraph() != null)
                .sorted(Comparator.comparing(Meetings.Item::paragraph)).toList();
        Map<String, String> subjects = new LinkedHashMap<>();
        items.forEach(i -> subject(associationId, i).ifPresent(s -> subjects.put(i.id().toString(), s)));
        String chair = seats.stream().filter(s -> s.current() != null && s.current().role() == BoardRegister.BoardRole.CHAIR)
                .map(BoardRegister.Seat::person).findFirst().orElse(null);
        LocalDate appealUntil = postedOn == null ? null : NoticeBoard.appealUntil(postedOn, noticeBoard.settings(associationId).appealDays());
        String association = association(associationId);
        BoardPapers.MinutesData data = new BoardPapers.MinutesData(association, meeting, Minutes.attendance(seats, meeting.present()), items,
                subjects, chair, postedOn, appealUntil);
        return new Paper(BoardPapers.minutesTitle(meeting), association, BoardPapers.minutes(data), "protokoll-" + meeting.date());
    }

    /** What an item decides, in words: the initiative's name, the plan period, the annual report's year. */
    private Optional<String> subject(AssociationId associationId, Meetings.Item item) {
        try {
            return switch (item.subjectType()) {
                case INITIATIVE_APPLICATION -> plans.get(associationId).plan().initiatives().stream().filter(i -> i.id().equals(item.subjectId()))
                        .findFirst().map(i -> DocumentWords.of("doc.board.subjectApplication", i.name()));
                case PLAN_ADOPTION -> Optional.of(DocumentWords.of("doc.board.subjectPlan",
                        cycle.period(associationId, PlanId.of(UUID.fromString(item.subjectId()))).label()));
                case ANNUAL_REPORT -> Optional.of(DocumentWords.of("doc.board.subjectAnnualReport", item.subjectId()));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The plan whose budget year is {@code budgetYear}: the open draft the board is to adopt, else the adopted plan. */
    public FundingPlan fundingPlan(AssociationId associationId, int budgetYear) {
        List<PlanPeriod> periods = cycle.periods(associationId).stream().filter(p -> p.budgetYear() == budgetYear).toList();
        PlanPeriod period = periods.stream().filter(p -> p.status().open()).findFirst()
                .or(() -> periods.stream().filter(p -> p.status() == PlanStatus.ADOPTED).findFirst())
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.noPlanForYear", budgetYear)));
        StoredPlan plan = plans.get(associationId, period.id());
        return new FundingPlan(plan, period, FundingRequests.of(plan.plan()));
    }

    public Paper fundingRequest(AssociationId associationId, int budgetYear, String member) {
        FundingPlan funding = fundingPlan(associationId, budgetYear);
        FundingRequests.Request request = funding.requests().stream().filter(r -> r.member().equals(member)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.noSuchMember", member)));
        Plan plan = funding.plan().plan();
        return new Paper(BoardPapers.fundingTitle(request), plan.association().name(),
                BoardPapers.fundingRequest(plan.association().name(), funding.period().label(), decision(funding.period()), request, 1),
                "begaran-om-medel-" + budgetYear + "-" + se.samordna.shared.Slug.of(member, "member"));
    }

    private static String decision(PlanPeriod period) {
        return period.adoptedOn() != null ? DocumentWords.of("doc.funding.decisionAdopted", period.label(), period.adoptedOn(),
                period.minutes() == null ? "" : period.minutes())
                : DocumentWords.of("doc.funding.decisionProposed", period.label());
    }

    /** The December pack for the meeting that adopts the plan for {@code budgetYear}. */
    @Transactional(readOnly = true)
    public Paper boardPack(AssociationId associationId, int budgetYear) {
        FundingPlan funding = fundingPlan(associationId, budgetYear);
        Plan plan = funding.plan().plan();
        String association = plan.association().name();
        List<Block> blocks = new ArrayList<>();
        Optional<Meetings.Meeting> meeting = adoptingMeeting(associationId, funding.period(), budgetYear);
        List<String> cover = new ArrayList<>();
        cover.add(meeting.map(m -> DocumentWords.of("doc.pack.forMeeting", m.date())).orElse(DocumentWords.of("doc.pack.noMeeting")));
        blocks.add(new Block.Cover(DocumentWords.of("doc.pack.title", budgetYear), DocumentWords.of("doc.pack.subtitle", funding.period().label()),
                association, cover));
        blocks.add(new Block.Contents(DocumentWords.of("doc.pack.contents")));
        if (meeting.isPresent()) {
            blocks.addAll(BoardPapers.notice(noticeData(associationId, meeting.get(), association), 2));
        }
        economicReport(associationId, budgetYear - 1, blocks);
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.pack.draftPlan", PlanDocument.title(plan))));
        for (Block block : PlanDocument.blocks(plan, new PlanDocument.Options(false, roster(associationId, LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))))) {
            if (block instanceof Block.Cover || block instanceof Block.Contents) {
                continue;
            }
            blocks.add(block instanceof Block.Heading h ? new Block.Heading(Math.min(4, h.level() + 1), h.text()) : block);
        }
        blocks.add(new Block.PageBreak());
        consultation(associationId, funding, blocks);
        contributions(funding, blocks);
        for (FundingRequests.Request request : funding.requests()) {
            blocks.add(new Block.PageBreak());
            blocks.addAll(BoardPapers.fundingRequest(association, funding.period().label(), decision(funding.period()), request, 2));
        }
        return new Paper(DocumentWords.of("doc.pack.title", budgetYear), association, blocks, "styrelsehandlingar-" + budgetYear);
    }

    private Optional<Meetings.Meeting> adoptingMeeting(AssociationId associationId, PlanPeriod period, int budgetYear) {
        return meetings.deciding(associationId, Meetings.SubjectType.PLAN_ADOPTION, period.id().toString())
                .or(() -> meetings.list(associationId).stream().filter(m -> m.date().getYear() == budgetYear - 1 && m.date().getMonthValue() >= 10)
                        .reduce((a, b) -> b));
    }

    private void economicReport(AssociationId associationId, int year, List<Block> blocks) {
        blocks.add(new Block.PageBreak());
        Optional<LedgerImports.Imported> books = imports.find(associationId, year);
        if (books.isEmpty()) {
            blocks.add(new Block.Heading(2, DocumentWords.of("doc.pack.economicReport", year)));
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.pack.noBooks", year)));
            return;
        }
        LedgerFollowUp.View view = followUp.view(associationId, year);
        String through = java.time.Month.of(Math.max(1, view.monthsBooked())).getDisplayName(java.time.format.TextStyle.FULL, Text.SWEDISH);
        String label = (view.monthsBooked() <= 1 ? through : DocumentWords.of("doc.pack.januaryThrough", through)) + " " + year;
        for (Block block : InterimReport.blocks(followUp.plan(associationId, year), label, view, List.of(), List.of(), books.get().generated())) {
            blocks.add(block instanceof Block.Heading h ? new Block.Heading(Math.min(4, h.level() + 1), h.text()) : block);
        }
    }

    private void consultation(AssociationId associationId, FundingPlan funding, List<Block> blocks) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.pack.consultation")));
        List<PlanCycle.Response> responses = cycle.responses(associationId, funding.period().id());
        if (funding.period().consultationSentOn() != null) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.pack.consultationSent", funding.period().consultationSentOn())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (se.samordna.plan.Member member : funding.plan().plan().members()) {
            List<PlanCycle.Response> theirs = responses.stream().filter(r -> r.member().equals(member.name())).toList();
            if (theirs.isEmpty()) {
                rows.add(List.of(member.name(), "–", DocumentWords.of("doc.pack.noResponse")));
            }
            for (PlanCycle.Response r : theirs) {
                rows.add(List.of(member.name(), r.receivedOn().toString(), summary(r.text())));
            }
        }
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.board.member"), DocumentWords.of("doc.pack.received"),
                DocumentWords.of("doc.pack.response")), rows, new boolean[3], List.of()));
    }

    /** A response shortened to its first 400 characters, at a word's end. */
    static String summary(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 400) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 400);
        return flat.substring(0, cut > 200 ? cut : 400) + " …";
    }

    private static void contributions(FundingPlan funding, List<Block> blocks) {
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.pack.contributions")));
        List<Integer> years = funding.requests().stream().flatMap(r -> r.amounts().keySet().stream()).distinct().sorted().toList();
        List<String> headers = new ArrayList<>();
        headers.add(DocumentWords.of("doc.board.member"));
        years.forEach(y -> headers.add(String.valueOf(y)));
        List<List<String>> rows = new ArrayList<>();
        for (FundingRequests.Request r : funding.requests()) {
            List<String> row = new ArrayList<>();
            row.add(r.member() + (r.splitBySamordna() ? " *" : ""));
            years.forEach(y -> row.add(se.samordna.shared.MoneyFormat.kronor(r.amounts().getOrDefault(y, se.samordna.shared.Money.ZERO))));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(DocumentWords.of("doc.funding.total"));
        years.forEach(y -> total.add(se.samordna.shared.MoneyFormat.kronor(funding.requests().stream()
                .map(r -> r.amounts().getOrDefault(y, se.samordna.shared.Money.ZERO)).reduce(se.samordna.shared.Money.ZERO, se.samordna.shared.Money::plus))));
        rows.add(total);
        boolean[] numeric = new boolean[headers.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        blocks.add(new Block.Table(headers, rows, numeric, List.of(rows.size() - 1)));
        if (funding.requests().stream().anyMatch(FundingRequests.Request::splitBySamordna)) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.pack.splitBySamordna")));
        }
    }

    private String association(AssociationId associationId) {
        return plans.find(associationId).map(p -> p.plan().association().name()).orElse("");
    }
}
