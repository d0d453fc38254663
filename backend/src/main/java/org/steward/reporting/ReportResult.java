package org.steward.reporting;

import java.util.List;
import java.util.Map;

/**
 * A report run: its definition, the parameters it ran with (and the same in words), columns, every row (sorted as
 * shown), totals by column key (or null), headline figures, a chart (or null). {@code namesHidden}: a named donor
 * list run for a board member who may not see names: no rows, the figures stay.
 */
public record ReportResult(
        ReportDefinition definition,
        ReportParameters parameters,
        List<String> parameterLines,
        String currency,
        List<ReportColumn> columns,
        List<ReportRow> rows,
        Map<String, Object> totals,
        List<SummaryItem> summary,
        ChartData chart,
        boolean namesHidden) {

    public long rowCount() {
        return rows.size();
    }

    public String title() {
        return definition.title();
    }

    /** A file name without extension: the report's name and its as-of date, e.g. {@code lybunt-2025-06-30}. */
    public String fileBaseName() {
        return definition.name() + "-" + parameters.asOf();
    }
}
