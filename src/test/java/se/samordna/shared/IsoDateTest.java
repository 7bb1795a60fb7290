package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class IsoDateTest {

    @Test
    void readsWhatJavaReadsAndRefusesWhatItRefuses() {
        for (String date : new String[] {"2025-11-27", "2024-02-29", "0001-01-01", "+12025-01-01"}) {
            assertThat(IsoDate.parse(date)).as(date).isEqualTo(LocalDate.parse(date));
        }
        for (String bad : new String[] {"2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "2025-01-1x", "27/11/2025", "", "２０２５-01-01"}) {
            assertThatThrownBy(() -> LocalDate.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> IsoDate.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
