package org.steward.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Writes a {@link ReportDocument} as an .xlsx workbook with POI's streaming writer (SXSSF): a window of
 * {@value #WINDOW} rows in memory whatever the report's size, cells as inline strings (no shared-string table).
 *
 * <p>The report's sheet holds the title, subtitle, when it was generated and a pointer to the sheet that explains
 * it, then the table: a header row that is frozen (only those few rows stay on screen while scrolling), filterable
 * and repeated on printed pages, one row per report row with real number, currency, percent and date cells, and a
 * bold totals row below the filtered range. The second sheet, {@value #ABOUT}, holds the title again, the parameters
 * (label and value), the definition (a wrapped paragraph each) and the key figures. When the report has a chart, a
 * third sheet "Chart" holds
 * its data and a native Excel chart drawn from those cells (DrawingML through POI's XDDF, which SXSSF keeps as it
 * is: only the sheet data streams). Every text cell, headings and labels included, goes through {@link
 * FormulaSafeText}, so nothing in the file runs as a formula.
 */
public final class ReportExcelRenderer {

    static final int WINDOW = 200;
    /** The sheet with the parameters, the definition and the key figures. */
    public static final String ABOUT = "About this report";
    /** Rows read ahead (and held) to size the columns before any is written. */
    private static final int SAMPLE = 200;

    private static final XSSFColor NAVY = new XSSFColor(new byte[] {0x1f, 0x3a, 0x5f});
    private static final XSSFColor LIGHT = new XSSFColor(new byte[] {(byte) 0xe8, (byte) 0xed, (byte) 0xf3});
    private static final XSSFColor GREY = new XSSFColor(new byte[] {0x55, 0x55, 0x55});
    /** The series colours of the PDF's charts, so both files look alike. */
    static final String[] PALETTE = {"1F3A5F", "E07B39", "2A9D8F", "E9C46A", "8D99AE", "C44536"};

    public void render(ReportDocument report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(report.title());
            properties.setCreator("Steward");
            ReportFormats formats = new ReportFormats(report.currency(), report.zone());
            Styles styles = new Styles(workbook, formats);
            FormulaSafeText text = new FormulaSafeText(workbook);
            String sheetName = ExcelRenderer.safeSheetName(report.title());
            if (sheetName.equalsIgnoreCase(ABOUT)) {
                sheetName = "Report";
            }
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            SXSSFSheet about = workbook.createSheet(ABOUT);
            writeReport(sheet, report, formats, styles, text);
            writeAbout(about, report, formats, styles, text);
            if (report.chart() != null) {
                String chartName = sheetName.equalsIgnoreCase("Chart") ? "Chart data" : "Chart";
                writeChart(workbook.createSheet(chartName), report.chart(), styles, text);
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files of the streamed rows
        }
    }

    private static void writeReport(
            SXSSFSheet sheet, ReportDocument report, ReportFormats formats, Styles styles, FormulaSafeText text) {
        List<Column> columns = report.columns();
        SampledRows rows = new SampledRows(report.checkedRows(), SAMPLE);
        int[] widths = rows.widths(columns, report.totals(), formats, 8, 50);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 256 * (widths[c] + 2));
        }

        int r = 0;
        text.write(sheet.createRow(r++).createCell(0), report.title(), styles.title);
        if (report.subtitle() != null && !report.subtitle().isBlank()) {
            text.write(sheet.createRow(r++).createCell(0), report.subtitle(), styles.subtitle);
        }
        text.write(sheet.createRow(r++).createCell(0), formats.generated(report.generatedAt()), styles.muted);
        text.write(
                sheet.createRow(r++).createCell(0),
                "Parameters, definition and key figures: sheet \"" + ABOUT + "\"",
                styles.muted);
        r++; // a blank row between the title and the table
        if (columns.isEmpty()) {
            return;
        }

        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            text.write(header.createCell(c), column.heading(), column.numeric() ? styles.headerRight : styles.header);
        }
        CellStyle[] body = new CellStyle[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            body[c] = styles.body(columns.get(c).kind());
        }
        int last = SpreadsheetVersion.EXCEL2007.getLastRowIndex() - 1; // room for the totals row
        for (Iterator<List<Object>> all = rows.all(); all.hasNext(); ) {
            List<Object> values = all.next();
            if (r > last) {
                throw new IllegalArgumentException("More rows than an Excel sheet holds (" + (last - headerRow)
                        + " after the header); export this report as PDF or narrow it");
            }
            Row row = sheet.createRow(r++);
            for (int c = 0; c < body.length; c++) {
                write(row, c, columns.get(c), values.get(c), body[c], text, formats);
            }
        }
        int lastData = r - 1;
        if (report.totals() != null) {
            Row totals = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Object value = report.totals().get(c);
                CellStyle style = styles.total(column.kind());
                if (value == null && c == 0 && column.kind() == Column.Kind.TEXT) {
                    value = "Total";
                }
                if (value == null) {
                    totals.createCell(c).setCellStyle(style);
                } else {
                    write(totals, c, column, value, style, text, formats);
                }
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastData), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setLandscape(columns.size() > 5);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The title, the parameters, the definition and the key figures: labels in column A, values in B. */
    private static void writeAbout(
            SXSSFSheet sheet, ReportDocument report, ReportFormats formats, Styles styles, FormulaSafeText text) {
        List<ReportDocument.Parameter> parameters = new ArrayList<>(report.parameters());
        if (report.currency() != null) {
            parameters.add(new ReportDocument.Parameter("Currency", report.currency()));
        }
        int labelWidth = report.definition().isEmpty() ? 0 : "Definition".length();
        for (ReportDocument.Parameter parameter : parameters) {
            labelWidth = Math.max(labelWidth, parameter.label().length());
        }
        for (ReportDocument.SummaryLine line : report.summary()) {
            labelWidth = Math.max(labelWidth, line.label().length());
        }
        int valueChars = 90;
        sheet.setColumnWidth(0, 256 * (Math.min(Math.max(labelWidth, 8), 40) + 2));
        sheet.setColumnWidth(1, 256 * valueChars);

        int r = 0;
        text.write(sheet.createRow(r++).createCell(0), report.title(), styles.title);
        text.write(sheet.createRow(r++).createCell(0), formats.generated(report.generatedAt()), styles.muted);
        r++;
        for (ReportDocument.Parameter parameter : parameters) {
            labelled(sheet, r++, parameter.label(), parameter.value(), styles.label, null, text);
        }
        if (!report.definition().isEmpty()) {
            Row row = labelled(
                    sheet,
                    r++,
                    "Definition",
                    String.join("\n", report.definition()),
                    styles.label,
                    styles.wrapped,
                    text);
            int lines = 0;
            for (String paragraph : report.definition()) {
                lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / valueChars));
            }
            row.setHeightInPoints(lines * 15f + 2);
        }
        for (ReportDocument.SummaryLine line : report.summary()) {
            labelled(sheet, r++, line.label(), line.value(), styles.label, styles.figure, text);
        }
        sheet.getPrintSetup().setLandscape(false);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A label in the first column and its value in the second. */
    private static Row labelled(
            SXSSFSheet sheet,
            int r,
            String label,
            String value,
            CellStyle labelStyle,
            CellStyle valueStyle,
            FormulaSafeText text) {
        Row row = sheet.createRow(r);
        text.write(row.createCell(0), label, labelStyle);
        text.write(row.createCell(1), value, valueStyle);
        return row;
    }

    private static void write(
            Row row, int c, Column column, Object value, CellStyle style, FormulaSafeText text, ReportFormats formats) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        try {
            switch (column.kind()) {
                case TEXT -> {
                    text.write(cell, value.toString(), style);
                    return;
                }
                case INTEGER, PERCENT -> cell.setCellValue(((Number) value).doubleValue());
                case MONEY -> cell.setCellValue(((BigDecimal) value).doubleValue());
                case DATE -> cell.setCellValue((LocalDate) value);
                case DATE_TIME -> cell.setCellValue(formats.localDateTime(value));
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "Column " + column.heading() + " (" + column.kind() + ") cannot hold a "
                            + value.getClass().getSimpleName(),
                    e);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The chart's data from A1 (categories down column A, a column per series) and the chart beside it. */
    private static void writeChart(SXSSFSheet sheet, Chart chart, Styles styles, FormulaSafeText text) {
        int n = chart.categories().size();
        List<Chart.Series> series = chart.series();
        Row header = sheet.createRow(0);
        text.write(header.createCell(0), "Category", styles.header);
        for (int s = 0; s < series.size(); s++) {
            text.write(header.createCell(s + 1), series.get(s).name(), styles.headerRight);
        }
        CellStyle valueStyle = chart.valueKind() == null ? null : styles.body(chart.valueKind());
        int longest = 8;
        for (int i = 0; i < n; i++) {
            Row row = sheet.createRow(i + 1);
            String category = chart.categories().get(i);
            longest = Math.max(longest, category.length());
            text.write(row.createCell(0), category, null);
            for (int s = 0; s < series.size(); s++) {
                Cell cell = row.createCell(s + 1);
                cell.setCellValue(series.get(s).values().get(i).doubleValue());
                if (valueStyle != null) {
                    cell.setCellStyle(valueStyle);
                }
            }
        }
        sheet.setColumnWidth(0, 256 * (Math.min(longest, 40) + 2));
        for (int s = 0; s < series.size(); s++) {
            sheet.setColumnWidth(
                    s + 1, 256 * (Math.max(10, Math.min(series.get(s).name().length(), 30)) + 2));
        }

        // SXSSF streams sheet data only; the drawing and chart parts are XSSF's own and written as they are
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        int left = series.size() + 2;
        int height = Math.max(20, chart.type() == Chart.Type.BAR ? (int) Math.ceil(n * 1.3) + 6 : 20);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + 11, 1 + height);
        XSSFChart xchart = drawing.createChart(anchor);
        xchart.setTitleText(chart.title());
        xchart.setTitleOverlay(false);
        if (series.size() > 1) {
            xchart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        boolean bar = chart.type() == Chart.Type.BAR;
        XDDFCategoryAxis categoryAxis = xchart.createCategoryAxis(bar ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = xchart.createValueAxis(bar ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.getOrAddMajorGridProperties().setLineProperties(line("D9D9D9", 0.75));
        if (bar) {
            // first category on top, as in the PDF; the value axis then crosses at the last category (the bottom)
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        if (chart.valueKind() != null) {
            valueAxis.setNumberFormat(styles.numberFormat(chart.valueKind()));
        }

        String name = sheet.getSheetName();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(new String[0]),
                new CellRangeAddress(1, Math.max(1, n), 0, 0).formatAsString(name, true));
        XDDFChartData data = xchart.createData(
                chart.type() == Chart.Type.LINE ? ChartTypes.LINE : ChartTypes.BAR, categoryAxis, valueAxis);
        data.setVaryColors(false);
        for (int s = 0; s < series.size(); s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
                    series.get(s).values().stream().map(BigDecimal::doubleValue).toArray(Double[]::new),
                    new CellRangeAddress(1, Math.max(1, n), s + 1, s + 1).formatAsString(name, true));
            XDDFChartData.Series plotted = data.addSeries(categories, values);
            plotted.setTitle(series.get(s).name(), new CellReference(name, 0, s + 1, true, true));
            String colour = PALETTE[s % PALETTE.length];
            XDDFShapeProperties shape = new XDDFShapeProperties();
            if (plotted instanceof XDDFLineChartData.Series lineSeries) {
                shape.setLineProperties(line(colour, 2.25));
                lineSeries.setSmooth(false);
                lineSeries.setMarkerStyle(MarkerStyle.CIRCLE);
            } else {
                shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colour))));
            }
            plotted.setShapeProperties(shape);
        }
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(bar ? BarDirection.BAR : BarDirection.COL);
            bars.setGapWidth(60);
        }
        xchart.plot(data);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true); // data and chart on one printed page
    }

    private static XDDFLineProperties line(String colour, double width) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colour))));
        line.setWidth(width);
        return line;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {
            (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)
        };
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle muted;
        final CellStyle label;
        final CellStyle figure;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle headerRight;
        private final SXSSFWorkbook workbook;
        private final DataFormat format;
        private final ReportFormats formats;
        private final CellStyle[] body = new CellStyle[Column.Kind.values().length];
        private final CellStyle[] total = new CellStyle[Column.Kind.values().length];
        private final Font bold;

        Styles(SXSSFWorkbook workbook, ReportFormats formats) {
            this.workbook = workbook;
            this.format = workbook.createDataFormat();
            this.formats = formats;
            bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            ((XSSFFont) big).setColor(NAVY);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            italic.setFontHeightInPoints((short) 12);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(italic);
            Font grey = workbook.createFont();
            grey.setFontHeightInPoints((short) 9);
            ((XSSFFont) grey).setColor(GREY);
            muted = workbook.createCellStyle();
            muted.setFont(grey);
            label = workbook.createCellStyle();
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            figure = workbook.createCellStyle();
            figure.setFont(bold);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Font white = workbook.createFont();
            white.setBold(true);
            white.setColor(IndexedColors.WHITE.getIndex());
            header = workbook.createCellStyle();
            header.setFont(white);
            ((XSSFCellStyle) header).setFillForegroundColor(NAVY);
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            headerRight = workbook.createCellStyle();
            headerRight.cloneStyleFrom(header);
            headerRight.setAlignment(HorizontalAlignment.RIGHT);
        }

        String numberFormat(Column.Kind kind) {
            return switch (kind) {
                case INTEGER -> "#,##0";
                case MONEY -> formats.spreadsheetMoneyFormat();
                case PERCENT -> "0.0%";
                case DATE -> "yyyy-mm-dd";
                case DATE_TIME -> "yyyy-mm-dd hh:mm";
                case TEXT -> "@";
            };
        }

        /** The style of a body cell of this kind; null for text (the default style). */
        CellStyle body(Column.Kind kind) {
            if (kind == Column.Kind.TEXT) {
                return null;
            }
            if (body[kind.ordinal()] == null) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(format.getFormat(numberFormat(kind)));
                body[kind.ordinal()] = style;
            }
            return body[kind.ordinal()];
        }

        CellStyle total(Column.Kind kind) {
            if (total[kind.ordinal()] == null) {
                CellStyle style = workbook.createCellStyle();
                if (kind != Column.Kind.TEXT) {
                    style.setDataFormat(format.getFormat(numberFormat(kind)));
                }
                style.setFont(bold);
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.DOUBLE);
                ((XSSFCellStyle) style).setFillForegroundColor(LIGHT);
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                total[kind.ordinal()] = style;
            }
            return total[kind.ordinal()];
        }
    }
}
