package se.samordna.board;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The board register: the seats the charter gives per member (ordinary and deputy), the person in each seat for the term
 * the member appointed them for (earlier terms kept), the order deputies are called to serve, chair and vice chair, and the
 * auditors each member appoints. Board members are people in public office: name and, for the notice, a work address.
 */
@Service
public class BoardRegister {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    public enum SeatKind { ORDINARY, DEPUTY }

    public enum BoardRole { CHAIR, VICE_CHAIR }

    public record Term(UUID id, String person, String email, BoardRole role, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    /** A seat; {@code current} the term covering today (null when nobody holds it), {@code terms} every term, newest first. */
    public record Seat(UUID id, String member, SeatKind kind, int position, Integer callOrder, Term current, List<Term> terms) {
        public String person() {
            return current == null ? null : current.person();
        }
    }

    public record Auditor(UUID id, String member, String person, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    BoardRegister(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** The seats in the register's order: members as the charter lists them, ordinary before deputy. */
    public List<Seat> seats(AssociationId associationId) {
        return seats(associationId, LocalDate.now(SWEDEN));
    }

    public List<Seat> seats(AssociationId associationId, LocalDate on) {
        Map<UUID, List<Term>> terms = new LinkedHashMap<>();
        jdbc.sql("""
                select t.seat_id, t.id, t.person, t.email, t.role, t.term_from, t.term_to from board_term t
                join board_seat s on s.id = t.seat_id where s.association_id = :a order by t.term_from desc""")
                .param("a", associationId.value()).query(rs -> {
                    String role = rs.getString(5);
                    terms.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Term(rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), role == null ? null : BoardRole.valueOf(role),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
                });
        return jdbc.sql("select id, member, kind, position, call_order from board_seat where association_id = :a order by position, kind desc")
                .param("a", associationId.value()).query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<Term> seatTerms = List.copyOf(terms.getOrDefault(id, List.of()));
                    Term current = seatTerms.stream().filter(t -> t.covers(on)).findFirst().orElse(null);
                    return new Seat(id, rs.getString(2), SeatKind.valueOf(rs.getString(3)), rs.getInt(4), (Integer) rs.getObject(5), current, seatTerms);
                }).list();
    }

    public Seat seat(AssociationId associationId, UUID seatId) {
        return seats(associationId).stream().filter(s -> s.id().equals(seatId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("board.error.seatNotFound")));
    }

    /**
     * Gives each member one ordinary seat and one deputy seat, in the members' order, where the register has no seat for
     * that member yet; deputies are called in the members' order. Returns how many seats were added.
     */
    @Transactional
    public int seatsForMembers(AssociationId associationId, List<String> members) {
        List<Seat> existing = seats(associationId);
        int position = existing.stream().mapToInt(Seat::position).max().orElse(0);
        int added = 0;
        for (String member : members) {
            if (existing.stream().anyMatch(s -> s.member().equals(member))) {
                continue;
            }
            position++;
            insertSeat(associationId, member, SeatKind.ORDINARY, position, null);
            insertSeat(associationId, member, SeatKind.DEPUTY, position, position);
            added += 2;
        }
        if (added > 0) {
            auditLog.record(associationId, "board", associationId, "seats-added", Map.of("members", members, "seats", added));
        }
        return added;
    }

    private void insertSeat(AssociationId associationId, String member, SeatKind kind, int position, Integer callOrder) {
        jdbc.sql("insert into board_seat (id, association_id, member, kind, position, call_order) values (:id, :a, :m, :k, :p, :c)")
                .param("id", UUID.randomUUID()).param("a", associationId.value()).param("m", member).param("k", kind.name())
                .param("p", position).param("c", callOrder).update();
    }

    /**
     * The member appointed {@code person} to the seat from {@code from} (to {@code to}, open when null). A term still open
     * on the seat ends the day before; a chair or vice chair elsewhere keeps their seat but loses the role from that day.
     */
    @Transactional
    public Term appoint(AssociationId associationId, UUID seatId, String person, String email, BoardRole role, LocalDate from, LocalDate to) {
        Seat seat = seat(associationId, seatId);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (person == null || person.isBlank() || person.strip().length() > 200) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.person"), Text.of("board.error.personName")));
        }
        if (email != null && !email.isBlank() && (email.strip().length() > 254 || !email.strip().matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+"))) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.email"), Text.of("board.error.email")));
        }
        if (from == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.termFrom"), Text.of("board.error.termFrom")));
        } else if (to != null && to.isBefore(from)) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.termTo"), Text.of("board.error.termTo", from)));
        }
        if (role != null && seat.kind() != SeatKind.ORDINARY) {
            problems.add(InvalidInputException.Problem.of(Text.of("board.place.role"), Text.of("board.error.roleOnDeputy")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("update board_term set term_to = :end where seat_id = :s and term_from < :from and (term_to is null or term_to >= :from)")
                .param("end", from.minusDays(1)).param("s", seatId).param("from", from).update();
        if (role != null) {
            jdbc.sql("""
                    update board_term set role = null where role = :r and seat_id in (select id from board_seat where association_id = :a)
                    and (term_to is null or term_to >= :from)""").param("r", role.name()).param("a", associationId.value()).param("from", from).update();
        }
        UUID id = UUID.randomUUID();
        String cleanEmail = email == null || email.isBlank() ? null : email.strip();
        jdbc.sql("insert into board_term (id, seat_id, person, email, role, term_from, term_to) values (:id, :s, :p, :e, :r, :f, :t)")
                .param("id", id).param("s", seatId).param("p", person.strip()).param("e", cleanEmail)
                .param("r", role == null ? null : role.name()).param("f", from).param("t", to).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", seat.member());
        details.put("seat", seat.kind().name());
        details.put("person", person.strip());
        details.put("role", role == null ? "" : role.name());
        details.put("from", from.toString());
        details.put("to", to == null ? "" : to.toString());
        auditLog.record(associationId, "board-seat", seatId, "appointed", details);
        return new Term(id, person.strip(), cleanEmail, role, from, to);
    }

    /** Sets the order in which a deputy is called to serve (1 first). */
    @Transactional
    public void callOrder(AssociationId associationId, UUID seatId, int order) {
        Seat seat = seat(associationId, seatId);
        if (seat.kind() != SeatKind.DEPUTY || order < 1 || order > 1000) {
            throw new InvalidInputException(Text.of("board.place.callOrder"), Text.of("board.error.callOrder"));
        }
        jdbc.sql("update board_seat set call_order = :o where id = :s").param("o", order).param("s", seatId).update();
        auditLog.record(associationId, "board-seat", seatId, "call-order", Map.of("order", order));
    }

    public List<Auditor> auditors(AssociationId associationId) {
        return jdbc.sql("select id, member, person, term_from, term_to from board_auditor where association_id = :a order by member, term_from")
                .param("a", associationId.value()).query((rs, n) -> new Auditor(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))).list();
    }

    @Transactional
    public Auditor addAuditor(AssociationId associationId, String member, String person, LocalDate from, LocalDate to) {
        if (member == null || member.isBlank() || member.strip().length() > 200) {
            throw new InvalidInputException(Text.of("board.place.member"), Text.of("board.error.member"));
        }
        if (person != null && person.strip().length() > 200) {
            throw new InvalidInputException(Text.of("board.place.person"), Text.of("board.error.personName"));
        }
        UUID id = UUID.randomUUID();
        String name = person == null || person.isBlank() ? null : person.strip();
        jdbc.sql("insert into board_auditor (id, association_id, member, person, term_from, term_to) values (:id, :a, :m, :p, :f, :t)")
                .param("id", id).param("a", associationId.value()).param("m", member.strip()).param("p", name).param("f", from).param("t", to).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("member", member.strip());
        details.put("person", name == null ? "" : name);
        auditLog.record(associationId, "board-auditor", id, "appointed", details);
        return new Auditor(id, member.strip(), name, from, to);
    }

    /** The deputies in the order they are called to serve (those without an order last, by their place in the register). */
    static List<Seat> deputiesInCallOrder(List<Seat> seats) {
        return seats.stream().filter(s -> s.kind() == SeatKind.DEPUTY)
                .sorted(Comparator.comparing((Seat s) -> s.callOrder() == null ? Integer.MAX_VALUE : s.callOrder()).thenComparing(Seat::position))
                .toList();
    }
}
