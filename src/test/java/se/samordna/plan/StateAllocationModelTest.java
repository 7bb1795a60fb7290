package se.samordna.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

class StateAllocationModelTest {

    @Test
    void givesEachAssociationTheBasePlusItsSharesAndAddsUpToTheTotal() {
        List<StateAllocationModel.Figures> figures = StateAllocationModel.parse("""
                förbund;försörjningsmått;befolkning
                A;3,0;20000
                B;1,0;20000
                C;0;10000""");

        List<StateAllocationModel.Share> shares = StateAllocationModel.allocate(
                StateAllocationModel.Parameters.of(Money.ofKronor(3_200_000)), figures);

        assertThat(shares).extracting(StateAllocationModel.Share::base).containsOnly(Money.ofTkr(400));
        assertThat(shares.get(0).bySupport()).isEqualTo(Money.ofKronor(1_125_000));
        assertThat(shares.get(1).bySupport()).isEqualTo(Money.ofKronor(375_000));
        assertThat(shares.get(2).bySupport()).isEqualTo(Money.ZERO);
        assertThat(shares.get(2).byPopulation()).isEqualTo(Money.ofKronor(100_000));
        assertThat(shares.stream().map(StateAllocationModel.Share::total).reduce(Money.ZERO, Money::plus)).isEqualTo(Money.ofKronor(3_200_000));
    }

    @Test
    void sharesAddUpToTheKronaWithAwkwardNumbers() {
        List<StateAllocationModel.Figures> figures = List.of(new StateAllocationModel.Figures("A", new BigDecimal("3.33"), 12345),
                new StateAllocationModel.Figures("B", new BigDecimal("2.71"), 54321), new StateAllocationModel.Figures("C", new BigDecimal("1.41"), 7));

        List<StateAllocationModel.Share> shares = StateAllocationModel.allocate(
                StateAllocationModel.Parameters.of(Money.ofKronor(7_777_777)), figures);

        assertThat(shares.stream().map(StateAllocationModel.Share::total).reduce(Money.ZERO, Money::plus)).isEqualTo(Money.ofKronor(7_777_777));
    }

    @Test
    void refusesATotalBelowTheBasesAndLinesThatAreNotNumbers() {
        assertThatThrownBy(() -> StateAllocationModel.allocate(StateAllocationModel.Parameters.of(Money.ofKronor(500_000)),
                List.of(new StateAllocationModel.Figures("A", BigDecimal.ONE, 1), new StateAllocationModel.Figures("B", BigDecimal.ONE, 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("räcker inte");
        assertThatThrownBy(() -> StateAllocationModel.parse("A;tre;100"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rad 1");
    }

    // A: 100 full-year equivalents of 400 and 1 000 of 4 000 people, so 700 000 kr by the model (400 000 + 225 000 + 75 000);
    // B: the rest, 1 300 000 kr. Worked out by hand.
    private static final List<StateAllocationModel.Figures> TWO = List.of(
            new StateAllocationModel.Figures("A", BigDecimal.valueOf(100), 1_000, Money.ofKronor(800_000), Money.ofKronor(500_000)),
            new StateAllocationModel.Figures("B", BigDecimal.valueOf(300), 3_000, Money.ofKronor(1_000_000), Money.ofKronor(100_000)));

    @Test
    void anAllocationMayFallAtMostTheLimitAndThoseAboveTheirLimitPayTheLift() {
        StateAllocationModel.Parameters p = new StateAllocationModel.Parameters(Money.ofKronor(2_000_000), Money.ofTkr(400), BigDecimal.valueOf(75),
                BigDecimal.valueOf(25), BigDecimal.valueOf(5), null, null);

        List<StateAllocationModel.Share> shares = StateAllocationModel.allocate(p, TWO);

        // A would fall from 800 000 to 700 000; 5 % at most: 760 000. B pays the 60 000 (its own floor is 950 000).
        assertThat(shares.get(0).total()).isEqualTo(Money.ofKronor(760_000));
        assertThat(shares.get(0).adjustment()).isEqualTo(Money.ofKronor(60_000));
        assertThat(shares.get(1).total()).isEqualTo(Money.ofKronor(1_240_000));
        assertThat(shares.get(1).adjustment()).isEqualTo(Money.ofKronor(-60_000));
    }

    @Test
    void equityAboveTheRecommendedLevelReducesTheAllocationAndTheOthersGetWhatIsTaken() {
        StateAllocationModel.Parameters p = new StateAllocationModel.Parameters(Money.ofKronor(2_000_000), Money.ofTkr(400), BigDecimal.valueOf(75),
                BigDecimal.valueOf(25), null, BigDecimal.valueOf(20), BigDecimal.valueOf(50));

        List<StateAllocationModel.Share> shares = StateAllocationModel.allocate(p, TWO);

        // A's level is 20 % of 700 000 = 140 000; its equity 500 000 is 360 000 above; half of that, 180 000, goes to B.
        assertThat(shares.get(0).equityReduction()).isEqualTo(Money.ofKronor(-180_000));
        assertThat(shares.get(0).total()).isEqualTo(Money.ofKronor(520_000));
        assertThat(shares.get(1).total()).isEqualTo(Money.ofKronor(1_480_000));
        assertThat(shares.stream().map(StateAllocationModel.Share::total).reduce(Money.ZERO, Money::plus)).isEqualTo(Money.ofKronor(2_000_000));
    }

    @Test
    void aRateInsteadOfACountIsCaughtWhenItCannotBeACountAndTheOptionalColumnsAreRead() {
        List<StateAllocationModel.Figures> read = StateAllocationModel.parse("""
                förbund;försörjningsmått;befolkning;fjolårets tilldelning;eget kapital
                Klarälvdalen;1450;12100;1 280 000;2 446 000""");
        assertThat(read.get(0).previousAllocation()).isEqualTo(Money.ofKronor(1_280_000));
        assertThat(read.get(0).equity()).isEqualTo(Money.ofKronor(2_446_000));
        assertThatThrownBy(() -> StateAllocationModel.allocate(StateAllocationModel.Parameters.of(Money.ofKronor(2_000_000)),
                List.of(new StateAllocationModel.Figures("A", BigDecimal.valueOf(5_000), 1_000))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("fler helårsekvivalenter än befolkningen");
    }
}
