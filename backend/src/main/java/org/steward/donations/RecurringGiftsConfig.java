package org.steward.donations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code app.donations.recurring}: a recurring gift lapses after {@code lapseAfterMissed} missed payments in a row;
 * an expected payment counts as missed once it is more than {@code graceDays} days late.
 */
@ConfigurationProperties("app.donations.recurring")
public record RecurringGiftsConfig(
        @Bindable(defaultValue = "2") @Min(1) @Max(52) int lapseAfterMissed,
        @Bindable(defaultValue = "5") @Min(0) @Max(60) int graceDays) {}
