package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @Test
    void readsNumbersAsSwedesTypeThem() {
        assertThat(Decimals.parse("1 250,5")).isEqualByComparingTo("1250.5");
        assertThat(Decimals.parse("-6\u00a0184")).isEqualByComparingTo("-6184");
        assertThat(Decimals.parse("\u2212380")).isEqualByComparingTo("-380");
        assertThat(Decimals.parse("12,5 %")).isEqualByComparingTo("12.5");
        assertThat(Decimals.parse("1250.50")).isEqualByComparingTo("1250.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1E5", "0x10", "1,2,3", "12abc", "NaN", "Infinity", "", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1"})
    void refusesWhatIsNoPlainNumber(String raw) {
        assertThatThrownBy(() -> Decimals.parse(raw)).isInstanceOf(Decimals.BadNumber.class);
    }

    @Test
    void anAmountMayCarryItsOwnUnitButNotAnother() {
        assertThat(Money.parse("1 250 000 kr", "kr")).isEqualTo(Money.ofKronor(1_250_000));
        assertThat(Money.parse("1 250 000 kronor", "kr")).isEqualTo(Money.ofKronor(1_250_000));
        assertThat(Money.parse("1 250 tkr", "tkr")).isEqualTo(Money.ofKronor(1_250_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("1 250 tkr", "kr")).isInstanceOf(Decimals.BadNumber.class);
    }

    @Test
    void refusesHostileNumbersAtOnceWhateverTheirForm() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1e999999"))).hasMessageContaining("för stort");
        assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1e-999999"))).isInstanceOf(Decimals.BadNumber.class);
        assertThatThrownBy(() -> Decimals.bounded(new BigDecimal("1e99999"))).isInstanceOf(Decimals.BadNumber.class);
        assertThatThrownBy(() -> Decimals.bounded(Double.POSITIVE_INFINITY)).isInstanceOf(Decimals.BadNumber.class);
        assertThatThrownBy(() -> Decimals.parse("1234567890123")).hasMessageContaining("för stort");
        assertThatThrownBy(() -> Decimals.parse("1,1234567")).hasMessageContaining("decimaler");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        assertThat(Decimals.bounded(new BigDecimal("1.50E+3"))).isEqualByComparingTo("1500");
        assertThat(Decimals.bounded(new BigDecimal("1.50E+3")).scale()).isZero();
    }

    @Test
    void anAmountMayNotHaveMoreDecimalsThanWholeOre() {
        assertThat(Money.parse("1 250,5", "tkr")).isEqualTo(Money.ofKronor(1_250_500));
        assertThat(Money.parse("0,00001", "tkr")).isEqualTo(new Money(1));
        assertThat(Money.parse("99,99", "kr")).isEqualTo(new Money(9_999));
        assertThatThrownBy(() -> Money.parse("99,999", "kr")).hasMessageContaining("hela ören");
        assertThatThrownBy(() -> Money.parse("0,000001", "tkr")).hasMessageContaining("hela ören");
        assertThat(Money.parse("999 999 999 999", "tkr").kronor()).isEqualTo(999_999_999_999_000L);
    }
}
