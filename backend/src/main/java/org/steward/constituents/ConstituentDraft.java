package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/** Everything a user states about a constituent when creating or replacing it. Lists replace what was there. */
public record ConstituentDraft(
        ConstituentType type,
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
        @Nullable Boolean nameGenerated,
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
        boolean doNotSolicit) {

    public ConstituentDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tags = tags == null ? List.of() : List.copyOf(tags);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
}
