package org.steward.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A published event open for registration as the public sign-up page shows it: no names, no staff fields. Date-times
 * are local to {@code timeZone}; {@code seatsLeft} is null when nothing limits the seats.
 */
@Serdeable
public record PublicEventView(
        UUID id,
        String title,
        @Nullable String description,
        @Nullable String venue,
        @Nullable String address,
        @Nullable String onlineUrl,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String timeZone,
        @Nullable LocalDateTime registrationClosesAt,
        @Nullable Integer seatsLeft,
        List<EventView.QuestionView> questions,
        List<Ticket> ticketTypes) {

    /** A ticket type on sale; {@code seatsLeft} also counts the event's own capacity. */
    @Serdeable
    public record Ticket(UUID id, String name, String price, String currency, @Nullable Integer seatsLeft) {}
}
