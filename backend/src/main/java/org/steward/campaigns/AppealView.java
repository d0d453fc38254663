package org.steward.campaigns;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An appeal: one ask (a mailing, an email, a gala) within a campaign. */
@Serdeable
public record AppealView(
        UUID id,
        UUID campaignId,
        String name,
        boolean active,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
