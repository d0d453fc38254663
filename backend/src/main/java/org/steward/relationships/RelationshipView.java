package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentRef;

/** A relationship as stored: {@code from} is {@code label} of {@code to}, and {@code to} is {@code inverseLabel} of {@code from}. */
@Serdeable
public record RelationshipView(
        UUID id,
        ConstituentId fromId,
        ConstituentId toId,
        String type,
        String label,
        String inverseLabel,
        @Nullable ConstituentRef from,
        @Nullable ConstituentRef to,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean active,
        @Nullable String notes,
        long version) {}
