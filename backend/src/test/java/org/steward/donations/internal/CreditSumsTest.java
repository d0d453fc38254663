package org.steward.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditSumsTest {

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void centsFromDecimalTextAreExact() {
        assertThat(CreditSums.cents(text("0.00"))).isZero();
        assertThat(CreditSums.cents(text("-0.00"))).isZero();
        assertThat(CreditSums.cents(text("123.45"))).isEqualTo(12_345);
        assertThat(CreditSums.cents(text("-7.05"))).isEqualTo(-705);
        assertThat(CreditSums.cents(text("12"))).isEqualTo(1_200);
        assertThat(CreditSums.cents(text("12.5"))).isEqualTo(1_250);
        assertThat(CreditSums.cents(text("12.500"))).isEqualTo(1_250);
        assertThat(CreditSums.cents(text("90000000000000000.01"))).isEqualTo(9_000_000_000_000_000_001L);
        assertThatThrownBy(() -> CreditSums.cents(text("12.345"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> CreditSums.cents(text("-"))).isInstanceOf(IllegalStateException.class);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() / 1000, 2);
            assertThat(CreditSums.cents(text(amount.toPlainString()))).isEqualTo(CreditSums.cents(amount));
        }
    }

    @Test
    void sumsByIdBytesOrTextAgreeWithAPlainMapAndTheFilterKeepsDonorsOfThePeriods() {
        Random random = new Random(11);
        UUID[] ids = new UUID[5_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong());
        }
        CreditSums sums = new CreditSums(3);
        Map<String, long[]> expected = new HashMap<>();
        for (int i = 0; i < 60_000; i++) {
            UUID id = ids[random.nextInt(ids.length)];
            int period = random.nextInt(3);
            long hard = random.nextInt(100_000);
            long soft = random.nextInt(3) == 0 ? random.nextInt(5_000) : 0;
            long softCount = soft == 0 ? 0 : 1;
            if (random.nextBoolean()) {
                sums.add(text(id.toString()), period, 1, hard, 1, soft, softCount);
            } else {
                sums.add(id.toString().toUpperCase(java.util.Locale.ROOT), period, 1, hard, 1, soft, softCount);
            }
            long[] e = expected.computeIfAbsent(id.toString(), k -> new long[12]);
            e[4 * period] += hard;
            e[4 * period + 1]++;
            e[4 * period + 2] += soft;
            e[4 * period + 3] += softCount;
        }
        Map<String, long[]> got = new HashMap<>();
        sums.emit((id, period, hard, hardCount, soft, softCount) -> {
            long[] g = got.computeIfAbsent(id.toString(), k -> new long[12]);
            g[4 * period] = CreditSums.cents(hard);
            g[4 * period + 1] = hardCount;
            g[4 * period + 2] = CreditSums.cents(soft);
            g[4 * period + 3] = softCount;
        });
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, e) -> assertThat(got.get(id)).as(id).containsExactly(e));

        Set<String> inPeriod1 = new java.util.HashSet<>();
        sums.emit((id, period, hard, hardCount, soft, softCount) -> inPeriod1.add(id.toString()), Set.of(1), false);
        expected.forEach((id, e) -> assertThat(inPeriod1.contains(id)).as(id).isEqualTo(e[5] > 0));
    }
}
