package org.steward.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Table} as a landscape A4 PDF with OpenPDF: title, subtitle, a header row repeated on every page,
 * numbers right-aligned. Text is set in Liberation Sans (shipped inside OpenPDF, embedded in the file), so names in
 * any Latin, Greek or Cyrillic script print correctly rather than as question marks.
 */
public final class PdfRenderer {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final BaseFont baseFont;

    public PdfRenderer() {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            baseFont = BaseFont.createFont(
                    "LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void render(Table table, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(table.title());
        document.addCreator("Steward");
        document.open();
        Font titleFont = new Font(baseFont, 16, Font.BOLD);
        Font subtitleFont = new Font(baseFont, 9, Font.NORMAL, Color.DARK_GRAY);
        Font headerFont = new Font(baseFont, 9, Font.BOLD, Color.WHITE);
        Font cellFont = new Font(baseFont, 8.5f);
        document.add(new Paragraph(table.title(), titleFont));
        if (table.subtitle() != null && !table.subtitle().isBlank()) {
            document.add(new Paragraph(table.subtitle(), subtitleFont));
        }
        document.add(new Paragraph(" ", subtitleFont));

        List<Column> columns = table.columns();
        PdfPTable grid = new PdfPTable(Math.max(1, columns.size()));
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column.heading(), headerFont));
            cell.setBackgroundColor(new Color(0x1f, 0x3a, 0x5f));
            cell.setPadding(4);
            cell.setHorizontalAlignment(numeric(column.kind()) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            grid.addCell(cell);
        }
        DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        int n = 0;
        for (Iterator<List<Object>> rows = table.checkedRows(); rows.hasNext(); n++) {
            List<Object> values = rows.next();
            for (int c = 0; c < columns.size(); c++) {
                Column.Kind kind = columns.get(c).kind();
                PdfPCell cell = new PdfPCell(new Phrase(format(kind, values.get(c), money), cellFont));
                cell.setPadding(3);
                cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
                if (n % 2 == 1) {
                    cell.setBackgroundColor(new Color(0xf4, 0xf6, 0xf9));
                }
                cell.setHorizontalAlignment(numeric(kind) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                grid.addCell(cell);
            }
        }
        if (columns.isEmpty()) {
            grid.addCell(new PdfPCell(new Phrase("", cellFont)));
        }
        document.add(grid);
        document.close();
    }

    private static boolean numeric(Column.Kind kind) {
        return kind == Column.Kind.MONEY || kind == Column.Kind.INTEGER || kind == Column.Kind.PERCENT;
    }

    static String format(Column.Kind kind, Object value, DecimalFormat money) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case MONEY -> money.format((BigDecimal) value);
            case PERCENT -> ReportFormats.percent((Number) value);
            case DATE_TIME ->
                DATE_TIME.format(
                        value instanceof Instant i
                                ? LocalDateTime.ofInstant(i, ZoneOffset.UTC)
                                : (LocalDateTime) value);
            default -> value.toString();
        };
    }
}
