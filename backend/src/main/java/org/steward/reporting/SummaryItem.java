package org.steward.reporting;

/** A headline figure of a report (e.g. "Retained donors: 1 of 2"), its value typed like a column's. */
public record SummaryItem(String label, Object value, ReportColumn.Kind kind) {}
