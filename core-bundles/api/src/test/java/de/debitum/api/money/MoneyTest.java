package de.debitum.api.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToMinorUnit() {
        assertThat(Money.euro("10.005").amount()).isEqualByComparingTo("10.01");
        assertThat(Money.euro("10.004").amount()).isEqualByComparingTo("10.00");
        assertThat(Money.euro("-10.005").amount()).isEqualByComparingTo("-10.01");
    }

    @Test
    void equalAmountsWithDifferentScaleAreEqual() {
        assertThat(Money.euro("5")).isEqualTo(Money.euro("5.00"));
    }

    @Test
    void yenHasNoMinorUnit() {
        assertThat(Money.of("100.4", "JPY").amount()).isEqualByComparingTo("100");
        assertThat(Money.of("100.4", "JPY").amount().scale()).isZero();
    }

    @Test
    void percentRoundsOnce() {
        assertThat(Money.euro("119.00").percent(new BigDecimal("2"))).isEqualTo(Money.euro("2.38"));
        assertThat(Money.euro("0.25").percent(new BigDecimal("2"))).isEqualTo(Money.euro("0.01"));
    }

    @Test
    void arithmeticKeepsCurrency() {
        Money sum = Money.euro("10.10").plus(Money.euro("0.90")).minus(Money.euro("1.00"));
        assertThat(sum).isEqualTo(Money.euro("10.00"));
        assertThat(sum.negate().abs()).isEqualTo(sum);
        assertThat(Money.euro("-1").signum()).isEqualTo(-1);
    }

    @Test
    void mixingCurrenciesIsRejected() {
        assertThatThrownBy(() -> Money.euro("1").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.00 EUR")
                .hasMessageContaining("1.00 USD");
    }
}
