package org.steward.reporting.internal;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.steward.reporting.ReportColumn;
import org.steward.reporting.ReportFormat;
import org.steward.reporting.ReportResult;
import org.steward.reporting.ReportRow;
import org.steward.reports.Column;
import org.steward.reports.ExcelRenderer;
import org.steward.reports.PdfRenderer;
import org.steward.reports.Table;

/** Writes a report result through the reports library. */
@Singleton
public class ReportExport {

    public void write(ReportResult result, ReportFormat format, OutputStream out) throws IOException {
        List<Column> columns = new ArrayList<>();
        for (ReportColumn c : result.columns()) {
            columns.add(
                    switch (c.kind()) {
                        case TEXT, PERCENT -> Column.text(c.heading());
                        case INTEGER -> Column.integer(c.heading());
                        case MONEY -> Column.money(c.heading());
                        case DATE -> Column.date(c.heading());
                    });
        }
        Iterable<List<Object>> rows =
                () -> result.rows().stream().map(r -> values(result, r)).iterator();
        Table table = new Table(result.title(), String.join(" · ", result.parameterLines()), columns, rows);
        if (format == ReportFormat.XLSX) {
            new ExcelRenderer().render(table, out);
        } else {
            new PdfRenderer().render(table, out);
        }
    }

    private static List<Object> values(ReportResult result, ReportRow row) {
        List<Object> values = new ArrayList<>();
        for (ReportColumn c : result.columns()) {
            Object v = row.values().get(c.key());
            if (c.kind() == ReportColumn.Kind.PERCENT && v instanceof BigDecimal b) {
                v = Common.percentText(b);
            }
            values.add(v);
        }
        return values;
    }
}
