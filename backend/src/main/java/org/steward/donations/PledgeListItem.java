package org.steward.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the pledge list; amounts are decimal strings in the pledge's currency. */
@Serdeable
public record PledgeListItem(
        UUID id,
        UUID constituentId,
        @Nullable String donorName,
        String amount,
        String currency,
        String paidAmount,
        String writtenOffAmount,
        String balance,
        LocalDate pledgedOn,
        PledgeStatus status,
        @Nullable UUID fundId,
        @Nullable UUID campaignId,
        @Nullable UUID appealId,
        @Nullable LocalDate nextDueOn,
        boolean overdue) {}
