package org.steward.donations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GivingMathTest {

    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    static GivingMath.LedgerGift gift(String date, String net) {
        return new GivingMath.LedgerGift(UUID.randomUUID(), LocalDate.parse(date), d(net));
    }

    @Test
    void baseAmountsRoundHalfEvenToCents() {
        assertThat(GivingMath.toBase(d("10.00"), d("1.23455"))).isEqualByComparingTo("12.35"); // 12.3455 -> .35
        assertThat(GivingMath.toBase(d("1.00"), d("0.125"))).isEqualTo(d("0.12")); // half to even
        assertThat(GivingMath.toBase(d("1.00"), d("0.135"))).isEqualTo(d("0.14"));
        assertThat(GivingMath.toBase(d("25.00"), d("1"))).isEqualTo(d("25.00"));
    }

    @Test
    void fiscalYearsAreNamedAfterTheYearTheyEndIn() {
        assertThat(GivingMath.fiscalYear(LocalDate.parse("2026-03-01"), 1)).isEqualTo(2026);
        assertThat(GivingMath.fiscalYear(LocalDate.parse("2026-06-30"), 7)).isEqualTo(2026);
        assertThat(GivingMath.fiscalYear(LocalDate.parse("2026-07-01"), 7)).isEqualTo(2027);
        assertThat(GivingMath.fiscalYear(LocalDate.parse("2026-12-31"), 7)).isEqualTo(2027);
    }

    @Test
    void aRollupHasFirstLastLargestAndYears() {
        var rollup = GivingMath.rollup(
                List.of(gift("2024-05-01", "10.00"), gift("2026-01-02", "30.00"), gift("2025-03-03", "50.00")),
                List.of(new GivingMath.LedgerSoftCredit(LocalDate.parse("2025-01-01"), d("5.00"))),
                1);
        assertThat(rollup.lifetimeTotal()).isEqualTo(d("90.00"));
        assertThat(rollup.giftCount()).isEqualTo(3);
        assertThat(rollup.softCreditTotal()).isEqualTo(d("5.00"));
        assertThat(rollup.firstGift()).isEqualTo(new GivingMath.Dated(LocalDate.parse("2024-05-01"), d("10.00")));
        assertThat(rollup.lastGift()).isEqualTo(new GivingMath.Dated(LocalDate.parse("2026-01-02"), d("30.00")));
        assertThat(rollup.largestGift()).isEqualTo(new GivingMath.Dated(LocalDate.parse("2025-03-03"), d("50.00")));
        assertThat(rollup.years()).containsOnlyKeys(2024, 2025, 2026);
        assertThat(rollup.years().get(2025)).isEqualTo(new GivingMath.Year(2025, d("50.00"), d("5.00"), 1));
    }

    @Test
    void theStreakSurvivesAYearWithNothingYetAndBreaksOnAGap() {
        Map<Integer, GivingMath.Year> years = Map.of(
                2022, new GivingMath.Year(2022, d("5.00"), d("0.00"), 1),
                2024, new GivingMath.Year(2024, d("70.00"), d("0.00"), 2),
                2025, new GivingMath.Year(2025, d("70.00"), d("0.00"), 1));
        var inNewYear = GivingMath.derive(years, 2026);
        assertThat(inNewYear.consecutiveYears()).isEqualTo(2);
        assertThat(inNewYear.thisFiscalYear()).isEqualTo(d("0.00"));
        assertThat(inNewYear.lastFiscalYear()).isEqualTo(d("70.00"));
        assertThat(inNewYear.yearsGiven()).isEqualTo(3);
        assertThat(inNewYear.bestYear().orElseThrow().fiscalYear()).isEqualTo(2024); // ties: the earlier year
        assertThat(GivingMath.derive(years, 2027).consecutiveYears()).isZero();
        var softOnly = Map.of(2026, new GivingMath.Year(2026, d("0.00"), d("9.00"), 0));
        assertThat(GivingMath.derive(softOnly, 2026).yearsGiven()).isZero();
    }
}
