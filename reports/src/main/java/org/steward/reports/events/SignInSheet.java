package org.steward.reports.events;

import java.util.List;
import java.util.Objects;

/**
 * A sign-in sheet for the door: the event's title, date and venue (may be null), and one row per party in the
 * order given (callers sort by last name), each with a box to sign in.
 */
public record SignInSheet(String eventTitle, String eventDate, String venue, List<Row> rows) {

    public record Row(String name, String ticketType, int partySize) {}

    public SignInSheet {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(eventDate, "eventDate");
        rows = List.copyOf(rows);
    }
}
