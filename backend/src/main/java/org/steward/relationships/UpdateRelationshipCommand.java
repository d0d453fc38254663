package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** Replaces the editable fields of a relationship (its two ends stay); {@code version} is the one last read. */
public record UpdateRelationshipCommand(
        String type,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean active,
        @Nullable String notes,
        long version) {}
