package org.steward.constituents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** The records for a constituent's emails, phones, postal addresses and external ids, used in and out. */
public final class ContactPoints {

    private ContactPoints() {}

    @Serdeable
    public record Email(@Nullable UUID id, String address, @Nullable String type, boolean primary) {}

    @Serdeable
    public record Phone(@Nullable UUID id, String number, @Nullable String type, boolean primary) {}

    @Serdeable
    public record Address(
            @Nullable UUID id,
            @Nullable String type,
            @Nullable String line1,
            @Nullable String line2,
            @Nullable String city,
            @Nullable String region,
            @Nullable String postalCode,
            @Nullable String country,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            boolean primary) {

        /** The same address under another id (none: {@code null}). */
        public Address withId(@Nullable UUID newId) {
            return new Address(
                    newId, type, line1, line2, city, region, postalCode, country, validFrom, validTo, primary);
        }

        /** Valid on this day: no dates means always valid. */
        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    @Serdeable
    public record ExternalId(String source, String id) {}
}
