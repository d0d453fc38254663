package org.steward.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of a schedule. {@code scheduledFor}: the time the firing was due (or the moment of a "run now",
 * {@code manual}); {@code attempt}: attempts made so far; {@code error}: why the latest attempt failed, without
 * personal data; {@code files}: what can be downloaded until {@code expiresAt}.
 */
@Serdeable
public record ReportRunView(
        UUID id,
        UUID scheduleId,
        ReportRunStatus status,
        Instant scheduledFor,
        boolean manual,
        Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Long durationMs,
        @Nullable Long rowCount,
        int attempt,
        @Nullable String error,
        List<FileView> files,
        @Nullable Instant expiresAt) {

    /** A file of the run: its format ({@code xlsx}, {@code pdf}), name and size in bytes. */
    @Serdeable
    public record FileView(String format, String fileName, long size) {}
}
