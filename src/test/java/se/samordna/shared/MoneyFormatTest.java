package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void writesMoneyAsSwedesDo() {
        assertThat(MoneyFormat.kronor(Money.ofKronor(1_234_567))).isEqualTo("1\u00a0234\u00a0567\u00a0kr");
        assertThat(MoneyFormat.tkr(Money.ofKronor(1_234_567))).isEqualTo("1\u00a0235\u00a0tkr");
        assertThat(MoneyFormat.kronor(Money.ofKronor(-592_400))).isEqualTo("-592\u00a0400\u00a0kr");
        assertThat(MoneyFormat.tkr(Money.ofKronor(499))).isEqualTo("0\u00a0tkr");
        assertThat(MoneyFormat.tkr(Money.ofKronor(500))).isEqualTo("1\u00a0tkr");
    }

    @Test
    void givesTheUnitsThatRoundingLeavesOverToTheEarlierLinesOnEqualRemainders() {
        List<Money> lines = List.of(Money.ofKronor(189_400), Money.ofKronor(430_400), Money.ofKronor(128_400), Money.ofKronor(72_400));
        long[] rounded = MoneyFormat.roundParts(lines, 100_000);
        assertThat(rounded).containsExactly(190, 431, 128, 72);
        assertThat(rounded[0] + rounded[1] + rounded[2] + rounded[3]).isEqualTo(821);
    }

    @RepeatedTest(200)
    void printedPartsAlwaysAddUpToThePrintedTotal(RepetitionInfo repetition) {
        long seed = 104_729L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        List<Money> parts = new ArrayList<>();
        int n = 1 + random.nextInt(15);
        for (int i = 0; i < n; i++) {
            parts.add(new Money(random.nextLong(200_000_000L) - (random.nextInt(5) == 0 ? 100_000_000L : 0)));
        }
        long[] rounded = MoneyFormat.roundParts(parts, 100_000);
        long total = parts.stream().mapToLong(Money::ore).sum();
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += rounded[i];
            assertThat(Math.abs(rounded[i] * 100_000 - parts.get(i).ore())).as("seed %d", seed).isLessThan(100_000);
        }
        assertThat(sum).as("seed %d", seed).isEqualTo(MoneyFormat.toTkr(new Money(total)));
    }

    @Test
    void writesSharesTheSwedishWay() {
        org.assertj.core.api.Assertions.assertThat(MoneyFormat.percent(new java.math.BigDecimal("44.40"))).isEqualTo("44,4\u00a0%");
        org.assertj.core.api.Assertions.assertThat(MoneyFormat.percent(new java.math.BigDecimal("100.0"))).isEqualTo("100\u00a0%");
        org.assertj.core.api.Assertions.assertThat(MoneyFormat.percent(null)).isEqualTo("–");
    }
}
