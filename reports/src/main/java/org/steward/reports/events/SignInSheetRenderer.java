package org.steward.reports.events;

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
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.steward.reports.KeepOpenOutputStream;
import org.steward.reports.PdfFonts;
import org.steward.reports.PdfPageFooter;

/**
 * A sign-in sheet on A4 portrait: the event's title, date and venue, then a table (name, ticket type, party size and
 * an empty box to sign in) whose header row repeats on every page, and "Page n of N" at the foot of each page.
 * Characters DejaVu Sans lacks are set in the first fallback font that has them, as on receipts.
 */
public final class SignInSheetRenderer {

    static final float ROW_HEIGHT = 26;
    private static final Color HEADER = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final List<BaseFont> fallbacks;

    public SignInSheetRenderer() {
        this(List.of());
    }

    public SignInSheetRenderer(List<Path> fallbackFonts) {
        this.fallbacks = fallbackFonts.stream().map(PdfFonts::fallback).toList();
    }

    public byte[] render(SignInSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(sheet, out);
        return out.toByteArray();
    }

    public void render(SignInSheet sheet, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpenOutputStream(out));
        writer.setPageEvent(new PdfPageFooter(sheet.eventTitle(), fallbacks));
        document.addTitle("Sign-in sheet: " + sheet.eventTitle());
        document.addCreator("Steward");
        document.open();
        document.add(new Paragraph(PdfFonts.phrase(sheet.eventTitle(), new Font(PdfFonts.BOLD, 16), fallbacks)));
        String where = sheet.venue() == null || sheet.venue().isBlank()
                ? sheet.eventDate()
                : sheet.eventDate() + "  ·  " + sheet.venue();
        document.add(
                new Paragraph(PdfFonts.phrase(where, new Font(PdfFonts.REGULAR, 10, Font.NORMAL, MUTED), fallbacks)));
        document.add(new Paragraph(" ", new Font(PdfFonts.REGULAR, 6)));

        PdfPTable table = new PdfPTable(new float[] {34, 20, 9, 37});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font headerFont = new Font(PdfFonts.BOLD, 9, Font.NORMAL, Color.WHITE);
        for (String heading : List.of("Name", "Ticket type", "Party", "Signature")) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, headerFont));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            cell.setHorizontalAlignment(heading.equals("Party") ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        Font cellFont = new Font(PdfFonts.REGULAR, 10);
        for (SignInSheet.Row row : sheet.rows()) {
            table.addCell(cell(PdfFonts.phrase(row.name(), cellFont, fallbacks), Element.ALIGN_LEFT));
            table.addCell(cell(PdfFonts.phrase(row.ticketType(), cellFont, fallbacks), Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(Integer.toString(row.partySize()), cellFont), Element.ALIGN_RIGHT));
            table.addCell(cell(new Phrase(""), Element.ALIGN_LEFT));
        }
        document.add(table);
        document.close();
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        return cell;
    }
}
