package org.steward.constituents;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/** The records for a constituent's emails, phones, postal addresses and external ids, used in and out. */
public final class ContactPoints {

    private ContactPoints() {}

    @Serdeable
    public record Email(@Nullable UUID id, String address, @Nullable String type, boolean primary) {}

    /**
     * A phone as typed ({@code number}, what is shown) and, when it reads as a whole number for its country, in
     * E.164 ({@code e164}, "+16175550101"), set by Steward (ADR 0027).
     */
    @Serdeable
    public record Phone(
            @Nullable UUID id, String number, @Nullable String type, boolean primary, @Nullable String e164) {

        @Creator
        public Phone {}

        /** A phone not yet read (its E.164 form is worked out when it is saved). */
        public Phone(@Nullable UUID id, String number, @Nullable String type, boolean primary) {
            this(id, number, type, primary, null);
        }

        public Phone withPrimary(boolean isPrimary) {
            return new Phone(id, number, type, isPrimary, e164);
        }
    }

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
