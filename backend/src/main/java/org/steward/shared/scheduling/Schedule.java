package org.steward.shared.scheduling;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * A user-defined schedule: run {@link ScheduleHandler} {@code handler} for {@code key} whenever {@code cron} (a Quartz
 * cron expression read in {@code zone}) fires, passing {@code data} (short strings: ids, formats, addresses).
 */
public record Schedule(String handler, String key, String cron, ZoneId zone, Map<String, String> data) {

    public Schedule {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
        if (handler.isBlank() || handler.length() > 100 || key.isBlank() || key.length() > 150) {
            throw new IllegalArgumentException("A schedule needs a handler (1-100 characters) and a key (1-150)");
        }
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
