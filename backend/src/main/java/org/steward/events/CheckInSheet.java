package org.steward.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything the door page needs, also to keep working through a loss of network: the event, the counts, and the
 * roster of parties with seats at the door (REGISTERED, ATTENDED, NO_SHOW) sorted by name, each with the check-in
 * code its QR code carries (null for registrations made before codes existed), so a scan can be matched offline.
 */
@Serdeable
public record CheckInSheet(Event event, AttendanceCounts counts, List<Party> roster) {

    @Serdeable
    public record Event(
            UUID id, String title, LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, EventStatus status) {}

    /** A party on the roster; absent values are sent as null (the door page stores the roster as it is). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Party(
            UUID registrationId,
            UUID constituentId,
            @Nullable String name,
            String ticketTypeName,
            RegistrationStatus status,
            int partySize,
            List<String> guestNames,
            int unnamedGuests,
            int guestsCheckedIn,
            @Nullable Instant checkedInAt,
            @Nullable String checkInCode,
            long version) {}
}
