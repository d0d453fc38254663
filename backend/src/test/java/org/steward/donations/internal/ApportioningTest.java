package org.steward.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApportioningTest {

    static List<BigDecimal> d(String... texts) {
        return java.util.Arrays.stream(texts).map(BigDecimal::new).toList();
    }

    @Test
    void proportionsThatComeOutEvenAreKeptExactly() {
        // A EUR 100 gift split 60/40, worth USD 110: the funds get 66 and 44.
        assertThat(Apportioning.apportion(new BigDecimal("110.00"), d("60.00", "40.00")))
                .isEqualTo(d("66.00", "44.00"));
    }

    @Test
    void leftOverCentsGoToTheLargestRemaindersThenToTheEarlierPart() {
        assertThat(Apportioning.apportion(new BigDecimal("100.00"), d("1", "1", "1")))
                .isEqualTo(d("33.34", "33.33", "33.33"));
        // 10.00 over 2:1 = 6.666.. and 3.333..: the first has the larger remainder.
        assertThat(Apportioning.apportion(new BigDecimal("10.00"), d("2", "1"))).isEqualTo(d("6.67", "3.33"));
        assertThat(Apportioning.apportion(new BigDecimal("0.01"), d("1", "1"))).isEqualTo(d("0.01", "0.00"));
        assertThat(Apportioning.apportion(new BigDecimal("0.00"), d("5"))).isEqualTo(d("0.00"));
    }

    @Test
    void thePartsAlwaysAddUpToTheTotal() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(6);
            List<BigDecimal> weights = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2));
            }
            BigDecimal total = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
            List<BigDecimal> parts = Apportioning.apportion(total, weights);
            assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(total);
            assertThat(parts).allSatisfy(p -> assertThat(p.scale()).isEqualTo(2));
            assertThat(parts).allSatisfy(p -> assertThat(p.signum()).isNotNegative());
        }
    }

    @Test
    void refusesWhatCannotBeSplit() {
        assertThatThrownBy(() -> Apportioning.apportion(BigDecimal.TEN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportioning.apportion(BigDecimal.TEN, d("1", "0")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
