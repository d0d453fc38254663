package org.steward.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsExactlyTwoDecimals() {
        assertThat(Money.of("10", "USD").amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
    }

    @Test
    void refusesFractionsOfACentAndUnknownCurrencies() {
        assertThatThrownBy(() -> Money.of("1.005", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00", "XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1.00", "USD").plus(Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void sumsAMillionCentsWithoutDrift() {
        Money total = Money.zero("USD");
        for (int i = 0; i < 1_000_000; i++) {
            total = total.plus(Money.of("0.01", "USD"));
        }
        assertThat(total).isEqualTo(Money.of("10000.00", "USD"));
    }
}
