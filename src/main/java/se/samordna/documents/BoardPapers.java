package se.samordna.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.samordna.board.BoardRegister;
import se.samordna.board.Meetings;
import se.samordna.board.Minutes;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;

/**
 * The board's papers as document blocks: the notice with its agenda, the minutes (attendance and who served for whom, the
 * quorum, each paragraph's decision, the adjustment and the posting), and a member's request for funds. Plain Java: the
 * data comes in, Swedish documents come out.
 */
final class BoardPapers {

    /** What the minutes print: the meeting, the seats and attendance, the items with their decisions, and the posting. */
    record MinutesData(String association, Meetings.Meeting meeting, List<Minutes.Attendance> attendance, List<Meetings.Item> items,
                       Map<String, String> subjects, String chair, LocalDate postedOn, LocalDate appealUntil) {
    }

    /** What the notice prints: the agenda and, per item, the documents that go with it. */
    record NoticeData(String association, Meetings.Meeting meeting, List<Meetings.Item> items, Map<String, List<String>> documents) {
    }

    private BoardPapers() {
    }

    static String minutesTitle(Meetings.Meeting meeting) {
        return DocumentWords.of("doc.board.minutesTitle", meeting.date());
    }

    static String noticeTitle(Meetings.Meeting meeting) {
        return DocumentWords.of("doc.board.noticeTitle", meeting.date());
    }

