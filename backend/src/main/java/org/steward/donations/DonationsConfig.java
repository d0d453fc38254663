package org.steward.donations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * {@code app.donations}: the base currency rollups are kept in (a gift in another currency carries its exchange
 * rate) and the month the fiscal year starts in (1 = January: fiscal years are calendar years). A fiscal year is
 * named after the calendar year it ends in. Changing either after gifts exist needs a rollup rebuild
 * ({@code RollupRecomputer.recomputeAll}).
 */
@ConfigurationProperties("app.donations")
public record DonationsConfig(
        @Bindable(defaultValue = "USD") @Pattern(regexp = "[A-Z]{3}") String baseCurrency,
        @Bindable(defaultValue = "1") @Min(1) @Max(12) int fiscalYearStartMonth) {}
