package se.samordna.plan.budget;

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
}
