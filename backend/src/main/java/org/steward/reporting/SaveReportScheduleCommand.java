package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * A schedule as a user writes it; {@link ReportScheduleService} checks every field and names each one at fault.
 *
 * @param parameters the report's parameters as the query string of {@code GET /api/reports/{name}} takes them,
 *     without {@code asOf} (each run is as of its own date in {@code timeZone}); texts, numbers or true/false
 * @param format {@code XLSX}, {@code PDF} or {@code BOTH}
 * @param cron a Quartz cron expression (seconds first), read in {@code timeZone}
 * @param timeZone an IANA zone id, e.g. {@code America/New_York}
 */
public record SaveReportScheduleCommand(
        @Nullable String name,
        @Nullable String report,
        @Nullable Map<String, Object> parameters,
        @Nullable String format,
        @Nullable String cron,
        @Nullable String timeZone,
        @Nullable List<String> recipients,
        boolean enabled) {}
