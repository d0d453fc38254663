package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A constituent as the API shows it. {@code version} must be sent back with an update. */
@Serdeable
public record ConstituentView(
        ConstituentId id,
        ConstituentType type,
        String displayName,
        @Nullable String prefix,
        @Nullable String firstName,
        @Nullable String middleName,
        @Nullable String lastName,
        @Nullable String suffix,
        @Nullable String preferredName,
        @Nullable LocalDate birthDate,
        boolean deceased,
        @Nullable LocalDate deceasedDate,
        @Nullable String name,
        boolean nameGenerated,
        @Nullable String formalSalutation,
        @Nullable String informalSalutation,
        List<ContactPoints.Email> emails,
        List<ContactPoints.Phone> phones,
        List<ContactPoints.Address> addresses,
        List<String> tags,
        @Nullable String source,
        List<ContactPoints.ExternalId> externalIds,
        @Nullable String notes,
        boolean doNotContact,
        boolean doNotSolicit,
        @Nullable ConstituentRef household,
        boolean deleted,
        @Nullable Instant deletedAt,
        @Nullable ConstituentId mergedInto,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {}
