package org.steward.reporting;

/**
 * A run's state: {@code RUNNING} while an attempt runs or the next one waits (a failed attempt is retried), then
 * {@code SUCCEEDED} (files stored and mailed) or {@code FAILED} (out of attempts; the owner was alerted).
 */
public enum ReportRunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED
}
