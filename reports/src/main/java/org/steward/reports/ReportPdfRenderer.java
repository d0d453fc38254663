package org.steward.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link ReportDocument} as a PDF for a board pack, with OpenPDF: the title, subtitle and when it was
 * generated; the parameters it ran with and its definition in words; the key figures; the chart (drawn by {@link
 * PdfChart}); then the table, its header row repeated on every page, numbers right-aligned, and a bold totals row.
 * Every page's foot has the title and "Page n of N".
 *
 * <p>Rows are streamed: the table is handed to the document {@value #CHUNK} rows at a time as an incomplete table
 * (OpenPDF writes the finished rows out and drops them), so memory does not grow with the number of rows; N of "Page
 * n of N" is a template filled in when the document closes. Text is set in DejaVu Sans (shipped in the jar), each
 * character it lacks in the first fallback font that has it (e.g. a CJK font: see docs/adr/0012).
 *
 * <p>A4 or US Letter; portrait up to five columns, landscape beyond. One instance may be shared by threads.
 */
public final class ReportPdfRenderer {

    public enum Paper {
        A4,
        LETTER
    }

    static final int CHUNK = 200;
    private static final int SAMPLE = 200;
    private static final Color NAVY = new Color(0x1f, 0x3a, 0x5f);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xdd, 0xdd, 0xdd);
    private static final Color STRIPE = new Color(0xf4, 0xf6, 0xf9);
    private static final Color TOTAL = new Color(0xe8, 0xed, 0xf3);

    private final List<BaseFont> fallbacks;
    private final Paper paper;

    public ReportPdfRenderer() {
        this(List.of(), Paper.A4);
    }

    /** With fallback fonts for characters DejaVu Sans lacks (see {@link PdfFonts#fallback(Path)}). */
    public ReportPdfRenderer(List<Path> fallbackFonts) {
        this(fallbackFonts, Paper.A4);
    }

    public ReportPdfRenderer(List<Path> fallbackFonts, Paper paper) {
        this.fallbacks = fallbackFonts.stream().map(PdfFonts::fallback).toList();
        this.paper = Objects.requireNonNull(paper, "paper");
    }

    /** Writes the PDF to {@code out}, which stays open (the caller closes it). */
    public void render(ReportDocument report, OutputStream out) {
        ReportFormats formats = new ReportFormats(report.currency(), report.zone());
        List<Column> columns = report.columns();
        Rectangle size = paper == Paper.A4 ? PageSize.A4 : PageSize.LETTER;
        // landscape as a wide media box, not a portrait page turned by /Rotate (which text extraction misreads)
        Rectangle page = columns.size() > 5 ? new Rectangle(size.getHeight(), size.getWidth()) : size;
        Document document = new Document(page, 36, 36, 36, 50);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpenOutputStream(out));
        writer.setStrictImageSequence(true); // the chart stays before the table even when it moves to a new page
        writer.setPageEvent(new PdfPageFooter(report.title(), fallbacks));
        document.addTitle(report.title());
        if (report.subtitle() != null) {
            document.addSubject(report.subtitle());
        }
        document.addCreator("Steward");
        document.open();

        Paragraph title = new Paragraph(phrase(report.title(), new Font(PdfFonts.BOLD, 18, Font.NORMAL, NAVY)));
        document.add(title);
        if (report.subtitle() != null && !report.subtitle().isBlank()) {
            document.add(new Paragraph(phrase(report.subtitle(), new Font(PdfFonts.REGULAR, 11, Font.NORMAL, MUTED))));
        }
        document.add(new Paragraph(
                formats.generated(report.generatedAt()), new Font(PdfFonts.REGULAR, 8, Font.NORMAL, MUTED)));

        List<ReportDocument.Parameter> parameters = new ArrayList<>(report.parameters());
        if (report.currency() != null) {
            parameters.add(new ReportDocument.Parameter("Currency", report.currency()));
        }
        if (!parameters.isEmpty()) {
            document.add(heading("Parameters"));
            PdfPTable block = labelled(0.2f);
            Font label = new Font(PdfFonts.BOLD, 9, Font.NORMAL, MUTED);
            Font value = new Font(PdfFonts.REGULAR, 9);
            for (ReportDocument.Parameter parameter : parameters) {
                block.addCell(plain(phrase(parameter.label(), label)));
                block.addCell(plain(phrase(parameter.value(), value)));
            }
            document.add(block);
        }
        if (!report.definition().isEmpty()) {
            document.add(heading("Definition"));
            Font font = new Font(PdfFonts.REGULAR, 9.5f);
            for (String text : report.definition()) {
                Paragraph paragraph = new Paragraph(phrase(text, font));
                paragraph.setLeading(13);
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
        }
        if (!report.summary().isEmpty()) {
            document.add(heading("Key figures"));
            PdfPTable block = labelled(0.2f);
            Font label = new Font(PdfFonts.REGULAR, 10);
            Font value = new Font(PdfFonts.BOLD, 10, Font.NORMAL, NAVY);
            for (ReportDocument.SummaryLine line : report.summary()) {
                block.addCell(plain(phrase(line.label(), label)));
                block.addCell(plain(phrase(line.value(), value)));
            }
            document.add(block);
        }
        if (report.chart() != null) {
            Chart chart = report.chart();
            float width = document.right() - document.left();
            float height = Math.min(PdfChart.preferredHeight(chart), document.top() - document.bottom() - 20);
            PdfTemplate drawn = new PdfChart(chart, formats, fallbacks).draw(writer.getDirectContent(), width, height);
            Image image = Image.getInstance(drawn);
            image.setSpacingBefore(12);
            image.setSpacingAfter(4);
            document.add(image);
        }
        if (!columns.isEmpty()) {
            table(document, writer, report, formats);
        }
        document.close();
    }

    private void table(Document document, PdfWriter writer, ReportDocument report, ReportFormats formats) {
        List<Column> columns = report.columns();
        SampledRows rows = new SampledRows(report.checkedRows(), SAMPLE);
        int[] widths = rows.widths(columns, report.totals(), formats, 5, 40);
        float[] relative = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            relative[c] = widths[c] + 2;
        }
        PdfPTable table = new PdfPTable(relative);
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true); // row heights are known before a piece is added
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        table.setComplete(false);
        Font headerFont = new Font(PdfFonts.BOLD, 8.5f, Font.NORMAL, Color.WHITE);
        for (Column column : columns) {
            PdfPCell cell = new PdfPCell(phrase(column.heading(), headerFont));
            cell.setBackgroundColor(NAVY);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            cell.setHorizontalAlignment(column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        Font cellFont = new Font(PdfFonts.REGULAR, 8.5f);
        int n = 0;
        for (Iterator<List<Object>> all = rows.all(); all.hasNext(); ) {
            List<Object> values = all.next();
            Color background = n % 2 == 1 ? STRIPE : null;
            for (int c = 0; c < columns.size(); c++) {
                table.addCell(cell(columns.get(c), values.get(c), cellFont, background, formats));
            }
            if (++n % CHUNK == 0) {
                addPiece(document, writer, table);
            }
        }
        if (n == 0) {
            PdfPCell none = new PdfPCell(new Phrase("No rows.", new Font(PdfFonts.REGULAR, 9, Font.ITALIC, MUTED)));
            none.setColspan(columns.size());
            none.setBorder(Rectangle.NO_BORDER);
            none.setPadding(6);
            table.addCell(none);
        }
        if (report.totals() != null) {
            Font totalFont = new Font(PdfFonts.BOLD, 8.5f);
            for (int c = 0; c < columns.size(); c++) {
                Object value = report.totals().get(c);
                Column column = columns.get(c);
                if (value == null && c == 0 && column.kind() == Column.Kind.TEXT) {
                    value = "Total";
                }
                PdfPCell cell = cell(column, value, totalFont, TOTAL, formats);
                cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
                cell.setBorderColorTop(NAVY);
                cell.setBorderWidthTop(1);
                cell.setBorderColorBottom(NAVY);
                cell.setBorderWidthBottom(1);
                table.addCell(cell);
            }
        }
        table.setComplete(true);
        addPiece(document, writer, table);
    }

    /**
     * Adds the rows the table holds; OpenPDF writes them out and drops them, and marks the table so that its next
     * piece continues on the same page without a header. When the next piece starts a page (the last one ended at
     * the foot of a page, or the next row does not fit in what is left), OpenPDF would leave the header out there:
     * so the page is turned here when needed and the header kept.
     */
    private static void addPiece(Document document, PdfWriter writer, PdfPTable table) {
        if (table.isSkipFirstHeader() && table.size() > table.getHeaderRows()) {
            float y = writer.getVerticalPosition(true);
            if (y >= document.top() - 0.5f) {
                table.setSkipFirstHeader(false);
            } else if (y - document.bottom() < table.getRowHeight(table.getHeaderRows()) + 0.5f) {
                document.newPage();
                table.setSkipFirstHeader(false);
            }
        }
        document.add(table);
        table.setSpacingBefore(0);
    }

    private PdfPCell cell(Column column, Object value, Font font, Color background, ReportFormats formats) {
        String text;
        try {
            text = formats.display(column.kind(), value);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    "Column " + column.heading() + " (" + column.kind() + ") cannot hold a "
                            + value.getClass().getSimpleName(),
                    e);
        }
        PdfPCell cell = new PdfPCell(column.numeric() ? new Phrase(text, font) : phrase(text, font));
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        cell.setHorizontalAlignment(column.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    private Phrase phrase(String text, Font font) {
        return PdfFonts.phrase(text, font, fallbacks);
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(PdfFonts.BOLD, 10, Font.NORMAL, NAVY));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(3);
        return heading;
    }

    /** A borderless two-column block: labels in the first {@code labelShare} of the width, values beside them. */
    private static PdfPTable labelled(float labelShare) {
        PdfPTable block = new PdfPTable(new float[] {labelShare, 1 - labelShare});
        block.setWidthPercentage(100);
        return block;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        cell.setPaddingLeft(0);
        return cell;
    }
}
