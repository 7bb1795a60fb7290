package se.samordna.board;

import se.samordna.shared.MeetingId;
import se.samordna.shared.AssociationId;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.notify.Mail;
import se.samordna.plan.Plans;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Sha256;
import se.samordna.shared.Text;

/**
 * Adjustment by e-mail: each adjuster named in the minutes gets a link of their own to read the minutes and confirm them.
 * When the last adjuster has confirmed, the minutes are adjusted on that day, as if the director had recorded the
 * signatures. The link's secret is stored only as its SHA-256, works once and for thirty days, and shows nothing but
 * these minutes.
 */
@Service
public class AdjusterLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int VALID_DAYS = 30;

    /** An adjuster's request: who, where it went, and whether (when) they confirmed. */
    public record Request(String adjuster, String email, LocalDate confirmedOn) {
    }

    /** What a link opens: the meeting and the adjuster it was sent to. */
    public record Holder(AssociationId associationId, UUID meetingId, String adjuster, LocalDate confirmedOn) {
    }

    public record Adjuster(String name, String email) {
    }

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Minutes minutes;
    private final Mail mail;
    private final Plans plans;
    private final AuditLog auditLog;

    AdjusterLinks(JdbcClient jdbc, Meetings meetings, Minutes minutes, Mail mail, Plans plans, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.minutes = minutes;
        this.mail = mail;
        this.plans = plans;
        this.auditLog = auditLog;
    }

    public List<Request> requests(AssociationId associationId, MeetingId meetingId) {
        return jdbc.sql("select adjuster, email, confirmed_on from board_adjustment_request where association_id = :a and meeting_id = :m order by sent_at, adjuster")
                .param("a", associationId.value()).param("m", meetingId.value())
                .query((rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    /**
     * Sends each adjuster their link. The adjusters must be the ones the minutes name; a link sent earlier to the same
     * adjuster stops working. Returns the links' paths (for the tests and for a director without e-mail to hand over).
     */
    @Transactional
    public Map<String, String> send(AssociationId associationId, MeetingId meetingId, List<Adjuster> adjusters) {
        Meetings.Meeting meeting = meetings.get(associationId, meetingId);
        Meetings.requireOpen(meeting);
        if (meeting.status() != Meetings.MinutesStatus.RECORDED) {
            throw new ConflictException(Text.of("board.error.noMinutesYet"));
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<Adjuster> given = adjusters == null ? List.of() : adjusters;
        if (given.isEmpty() || given.size() > 10) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.adjusters"), Text.of("board.error.adjusterLinks")));
        }
        for (Adjuster a : given) {
            if (a == null || a.name() == null || !meeting.adjusters().contains(a.name().strip())) {
                problems.add(InvalidInputException.Problem.of(Text.of("board.place.adjusters"), Text.of("board.error.notAnAdjuster",
                        a == null || a.name() == null ? "" : a.name().strip(), String.join(", ", meeting.adjusters()))));
            } else if (a.email() == null || a.email().strip().length() > 254 || !a.email().strip().matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+")) {
                problems.add(InvalidInputException.Problem.of(Text.of("board.place.email"), Text.of("board.error.email")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String association = plans.find(associationId).map(p -> p.plan().association().name()).orElse("");
        Map<String, String> links = new LinkedHashMap<>();
        for (Adjuster a : given) {
            String name = a.name().strip();
            jdbc.sql("delete from board_adjustment_request where meeting_id = :m and adjuster = :n").param("m", meetingId.value()).param("n", name).update();
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            jdbc.sql("""
                    insert into board_adjustment_request (token_hash, meeting_id, association_id, adjuster, email, expires_at)
                    values (:h, :m, :a, :n, :e, :x)""")
                    .param("h", Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))).param("m", meetingId.value()).param("a", associationId.value())
                    .param("n", name).param("e", a.email().strip()).param("x", OffsetDateTime.now().plusDays(VALID_DAYS)).update();
            String path = "/public/adjust/" + token;
            links.put(name, path);
            mail.send(new Mail.Message(a.email().strip(), Text.of("board.mail.adjustSubject", association, meeting.date()).swedish(),
                    Text.of("board.mail.adjustText", name, association, meeting.date(), mail.link(path), VALID_DAYS).swedish()));
        }
        auditLog.record(associationId, "minutes", meetingId, "adjustment-requested", Map.of("adjusters", new ArrayList<>(links.keySet())));
        return links;
    }

    public Optional<Holder> holder(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select association_id, meeting_id, adjuster, confirmed_on from board_adjustment_request
                where token_hash = :h and expires_at > now()""")
                .param("h", Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .query((rs, n) -> new Holder(AssociationId.of(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).optional();
    }

    /**
     * The adjuster confirms the minutes. When every adjuster the minutes name has confirmed (by link, or the director has
     * no link out for them), the minutes are adjusted today and the decisions take effect.
     */
    @Transactional
    public Meetings.Meeting confirm(String token) {
        Holder holder = holder(token).orElseThrow(() -> new NotFoundException(Text.of("board.error.adjustLinkInvalid")));
        Meetings.Meeting meeting = meetings.get(holder.associationId(), MeetingId.of(holder.meetingId()));
        if (meeting.adjusted() || holder.confirmedOn() != null) {
            return meeting;
        }
        LocalDate today = LocalDate.now(BoardRegister.SWEDEN);
        jdbc.sql("update board_adjustment_request set confirmed_on = :d where token_hash = :h").param("d", today)
                .param("h", Sha256.hex(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))).update();
        String actor = Text.of("board.adjusterActor", holder.adjuster()).swedish();
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
        try {
            auditLog.record(holder.associationId(), "minutes", holder.meetingId(), "adjuster-confirmed", Map.of("adjuster", holder.adjuster()));
            List<Request> requests = requests(holder.associationId(), MeetingId.of(holder.meetingId()));
            boolean all = meeting.adjusters().stream().allMatch(name -> requests.stream()
                    .anyMatch(r -> r.adjuster().equals(name) && r.confirmedOn() != null));
            return all ? minutes.adjust(holder.associationId(), MeetingId.of(holder.meetingId()), today) : meeting;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
