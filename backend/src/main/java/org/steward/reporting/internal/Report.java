package org.steward.reporting.internal;

import java.util.List;
import java.util.Map;
import org.steward.reporting.ChartData;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportDefinition;
import org.steward.reporting.ReportParameters;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;

/**
 * One report of the catalogue. A {@code @Singleton} per report; {@link #definition} states it in words and lists its
 * parameters, {@link #compute} runs it. Donor rows leave the {@code name} column empty: names are filled in only for
 * the rows shown or exported.
 */
public interface Report {

    ReportDefinition definition(ReportContext context);

    Computed compute(ReportParameters parameters, ReportContext context);

    /**
     * The periods that explain a donor's place in this report ("why is this donor in this list"), in order, each
     * with the words naming it; empty when the report's rows are not donors.
     */
    default List<Labelled> explainedPeriods(ReportParameters parameters) {
        return List.of();
    }

    record Labelled(String label, Years.Range range) {}

    /** What {@link #compute} returns: the parameter lines after the common ones, and the rest of the result. */
    record Computed(
            List<String> lines,
            List<ReportColumn> columns,
            List<ReportRow> rows,
            Map<String, Object> totals,
            List<SummaryItem> summary,
            ChartData chart) {}
}
