package org.steward.reporting.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.steward.reporting.SaveReportScheduleCommand;

/**
 * A report schedule as a client sends it ({@code POST}, and {@code PUT} with the {@code version} it read). Every
 * field is checked by the service, which names each one at fault; {@code enabled} defaults to true.
 */
@Serdeable
public record ReportScheduleRequest(
        @Nullable String name,
        @Nullable String report,
        @Nullable Map<String, Object> parameters,
        @Nullable String format,
        @Nullable String cron,
        @Nullable String timeZone,
        @Nullable List<String> recipients,
        @Nullable Boolean enabled,
        @Nullable Long version) {

    SaveReportScheduleCommand command() {
        return new SaveReportScheduleCommand(
                name, report, parameters, format, cron, timeZone, recipients, enabled == null || enabled);
    }
}
