package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Refunds part of a gift, or (amount null) all that is left of it. */
public record RefundGiftCommand(@Nullable String amount, @Nullable LocalDate refundedOn, String reason) {}
