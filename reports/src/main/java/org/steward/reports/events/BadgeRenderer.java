package org.steward.reports.events;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.steward.reports.KeepOpenOutputStream;
import org.steward.reports.PdfFonts;

/**
 * Name badges on A4 portrait: a grid of {@value #COLUMNS} × {@value #ROWS} badges of 90 × 62 mm per page, edge to
 * edge so one straight cut separates two neighbours, outlined in light grey and centred on the page (15 mm side
 * margins, 24.5 mm top and bottom, inside what office printers print). The name is set large (shrunk to fit, down
 * to 14 pt, then wrapped), the event's title and date small beneath. Characters DejaVu Sans lacks are set in the
 * first fallback font that has them, as on receipts (ADR 0012, ADR 0020).
 */
public final class BadgeRenderer {

    public static final int COLUMNS = 2;
    public static final int ROWS = 4;
    public static final int PER_PAGE = COLUMNS * ROWS;

    static final float WIDTH = Utilities.millimetersToPoints(90);
    static final float HEIGHT = Utilities.millimetersToPoints(62);
    static final float PADDING = Utilities.millimetersToPoints(5);
    static final float NAME_MAX = 26;
    static final float NAME_MIN = 14;
    /** Room left on the line, so a name sized to fit is not wrapped by rounding. */
    static final float FIT = 0.94f;

    private static final Color CUT_LINE = new Color(0xbb, 0xbb, 0xbb);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final List<BaseFont> fallbacks;

    public BadgeRenderer() {
        this(List.of());
    }

    /** A renderer that sets the characters DejaVu Sans lacks in the first of {@code fallbackFonts} that has them. */
    public BadgeRenderer(List<Path> fallbackFonts) {
        this.fallbacks = fallbackFonts.stream().map(PdfFonts::fallback).toList();
    }

    public byte[] render(BadgeSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(sheet, out);
        return out.toByteArray();
    }

    public void render(BadgeSheet sheet, OutputStream out) {
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpenOutputStream(out));
        document.addTitle("Badges: " + sheet.eventTitle());
        document.addCreator("Steward");
        document.open();
        float left = (PageSize.A4.getWidth() - COLUMNS * WIDTH) / 2;
        float top = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * HEIGHT) / 2;
        List<String> names = sheet.names();
        if (names.isEmpty()) {
            document.add(new Paragraph(PdfFonts.phrase(
                    sheet.eventTitle() + ": nobody holds a seat yet.", new Font(PdfFonts.REGULAR, 11), fallbacks)));
        }
        for (int i = 0; i < names.size(); i++) {
            int onPage = i % PER_PAGE;
            if (onPage == 0 && i > 0) {
                document.newPage();
            }
            float x = left + (onPage % COLUMNS) * WIDTH;
            float y = top - (onPage / COLUMNS) * HEIGHT;
            badge(writer.getDirectContent(), x, y, names.get(i), sheet);
        }
        document.close();
    }

    private void badge(PdfContentByte canvas, float x, float yTop, String name, BadgeSheet sheet) {
        canvas.saveState();
        canvas.setColorStroke(CUT_LINE);
        canvas.setLineWidth(0.5f);
        canvas.rectangle(x, yTop - HEIGHT, WIDTH, HEIGHT);
        canvas.stroke();
        canvas.restoreState();

        float inner = WIDTH - 2 * PADDING;
        float size =
                Math.max(NAME_MIN, Math.min(NAME_MAX, FIT * inner / Math.max(1, PdfFonts.BOLD.getWidthPoint(name, 1))));
        Font nameFont = new Font(PdfFonts.BOLD, size, Font.NORMAL, Color.BLACK);
        Font small = new Font(PdfFonts.REGULAR, 9, Font.NORMAL, MUTED);

        float footTop = yTop - HEIGHT + PADDING + 26;
        // the name, centred in the band above the event's title and date
        float bandTop = yTop - PADDING;
        float used = measure(name(name, nameFont), x + PADDING, footTop, x + WIDTH - PADDING, bandTop);
        float shift = Math.max(0, (bandTop - footTop - used) / 2);
        ColumnText nameColumn = new ColumnText(canvas);
        nameColumn.setSimpleColumn(x + PADDING, footTop, x + WIDTH - PADDING, bandTop - shift);
        nameColumn.addElement(name(name, nameFont));
        nameColumn.go();

        Paragraph foot = new Paragraph(PdfFonts.phrase(sheet.eventTitle(), small, fallbacks));
        foot.setAlignment(Element.ALIGN_CENTER);
        foot.setLeading(11);
        Paragraph date = new Paragraph(PdfFonts.phrase(sheet.eventDate(), small, fallbacks));
        date.setAlignment(Element.ALIGN_CENTER);
        date.setLeading(11);
        ColumnText ct = new ColumnText(canvas);
        ct.setSimpleColumn(x + PADDING, yTop - HEIGHT + PADDING, x + WIDTH - PADDING, footTop);
        ct.addElement(foot);
        ct.addElement(date);
        ct.go();
    }

    private Paragraph name(String name, Font font) {
        Paragraph p = new Paragraph(PdfFonts.phrase(name, font, fallbacks));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.15f);
        return p;
    }

    /** The height {@code p} takes in this column, found by a simulated layout that draws nothing. */
    private static float measure(Paragraph p, float llx, float lly, float urx, float ury) {
        ColumnText ct = new ColumnText(null);
        ct.setSimpleColumn(llx, lly, urx, ury);
        ct.addElement(p);
        ct.go(true);
        return ury - ct.getYLine();
    }
}
