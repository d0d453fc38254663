package org.steward.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.donations.PledgeFrequency;
import org.steward.donations.PledgeStatus;

class PledgeMathTest {

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void aSplitAddsUpToTheTotalAndTheLastPartTakesTheRemainder() {
        assertThat(PledgeMath.split(d("100.00"), 3)).containsExactly(d("33.33"), d("33.33"), d("33.34"));
        assertThat(PledgeMath.split(d("0.05"), 5))
                .containsExactly(d("0.01"), d("0.01"), d("0.01"), d("0.01"), d("0.01"));
        assertThat(PledgeMath.split(d("10.00"), 1)).containsExactly(d("10.00"));
        assertThat(PledgeMath.split(d("0.04"), 5)).isEmpty();
        for (int count = 1; count <= 240; count += 7) {
            BigDecimal total = d("98765.43");
            List<BigDecimal> parts = PledgeMath.split(total, count);
            assertThat(parts).hasSize(count);
            assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
            assertThat(parts).allMatch(p -> p.scale() == 2 && p.signum() > 0);
        }
    }

    @Test
    void dueDatesCountFromTheFirstSoShortMonthsDoNotDrift() {
        assertThat(PledgeMath.dueDates(LocalDate.of(2027, 1, 31), PledgeFrequency.MONTHLY, 3))
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        assertThat(PledgeMath.dueDates(LocalDate.of(2028, 2, 29), PledgeFrequency.YEARLY, 2))
                .containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2029, 2, 28));
        assertThat(PledgeMath.dueDates(LocalDate.of(2027, 11, 30), PledgeFrequency.QUARTERLY, 2))
                .containsExactly(LocalDate.of(2027, 11, 30), LocalDate.of(2028, 2, 29));
    }

    @Test
    void spreadFillsEachSlotBeforeTheNext() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        var slots = List.of(
                new PledgeMath.Slot(a, d("10.00")),
                new PledgeMath.Slot(b, d("0.00")),
                new PledgeMath.Slot(c, d("5.00")));
        assertThat(PledgeMath.spread(d("12.50"), slots))
                .containsExactly(new PledgeMath.Part(a, d("10.00")), new PledgeMath.Part(c, d("2.50")));
        assertThatThrownBy(() -> PledgeMath.spread(d("15.01"), slots)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStatusFollowsTheSums() {
        assertThat(PledgeMath.status(PledgeStatus.OPEN, d("10"), d("9.99"), d("0")))
                .isEqualTo(PledgeStatus.OPEN);
        assertThat(PledgeMath.status(PledgeStatus.OPEN, d("10"), d("10"), d("0")))
                .isEqualTo(PledgeStatus.FULFILLED);
        assertThat(PledgeMath.status(PledgeStatus.OPEN, d("10"), d("6"), d("4")))
                .isEqualTo(PledgeStatus.WRITTEN_OFF);
        assertThat(PledgeMath.status(PledgeStatus.FULFILLED, d("10"), d("6"), d("0")))
                .isEqualTo(PledgeStatus.OPEN);
        assertThat(PledgeMath.status(PledgeStatus.CANCELLED, d("10"), d("0"), d("0")))
                .isEqualTo(PledgeStatus.CANCELLED);
    }
}
