package org.steward.relationships.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Request bodies of the relationship endpoints. */
final class RelationshipRequests {

    static final int NOTES_MAX = 4000;

    private RelationshipRequests() {}

    @Serdeable
    record CreateRelationshipRequest(
            @NotNull UUID fromId,
            @NotNull UUID toId,
            @NotBlank @Size(max = 60) String type,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable Boolean active,
            @Nullable @Size(max = NOTES_MAX) String notes) {}

    @Serdeable
    record UpdateRelationshipRequest(
            @NotBlank @Size(max = 60) String type,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @NotNull Boolean active,
            @Nullable @Size(max = NOTES_MAX) String notes,
            @NotNull @PositiveOrZero Long version) {}

    @Serdeable
    record CreateRelationshipTypeRequest(
            @NotBlank @Size(max = 100) String label,
            @Nullable @Size(max = 100) String inverseLabel,
            boolean symmetric) {}

    @Serdeable
    record UpdateRelationshipTypeRequest(
            @NotBlank @Size(max = 100) String label,
            @Nullable @Size(max = 100) String inverseLabel,
            @NotNull Boolean active,
            @Nullable @PositiveOrZero Long version) {}
}
