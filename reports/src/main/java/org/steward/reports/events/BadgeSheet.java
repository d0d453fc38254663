package org.steward.reports.events;

import java.util.List;
import java.util.Objects;

/** Name badges for one event: one per name, each showing the name large and the event's title and date small. */
public record BadgeSheet(String eventTitle, String eventDate, List<String> names) {

    public BadgeSheet {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(eventDate, "eventDate");
        names = List.copyOf(names);
    }
}
