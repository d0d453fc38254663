package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A report schedule: which report with which parameters, in which formats, when (cron in a zone), to whom; its
 * owner (whose roles each run is computed with, and who is alerted of failures), its next firing (none while
 * disabled) and latest run.
 */
@Serdeable
public record ReportScheduleView(
        UUID id,
        String name,
        String report,
        Map<String, String> parameters,
        ScheduleFormat format,
        String cron,
        String timeZone,
        List<String> recipients,
        boolean enabled,
        String owner,
        @Nullable Instant nextRunAt,
        @Nullable ReportRunView lastRun,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
