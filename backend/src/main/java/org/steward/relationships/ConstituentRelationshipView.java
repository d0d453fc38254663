package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import org.steward.constituents.ConstituentRef;

/**
 * A relationship seen from one constituent: "this constituent is {@code label} {@code other}", e.g. "Employee of
 * Acme" when they are its {@code from} (OUTGOING), or "Employer of Ada" when they are its {@code to} (INCOMING).
 */
@Serdeable
public record ConstituentRelationshipView(
        UUID id,
        String type,
        String label,
        ConstituentRef other,
        RelationshipDirection direction,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean active,
        @Nullable String notes,
        long version) {}
