package se.samordna.board;

import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import se.samordna.board.BoardRegister.BoardRole;
import se.samordna.board.BoardRegister.Seat;
import se.samordna.board.BoardRegister.SeatKind;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.platform.SharedDatabaseModuleTest;
import se.samordna.shared.InvalidInputException;

/**
 * The board register on its own (with the modules it depends on): Norra Västmanland's nine members give nine ordinary
 * seats and nine deputies; a new appointment ends the term before it and keeps it; the chair moves with an election; a
 * deputy serves first for their own member's seat and otherwise in the order set at appointment; the appeal period
 * moves past Christmas.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class BoardModuleTest extends SharedDatabaseModuleTest {

    private static final List<String> NORRA_VASTMANLAND = List.of("Försäkringskassan", "Arbetsförmedlingen", "Region Västmanland",
            "Fagersta kommun", "Norbergs kommun", "Skinnskattebergs kommun", "Hallstahammars kommun", "Sala kommun", "Surahammars kommun");

    @Autowired
    BoardRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seatsTermsAndTheChairAsTheMembersAppointThem() throws Exception {
        UUID id = ModuleTestDatabase.newAssociation(jdbc, "Testförbundet Styrelseregistret");
        ModuleTestDatabase.as("forbundschef-test", () -> {
            assertThat(register.seatsForMembers(AssociationId.of(id), NORRA_VASTMANLAND)).isEqualTo(18);
            assertThat(register.seatsForMembers(AssociationId.of(id), NORRA_VASTMANLAND)).isZero();
            List<Seat> seats = register.seats(AssociationId.of(id));
            assertThat(seats.stream().filter(s -> s.kind() == SeatKind.ORDINARY)).hasSize(9);
            assertThat(seats.stream().filter(s -> s.kind() == SeatKind.DEPUTY)).hasSize(9);

            Seat fagersta = seats.stream().filter(s -> s.member().equals("Fagersta kommun") && s.kind() == SeatKind.ORDINARY).findFirst().orElseThrow();
            Seat sala = seats.stream().filter(s -> s.member().equals("Sala kommun") && s.kind() == SeatKind.ORDINARY).findFirst().orElseThrow();
            register.appoint(AssociationId.of(id), fagersta.id(), "Anna Ek", null, BoardRole.CHAIR, LocalDate.of(2023, 1, 1), null);
            register.appoint(AssociationId.of(id), fagersta.id(), "Bo Lind", "bo.lind@fagersta.se", null, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));
            Seat after = register.seat(AssociationId.of(id), fagersta.id());
            assertThat(after.terms()).extracting(BoardRegister.Term::person).containsExactly("Bo Lind", "Anna Ek");
            assertThat(after.terms().get(1).to()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(register.seats(AssociationId.of(id), LocalDate.of(2024, 6, 1)).stream().filter(s -> s.id().equals(fagersta.id())).findFirst().orElseThrow()
                    .person()).isEqualTo("Anna Ek");

            // The chair is elected from Sala: Fagersta's earlier chair keeps the seat history, the role goes.
            register.appoint(AssociationId.of(id), sala.id(), "Cecilia Berg", null, BoardRole.CHAIR, LocalDate.of(2025, 1, 1), null);
            assertThat(register.seats(AssociationId.of(id), LocalDate.of(2025, 6, 1)).stream().filter(s -> s.current() != null && s.current().role() == BoardRole.CHAIR)
                    .map(Seat::person)).containsExactly("Cecilia Berg");

            Seat deputy = seats.stream().filter(s -> s.kind() == SeatKind.DEPUTY).findFirst().orElseThrow();
            assertThatThrownBy(() -> register.appoint(AssociationId.of(id), deputy.id(), "Dan", null, BoardRole.VICE_CHAIR, LocalDate.of(2025, 1, 1), null))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> register.appoint(AssociationId.of(id), deputy.id(), " ", "inte-en-adress", null, null, null))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(3));
        });
    }

    @Test
    void aDeputyServesForTheirOwnMemberFirstThenInCallOrder() {
        Seat fkOrdinary = seat("Försäkringskassan", SeatKind.ORDINARY, null);
        Seat fkDeputy = seat("Försäkringskassan", SeatKind.DEPUTY, 2);
        Seat regionOrdinary = seat("Region Västmanland", SeatKind.ORDINARY, null);
        Seat regionDeputy = seat("Region Västmanland", SeatKind.DEPUTY, 1);
        Seat salaOrdinary = seat("Sala kommun", SeatKind.ORDINARY, null);
        Seat salaDeputy = seat("Sala kommun", SeatKind.DEPUTY, 3);
        List<Seat> seats = List.of(fkOrdinary, fkDeputy, regionOrdinary, regionDeputy, salaOrdinary, salaDeputy);

        // The region's and Sala's ordinary members are away; Försäkringskassan's and the region's deputies came.
        List<Minutes.Attendance> attendance = Minutes.attendance(seats, List.of(fkOrdinary.id(), fkDeputy.id(), regionDeputy.id()));
        assertThat(attendance.get(3).servingFor()).isEqualTo(regionOrdinary);
        assertThat(attendance.get(1).servingFor()).isEqualTo(salaOrdinary);
        assertThat(Minutes.quorum(attendance).serving()).isEqualTo(3);
        assertThat(Minutes.quorum(attendance).reached()).isTrue();
        // Half is not more than half.
        Minutes.Quorum half = Minutes.quorum(Minutes.attendance(List.of(fkOrdinary, regionOrdinary), List.of(fkOrdinary.id())));
        assertThat(half.reached()).isFalse();
    }

    @Test
    void theLastDayToAppealMovesPastWeekendsAndHolidays() {
        // Posted Friday 5 December 2025: three weeks later is Friday 26 December (Boxing Day), so Monday 29 December.
        assertThat(NoticeBoard.appealUntil(LocalDate.of(2025, 12, 5), 21)).isEqualTo(LocalDate.of(2025, 12, 29));
        // Posted Wednesday 12 March 2025: Wednesday 2 April, an ordinary working day.
        assertThat(NoticeBoard.appealUntil(LocalDate.of(2025, 3, 12), 21)).isEqualTo(LocalDate.of(2025, 4, 2));
        // Easter 2026 is 5 April: Good Friday 3 April and Easter Monday 6 April are holidays.
        assertThat(NoticeBoard.appealUntil(LocalDate.of(2026, 3, 13), 21)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(NoticeBoard.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    private static Seat seat(String member, SeatKind kind, Integer callOrder) {
        return new Seat(UUID.randomUUID(), member, kind, 1, callOrder, null, List.of());
    }
}
