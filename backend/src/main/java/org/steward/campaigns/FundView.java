package org.steward.campaigns;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A fund: where gifts are designated. {@code restricted} funds may be spent only for their purpose. */
@Serdeable
public record FundView(
        UUID id,
        String code,
        String name,
        boolean restricted,
        boolean active,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
