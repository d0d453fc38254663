package org.steward.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The {@code events} section of the 360° view: a constituent's registrations for events to come and past ones. */
@Serdeable
public record EventsSummary(List<Item> upcoming, List<Item> past) {

    @Serdeable
    public record Item(
            UUID registrationId,
            UUID eventId,
            String eventTitle,
            LocalDateTime startsAt,
            String timeZone,
            RegistrationStatus status,
            int partySize) {}
}
