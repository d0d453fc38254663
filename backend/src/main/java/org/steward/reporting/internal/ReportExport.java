package org.steward.reporting.internal;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.donations.ReceiptsConfig;
import org.steward.reporting.ChartData;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportFormat;
import org.steward.reporting.ReportResult;
import org.steward.reporting.ReportRow;
import org.steward.reporting.SummaryItem;
import org.steward.reports.Chart;
import org.steward.reports.Column;
import org.steward.reports.ReportDocument;
import org.steward.reports.ReportExcelRenderer;
import org.steward.reports.ReportPdfRenderer;
import org.steward.shared.time.Timestamps;

/**
 * Writes a report result through the {@code reports} library (docs/adr/0024-report-rendering.md): its definition and
 * parameters in words, every row (names filled in), the totals, the headline figures and the chart. PDFs use the
 * receipts' fallback fonts, so non-Latin names print.
 */
@Singleton
public class ReportExport {

    private final ReceiptsConfig fonts;
    private final Timestamps timestamps;

    ReportExport(ReceiptsConfig fonts, Timestamps timestamps) {
        this.fonts = fonts;
        this.timestamps = timestamps;
    }

    public void write(ReportResult result, ReportFormat format, OutputStream out) throws IOException {
        ReportDocument document = document(result, timestamps.now());
        if (format == ReportFormat.XLSX) {
            new ReportExcelRenderer().render(document, out);
        } else {
            new ReportPdfRenderer(fonts.fallbackFontFiles()).render(document, out);
        }
    }

    static ReportDocument document(ReportResult result, Instant generatedAt) {
        List<Column> columns = new ArrayList<>();
        for (ReportColumn c : result.columns()) {
            columns.add(new Column(c.heading(), kind(c.kind())));
        }
        List<ReportDocument.Parameter> parameters = new ArrayList<>();
        for (String line : result.parameterLines()) {
            int colon = line.indexOf(": ");
            parameters.add(
                    colon < 0
                            ? new ReportDocument.Parameter("Note", line)
                            : new ReportDocument.Parameter(line.substring(0, colon), line.substring(colon + 2)));
        }
        List<String> definition = new ArrayList<>();
        definition.add(result.definition().definition());
        if (result.namesHidden()) {
            definition.add("Donor names are not shown: an administrator has not allowed board members to see named"
                    + " donor lists. The figures above are complete.");
        }
        Iterable<List<Object>> rows =
                () -> result.rows().stream().map(r -> values(result, r)).iterator();
        List<Object> totals = null;
        if (result.totals() != null) {
            totals = new ArrayList<>();
            for (ReportColumn c : result.columns()) {
                totals.add(result.totals().get(c.key()));
            }
            if (totals.get(0) == null && result.columns().get(0).kind() != ReportColumn.Kind.TEXT) {
                totals.set(0, null);
            }
        }
        List<ReportDocument.SummaryLine> summary = new ArrayList<>();
        for (SummaryItem s : result.summary()) {
            summary.add(new ReportDocument.SummaryLine(s.label(), text(s, result.currency())));
        }
        Chart chart = null;
        ChartData c = result.chart();
        if (c != null && !c.categories().isEmpty()) {
            chart = new Chart(
                    c.title(),
                    Chart.Type.valueOf(c.type().name()),
                    c.categories(),
                    c.series().stream()
                            .map(s -> new Chart.Series(s.name(), s.values()))
                            .toList(),
                    c.valueKind() == null ? null : kind(c.valueKind()));
        }
        return new ReportDocument(
                result.title(),
                null,
                definition,
                parameters,
                columns,
                rows,
                totals,
                summary,
                chart,
                result.currency(),
                generatedAt,
                ZoneOffset.UTC);
    }

    private static Column.Kind kind(ReportColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> Column.Kind.TEXT;
            case INTEGER -> Column.Kind.INTEGER;
            case MONEY -> Column.Kind.MONEY;
            case DATE -> Column.Kind.DATE;
            case PERCENT -> Column.Kind.PERCENT;
        };
    }

    private static List<Object> values(ReportResult result, ReportRow row) {
        List<Object> values = new ArrayList<>(result.columns().size());
        Map<String, Object> map = row.values();
        for (ReportColumn c : result.columns()) {
            values.add(map.get(c.key()));
        }
        return values;
    }

    private static String text(SummaryItem s, String currency) {
        if (s.value() instanceof BigDecimal b) {
            return switch (s.kind()) {
                case PERCENT -> Common.percentText(b);
                case MONEY -> currency + " " + String.format(java.util.Locale.ENGLISH, "%,.2f", b);
                default -> b.toPlainString();
            };
        }
        return String.valueOf(s.value());
    }
}
