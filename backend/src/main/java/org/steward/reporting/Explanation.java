package org.steward.reporting;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Why a donor is in a report: the figures in words and the gifts that put them there. */
@Serdeable
public record Explanation(UUID constituentId, String name, String explanation, List<Gift> gifts) {

    @Serdeable
    public record Gift(
            UUID giftId,
            LocalDate receivedOn,
            String credited,
            String amount,
            String currency,
            String kind,
            String credit,
            UUID donorId) {}
}
