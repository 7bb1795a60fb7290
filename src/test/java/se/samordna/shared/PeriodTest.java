package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsEveryFormAssociationsWriteAndKnowsItsDays() {
        assertThat(Period.parse("2025").first()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Period.parse("2025").last()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Period.parse("2025H2").first()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Period.parse("2025T2").last()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(Period.parse("2025Q1").last()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Period.parse("2024M02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse(" 2025M04 ").toString()).isEqualTo("2025M04");
        assertThat(Period.parse("2025H1")).isLessThan(Period.parse("2025H2"));
        assertThat(Period.parse("2025H1").endedBy(LocalDate.of(2025, 7, 1))).isTrue();
    }

    @Test
    void refusesWhatIsNoPeriodAndKindsTheFieldDoesNotTake() {
        assertThatThrownBy(() -> Period.parse("2025H3")).hasMessageContaining("2025H1");
        assertThatThrownBy(() -> Period.parse("25H1")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.parse("2025M13")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.parse("2025M04", Period.MEASUREMENT_KINDS))
                .hasMessageContaining("2025, 2025H1, 2025T2 eller 2025Q3");
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
                () -> Period.parse("2025M04", Period.MEASUREMENT_KINDS));
        assertThat(refused.problems().get(0).message(java.util.Locale.ENGLISH)).contains("2025, 2025H1, 2025T2 or 2025Q3");
    }
}
