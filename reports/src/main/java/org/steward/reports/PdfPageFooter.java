package org.steward.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * The foot of every page of a document: a text on the left (the document's title) and "Page n of N" on the right,
 * N written into a template once the document closes, so a document streamed page by page never needs to know its
 * length in advance. Room is kept for N of up to five digits. Register with {@link PdfWriter#setPageEvent}.
 */
public final class PdfPageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final String left;
    private final List<BaseFont> fallbacks;
    private PdfTemplate total;

    /** {@code left} is set with {@link PdfFonts#phrase}, characters DejaVu lacks in the first fallback having them. */
    public PdfPageFooter(String left, List<BaseFont> fallbacks) {
        this.left = left.length() <= 80 ? left : left.substring(0, 79) + "…";
        this.fallbacks = List.copyOf(fallbacks);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(PdfFonts.REGULAR.getWidthPoint("00000", SIZE), 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        String text = "Page " + writer.getPageNumber() + " of ";
        float countWidth = total.getWidth();
        float y = document.bottom() - 24;
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.REGULAR, SIZE);
        canvas.setColorFill(MUTED);
        canvas.showTextAligned(Element.ALIGN_RIGHT, text, document.right() - countWidth, y, 0);
        canvas.endText();
        canvas.addTemplate(total, document.right() - countWidth, y);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                PdfFonts.phrase(left, new Font(PdfFonts.REGULAR, SIZE, Font.NORMAL, MUTED), fallbacks),
                document.left(),
                y,
                0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(PdfFonts.REGULAR, SIZE);
        total.setColorFill(MUTED);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
