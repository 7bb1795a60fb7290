package se.samordna.board;

import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.notify.Mail;
import se.samordna.plan.Plans;
import se.samordna.shared.Text;

/**
 * Sends the notice by e-mail: to the ordinary members, and to the deputies for their information, each at the address in
 * the register. The letter is plain text (the agenda with its registry numbers); the documents follow on paper or from
 * the director. A notice sent later than the association's notice period is sent all the same, and said so.
 */
@Service
public class NoticeMail {

    /** How many letters went, how many seat holders have no address, and whether the notice went out late. */
    public record Sent(int sent, int withoutAddress, boolean late, LocalDate due) {
    }

    private final Mail mail;
    private final BoardRegister register;
    private final Meetings meetings;
    private final NoticeBoard noticeBoard;
    private final Plans plans;
    private final AuditLog auditLog;

    NoticeMail(Mail mail, BoardRegister register, Meetings meetings, NoticeBoard noticeBoard, Plans plans, AuditLog auditLog) {
        this.mail = mail;
        this.register = register;
        this.meetings = meetings;
        this.noticeBoard = noticeBoard;
        this.plans = plans;
        this.auditLog = auditLog;
    }

    public boolean configured() {
        return mail.configured();
    }

    @Transactional
    public Sent send(AssociationId associationId, MeetingId meetingId) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        Meetings.requireOpen(meeting);
        LocalDate today = LocalDate.now(BoardRegister.SWEDEN);
        LocalDate due = meeting.date().minusDays(noticeBoard.settings(associationId).noticeDays());
        String association = plans.find(associationId).map(p -> p.plan().association().name()).orElse("");
        String agenda = agenda(meetings.items(associationId, meetingId));
        String when = meeting.date() + (meeting.startsAt() == null ? "" : " " + meeting.startsAt()) + (meeting.place() == null ? "" : ", " + meeting.place());
        int sent = 0;
        int without = 0;
        for (BoardRegister.Seat seat : register.seats(associationId, meeting.date())) {
            if (seat.current() == null) {
                continue;
            }
            if (seat.current().email() == null) {
                without++;
                continue;
            }
            String text = (seat.kind() == BoardRegister.SeatKind.ORDINARY
                    ? Text.of("board.mail.noticeOrdinary", seat.current().person(), association, when, agenda)
                    : Text.of("board.mail.noticeDeputy", seat.current().person(), association, when, agenda)).swedish();
            if (mail.send(new Mail.Message(seat.current().email(), Text.of("board.mail.noticeSubject", association, meeting.date()).swedish(), text))) {
                sent++;
            }
        }
        meetings.noticeSent(associationId, meetingId, today);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sent", sent);
        details.put("withoutAddress", without);
        details.put("late", today.isAfter(due));
        auditLog.record(associationId, "meeting", meetingId, "notice-sent", details);
        return new Sent(sent, without, today.isAfter(due), due);
    }

    private static String agenda(List<Meetings.Item> items) {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Meetings.Item item : items) {
            lines.add(++n + ". " + item.title().replaceAll("[\\r\\n]+", " ") + " (" + item.registryNumber() + ")");
        }
        return String.join("\n", lines);
    }
}
