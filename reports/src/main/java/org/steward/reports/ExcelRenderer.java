package org.steward.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an .xlsx workbook with POI's streaming writer: a bounded window of rows in memory,
 * whatever the table's size. Money is written as numbers with a two-decimal format (exact for DECIMAL(19,2)
 * amounts), dates as real dates, the header row frozen and filterable. Text that a spreadsheet program could take
 * for a formula is neutralised by {@link FormulaSafeText}.
 */
public final class ExcelRenderer {

    private static final int WINDOW = 200;

    public void render(Table table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(table.title()));
            sheet.trackAllColumnsForAutoSizing();
            Styles styles = new Styles(workbook);
            FormulaSafeText text = new FormulaSafeText(workbook);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(table.title());
            title.getCell(0).setCellStyle(styles.title);
            if (table.subtitle() != null && !table.subtitle().isBlank()) {
                sheet.createRow(r++).createCell(0).setCellValue(table.subtitle());
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).heading());
                cell.setCellStyle(styles.header);
            }
            for (Iterator<List<Object>> rows = table.checkedRows(); rows.hasNext(); ) {
                List<Object> values = rows.next();
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    write(row.createCell(c), columns.get(c).kind(), values.get(c), styles, text);
                }
                if (r == headerRow + 1 + WINDOW) {
                    autoSize(sheet, columns.size());
                }
            }
            if (r <= headerRow + WINDOW) {
                autoSize(sheet, columns.size());
            }
            sheet.createFreezePane(0, headerRow + 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, columns.size() - 1));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Cell cell, Column.Kind kind, Object value, Styles styles, FormulaSafeText text) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case MONEY -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.money);
            }
            case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case DATE_TIME -> {
                LocalDateTime time = value instanceof Instant instant
                        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC)
                        : (LocalDateTime) value;
                cell.setCellValue(time);
                cell.setCellStyle(styles.dateTime);
            }
            case PERCENT -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case TEXT -> text.write(cell, value.toString(), null);
        }
    }

    private static void autoSize(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.autoSizeColumn(c);
            sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c) + 512, 60 * 256));
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in sheet names. */
    static String safeSheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.isEmpty() ? "Report" : name.substring(0, Math.min(31, name.length()));
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle money;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            var format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
        }
    }
}
