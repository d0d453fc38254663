package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Corrects a gift's amount, date or donor (null: unchanged) with a reason. When the amount changes and the gift
 * has several allocations, new allocations that add up to the new amount are needed.
 */
public record AdjustGiftCommand(
        @Nullable String amount,
        @Nullable LocalDate receivedOn,
        @Nullable UUID constituentId,
        String reason,
        @Nullable List<RecordGiftCommand.Allocation> allocations) {}
