package org.steward.relationships;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import org.steward.constituents.ConstituentId;

/** "{@code from} is {@code type} of {@code to}"; {@code active} defaults to true. */
public record CreateRelationshipCommand(
        ConstituentId from,
        ConstituentId to,
        String type,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable Boolean active,
        @Nullable String notes) {}
