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

    @Test
    void readsTheTermsAsPeopleWriteThemAndSaysEveryPeriodInWords() {
        assertThat(Period.parse("hösten 2026").toString()).isEqualTo("2026H2");
        assertThat(Period.parse("Våren 2026").toString()).isEqualTo("2026H1");
        assertThat(Period.parse("ht2025").toString()).isEqualTo("2025H2");
        assertThat(Period.parse("2025h1").toString()).isEqualTo("2025H1");
        assertThatThrownBy(() -> Period.parse("sommaren 2026")).isInstanceOf(InvalidInputException.class);

        assertThat(Period.parse("2026H2").label().swedish()).isEqualTo("hösten 2026 (juli–december)");
        assertThat(Period.parse("2026H1").label().in(java.util.Locale.ENGLISH)).isEqualTo("spring 2026 (January–June)");
        assertThat(Period.parse("2025T2").label().swedish()).isEqualTo("tertial 2 2025 (maj–augusti)");
        assertThat(Period.parse("2025Q3").label().swedish()).isEqualTo("kvartal 3 2025 (juli–september)");
        assertThat(Period.parse("2025M04").label().swedish()).isEqualTo("april 2025");
        assertThat(Period.parse("2025").label().swedish()).isEqualTo("helåret 2025");
        assertThat(Period.labelOf("FINAL").in(Text.SWEDISH)).isEqualTo("FINAL");
    }
}