    static List<Block> notice(NoticeData data, int level) {
        List<Block> blocks = new ArrayList<>();
        Meetings.Meeting m = data.meeting();
        blocks.add(new Block.Heading(level, noticeTitle(m)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.noticeIntro", data.association(), m.date(), when(m))));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.noticeTo")));
        blocks.add(new Block.Heading(level + 1, DocumentWords.of("doc.board.agenda")));
        List<String> agenda = new ArrayList<>();
        agenda.add(DocumentWords.of("doc.board.agendaOpening"));
        agenda.add(DocumentWords.of("doc.board.agendaAdjusters"));
        for (Meetings.Item item : data.items()) {
            List<String> docs = data.documents().getOrDefault(item.id().toString(), List.of());
            agenda.add(item.title() + " " + DocumentWords.of("doc.board.registryNumber", item.registryNumber())
                    + (docs.isEmpty() ? "" : " " + DocumentWords.of("doc.board.documents", String.join("; ", docs))));
        }
        agenda.add(DocumentWords.of("doc.board.agendaClosing"));
        blocks.add(new Block.Numbered(agenda));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.noticeAbsence")));
        return blocks;
    }

    static List<Block> minutes(MinutesData data) {
        List<Block> blocks = new ArrayList<>();
        Meetings.Meeting m = data.meeting();
        blocks.add(new Block.Heading(1, minutesTitle(m)));
        blocks.add(new Block.Paragraph(data.association()));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.timeAndPlace", m.date(), when(m))));
        if (!m.adjusted()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.draftMinutes")));
        }
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.board.attendance")));
        List<List<String>> rows = new ArrayList<>();
        for (Minutes.Attendance a : data.attendance()) {
            if (!a.present()) {
                continue;
            }
            String serving = a.seat().kind() == BoardRegister.SeatKind.ORDINARY ? DocumentWords.of("doc.board.servesOwnSeat")
                    : a.servingFor() == null ? DocumentWords.of("doc.board.deputyNotServing")
                    : a.servingFor().person() == null ? DocumentWords.of("doc.board.servesForSeat", a.servingFor().member())
                    : DocumentWords.of("doc.board.servesFor", a.servingFor().person(), a.servingFor().member());
            rows.add(List.of(a.seat().member(), DocumentWords.of("doc.board.kind." + a.seat().kind().name()), name(a.seat()), serving));
        }
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.board.member"), DocumentWords.of("doc.board.seat"), DocumentWords.of("doc.board.name"),
                DocumentWords.of("doc.board.serves")), rows, new boolean[4], List.of()));
        Minutes.Quorum quorum = Minutes.quorum(data.attendance());
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.quorum", quorum.serving(), quorum.seats())));
        for (Meetings.Item item : data.items()) {
            if (item.paragraph() == null) {
                continue;
            }
            blocks.add(new Block.Heading(2, "§ " + item.paragraph() + " " + item.title()));
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.registryNumberLine", item.registryNumber())));
            if (item.statement() != null) {
                blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.statement", item.statementOn(), item.statement())));
            }
            blocks.add(new Block.Paragraph(decision(item, data.subjects().getOrDefault(item.id().toString(), item.title()))));
            if (item.decision() != Meetings.Decision.NOTE && item.decisionText() != null) {
                blocks.add(new Block.Paragraph(item.decisionText()));
            }
        }
        blocks.add(new Block.Heading(2, DocumentWords.of("doc.board.adjustment")));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.adjusters", m.adjusters().isEmpty() ? "–" : String.join(", ", m.adjusters()))));
        if (m.adjusted()) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.adjustedOn", m.adjustedOn())));
        }
        List<String> signers = new ArrayList<>();
        signers.add(DocumentWords.of("doc.board.chair") + (data.chair() == null ? "" : ": " + data.chair()));
        m.adjusters().forEach(a -> signers.add(DocumentWords.of("doc.board.adjuster") + ": " + a));
        signers.add(DocumentWords.of("doc.board.secretary"));
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.board.signature"), ""), signers.stream().map(s -> List.of(s, "______________________________")).toList(),
                new boolean[2], List.of()));
        if (data.postedOn() != null) {
            blocks.add(new Block.Heading(2, DocumentWords.of("doc.board.posting")));
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.board.postingText", m.adjustedOn(), data.postedOn(), data.appealUntil())));
        }
        return blocks;
    }

    private static String decision(Meetings.Item item, String subject) {
        return switch (item.decision() == null ? Meetings.Decision.NOTE : item.decision()) {
            case GRANT -> DocumentWords.of("doc.board.decisionGrant", subject, amounts(item));
            case REFUSE -> DocumentWords.of("doc.board.decisionRefuse", subject);
            case ADOPT -> DocumentWords.of("doc.board.decisionAdopt", subject);
            case NOTE -> item.decisionText() != null ? item.decisionText() : DocumentWords.of("doc.board.decisionNote");
        };
    }

    private static String amounts(Meetings.Item item) {
        List<String> parts = new ArrayList<>();
        item.amounts().forEach((year, amount) -> parts.add(DocumentWords.of("doc.board.amountForYear", MoneyFormat.kronor(amount), year)));
        return String.join(", ", parts);
    }

    private static String name(BoardRegister.Seat seat) {
        return seat.person() == null ? DocumentWords.of("doc.board.unnamed") : seat.person();
    }

    private static String when(Meetings.Meeting m) {
        String time = m.startsAt() == null ? "" : DocumentWords.of("doc.board.at", m.startsAt());
        String place = m.place() == null ? "" : ", " + m.place();
        return time + place;
    }

    static String fundingTitle(FundingRequests.Request request) {
        return DocumentWords.of("doc.funding.title", request.member());
    }

    /** A member's request for funds: the amount per plan year, the split, the board's decision and a payment schedule. */
    static List<Block> fundingRequest(String association, String planLabel, String decision, FundingRequests.Request request, int level) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(level, fundingTitle(request)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.funding.fromTo", association, request.member())));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.funding.intro", planLabel, request.member())));
        List<List<String>> rows = new ArrayList<>();
        request.amounts().forEach((year, amount) -> rows.add(List.of(String.valueOf(year), MoneyFormat.kronor(amount))));
        rows.add(List.of(DocumentWords.of("doc.funding.total"), MoneyFormat.kronor(request.total())));
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.funding.year"), DocumentWords.of("doc.funding.amount")), rows,
                new boolean[] {false, true}, List.of(rows.size() - 1)));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.funding.split", request.split())));
        blocks.add(new Block.Heading(level + 1, DocumentWords.of("doc.funding.decisionHeading")));
        blocks.add(new Block.Paragraph(decision));
        blocks.add(new Block.Heading(level + 1, DocumentWords.of("doc.funding.paymentHeading")));
        blocks.add(new Block.Paragraph(DocumentWords.of("doc.funding.paymentBySamordna")));
        List<List<String>> payments = new ArrayList<>();
        request.amounts().forEach((year, amount) -> {
            long[] quarters = quarters(amount);
            for (int q = 0; q < 4; q++) {
                payments.add(List.of(DocumentWords.of("doc.funding.quarter", q + 1, year), LocalDate.of(year, q * 3 + 1, 1).toString(),
                        MoneyFormat.kronor(new Money(quarters[q]))));
            }
        });
        blocks.add(new Block.Table(List.of(DocumentWords.of("doc.funding.instalment"), DocumentWords.of("doc.funding.dueOn"),
                DocumentWords.of("doc.funding.amount")), payments, new boolean[] {false, false, true}, List.of()));
        return blocks;
    }

    /** A year's amount in four parts of whole kronor that add up exactly (the öre and the kronor left over in the first). */
    static long[] quarters(Money amount) {
        long kronor = amount.ore() / 100;
        long part = kronor / 4;
        long[] result = {part * 100, part * 100, part * 100, part * 100};
        result[0] += (kronor - part * 4) * 100 + amount.ore() % 100;
        return result;
    }
}
