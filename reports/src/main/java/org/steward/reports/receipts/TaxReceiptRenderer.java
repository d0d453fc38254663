package org.steward.reports.receipts;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.steward.reports.KeepOpenOutputStream;

/**
 * Prints a {@link ReceiptDocument} as a PDF tax receipt: the organization's header with the receipt number, the
 * donor's name and address, the gifts in a table whose header row repeats on every page (an annual consolidated
 * receipt may run to many pages), the totals, the signature and the organization's legal wording. Each page's foot
 * carries the footer text, the receipt number and "Page n of m"; a duplicate or void receipt says so at the top and
 * across every page.
 *
 * <p>Amounts and dates follow the given locale ({@link MoneyFormat}); the labels are English. Paper is US Letter for
 * the United States and Canada, A4 elsewhere. Text is set in DejaVu Sans, embedded as a subset, so names in Latin,
 * Greek and Cyrillic scripts print as written; characters the font lacks (CJK) are left out of the page, and
 * {@link #missingCharacters} tells a caller beforehand. An instance holds no per-document state and may be shared.
 */
public final class TaxReceiptRenderer {

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x5f, 0x66, 0x70);
    private static final Color ACCENT = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd4);
    private static final Color STRIPE = new Color(0xf3, 0xf5, 0xf8);
    private static final Color ALERT = new Color(0xb0, 0x1c, 0x1c);

    private final Font title = new Font(ReceiptFonts.BOLD, 12, Font.NORMAL, ACCENT);
    private final Font orgName = new Font(ReceiptFonts.BOLD, 15, Font.NORMAL, INK);
    private final Font normal = new Font(ReceiptFonts.REGULAR, 9.5f, Font.NORMAL, INK);
    private final Font bold = new Font(ReceiptFonts.BOLD, 9.5f, Font.NORMAL, INK);
    private final Font small = new Font(ReceiptFonts.REGULAR, 8, Font.NORMAL, MUTED);
    private final Font label = new Font(ReceiptFonts.BOLD, 7.5f, Font.NORMAL, MUTED);
    private final Font donorName = new Font(ReceiptFonts.BOLD, 12, Font.NORMAL, INK);
    private final Font tableHead = new Font(ReceiptFonts.BOLD, 8.5f, Font.NORMAL, Color.WHITE);
    private final Font cell = new Font(ReceiptFonts.REGULAR, 8.5f, Font.NORMAL, INK);
    private final Font cellBold = new Font(ReceiptFonts.BOLD, 8.5f, Font.NORMAL, INK);
    private final Font totalBig = new Font(ReceiptFonts.BOLD, 12, Font.NORMAL, INK);
    private final Font mark = new Font(ReceiptFonts.BOLD, 11, Font.NORMAL, ALERT);
    private final Font signature = new Font(ReceiptFonts.REGULAR, 15, Font.ITALIC, ACCENT);
    private final Font legal = new Font(ReceiptFonts.REGULAR, 8, Font.NORMAL, new Color(0x44, 0x44, 0x44));

    private final List<BaseFont> fallbacks;

    /** A renderer with the shipped fonts only: characters DejaVu Sans lacks (CJK) are left out. */
    public TaxReceiptRenderer() {
        this(List.of());
    }

    /**
     * A renderer that sets each character DejaVu Sans lacks in the first of {@code fallbackFonts} that has it (e.g. a
     * CJK font installed where Steward runs), embedded as a subset; the files are read once, here.
     *
     * @throws IllegalArgumentException if a file is missing or not a font
     */
    public TaxReceiptRenderer(List<Path> fallbackFonts) {
        this.fallbacks = fallbackFonts.stream().map(ReceiptFonts::fallback).toList();
    }

    /** Renders the receipt to a new byte array. */
    public byte[] render(ReceiptDocument receipt, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(receipt, locale, out);
        return out.toByteArray();
    }

    /** Renders the receipt to {@code out}, which is left open. */
    public void render(ReceiptDocument receipt, Locale locale, OutputStream out) {
        Rectangle paper = LETTER_COUNTRIES.contains(locale.getCountry()) ? PageSize.LETTER : PageSize.A4;
        Document document = new Document(paper, 50, 50, 46, 64);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpenOutputStream(out));
        writer.setPageEvent(new PageDecorations(receipt));
        document.addTitle("Receipt " + receipt.serialNumber());
        document.addSubject(receipt.organization().title() + " " + receipt.receiptYear());
        document.addAuthor(receipt.organization().organizationName());
        document.addCreator("Steward");
        document.open();
        Formats formats = new Formats(receipt.currencyCode(), locale);
        document.add(header(receipt, formats));
        document.add(rule(6, 10));
        document.add(donorAndTotals(receipt, formats));
        document.add(gifts(receipt, formats));
        document.add(signatureBlock(receipt.organization()));
        for (String paragraph : paragraphs(receipt.organization().legalWording())) {
            Paragraph p = paragraph(10.5f, paragraph, legal);
            p.setSpacingAfter(5);
            document.add(p);
        }
        document.close();
    }

    /**
     * The characters of the donor's name and address, the gift descriptions and the organization's texts that the
     * shipped font cannot draw (e.g. "王小明" for a Chinese name), distinct; empty when everything will print.
     */
    public String missingCharacters(ReceiptDocument receipt) {
        StringBuilder all = new StringBuilder();
        ReceiptTemplate org = receipt.organization();
        all.append(receipt.donor().name())
                .append(String.join("", receipt.donor().addressLines()));
        receipt.gifts().forEach(g -> all.append(g.description()));
        all.append(org.organizationName())
                .append(String.join("", org.addressLines()))
                .append(org.title())
                .append(org.signatoryName())
                .append(nullToEmpty(org.signatoryTitle()))
                .append(nullToEmpty(org.signatureText()))
                .append(org.legalWording())
                .append(nullToEmpty(org.footer()));
        return ReceiptFonts.missing(all.toString(), fallbacks);
    }

    /**
     * {@code text} in {@code font}; with fallback fonts, the characters DejaVu Sans lacks are set in the first
     * fallback that has them, at the same size, style and colour.
     */
    private Phrase phrase(String text, Font font) {
        if (fallbacks.isEmpty() || ReceiptFonts.coversAll(text)) {
            return new Phrase(text, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        for (BaseFont fallback : fallbacks) {
            selector.addFont(new Font(fallback, font.getSize(), font.getStyle(), font.getColor()));
        }
        return selector.process(text);
    }

    private Paragraph paragraph(float leading, String text, Font font) {
        Paragraph p = new Paragraph(phrase(text, font));
        p.setFont(font);
        p.setLeading(leading);
        return p;
    }

    private PdfPTable header(ReceiptDocument receipt, Formats formats) {
        ReceiptTemplate org = receipt.organization();
        PdfPTable table = borderless(new float[] {46, 54});

        PdfPCell left = plain();
        if (org.logoPng() != null) {
            left.addElement(logo(org.logoPng()));
        }
        left.addElement(paragraph(18, org.organizationName(), orgName));
        for (String line : org.addressLines()) {
            left.addElement(paragraph(12, line, normal));
        }
        if (org.charityRegistrationNumber() != null
                && !org.charityRegistrationNumber().isBlank()) {
            Paragraph registration = new Paragraph(14, "Charity registration no. ", small);
            registration.add(phrase(org.charityRegistrationNumber(), bold));
            left.addElement(registration);
        }
        table.addCell(left);

        PdfPCell right = plain();
        Paragraph heading = paragraph(16, org.title(), title);
        heading.setAlignment(Element.ALIGN_RIGHT);
        heading.setSpacingAfter(4);
        right.addElement(heading);
        right.addElement(keyValue("Receipt no.", receipt.serialNumber(), bold));
        right.addElement(keyValue("Date issued", formats.date(receipt.issuedOn()), normal));
        right.addElement(keyValue("Tax year", Integer.toString(receipt.receiptYear()), normal));
        if (receipt.replacesSerial() != null) {
            Paragraph replaces = keyValue("Cancels and replaces receipt no.", receipt.replacesSerial(), bold);
            right.addElement(replaces);
        }
        if (receipt.voided()) {
            right.addElement(stamp("VOID"));
        }
        if (receipt.duplicateCopy()) {
            right.addElement(stamp("DUPLICATE COPY"));
        }
        table.addCell(right);
        return table;
    }

    private Paragraph keyValue(String key, String value, Font valueFont) {
        Paragraph p = new Paragraph(13, key + "  ", small);
        p.add(phrase(value, valueFont));
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    private PdfPTable stamp(String text) {
        PdfPTable box = new PdfPTable(1);
        box.setHorizontalAlignment(Element.ALIGN_RIGHT);
        box.setTotalWidth(mark.getBaseFont().getWidthPoint(text, mark.getSize()) + 16);
        box.setLockedWidth(true);
        box.setSpacingBefore(5);
        PdfPCell c = new PdfPCell(new Phrase(text, mark));
        c.setBorderColor(ALERT);
        c.setBorderWidth(1.2f);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setPaddingTop(2);
        c.setPaddingBottom(5);
        box.addCell(c);
        return box;
    }

    private PdfPTable donorAndTotals(ReceiptDocument receipt, Formats formats) {
        PdfPTable table = borderless(new float[] {52, 48});
        table.setSpacingAfter(14);

        PdfPCell donor = plain();
        donor.addElement(new Paragraph(10, "RECEIVED FROM", label));
        Paragraph name = paragraph(16, receipt.donor().name(), donorName);
        donor.addElement(name);
        for (String line : receipt.donor().addressLines()) {
            donor.addElement(paragraph(12, line, normal));
        }
        table.addCell(donor);

        PdfPTable totals = new PdfPTable(new float[] {64, 36});
        totals.setWidthPercentage(100);
        addTotal(totals, "Total amount received", formats.money(receipt.totalAmount()), normal, bold);
        if (receipt.totalBenefits().signum() != 0) {
            addTotal(totals, "Value of benefits received", formats.money(receipt.totalBenefits()), normal, bold);
        }
        addTotal(
                totals,
                "Eligible amount for tax purposes",
                formats.money(receipt.totalEligibleAmount()),
                bold,
                totalBig);
        PdfPCell box = new PdfPCell(totals);
        box.setBorderColor(RULE);
        box.setBackgroundColor(STRIPE);
        box.setPadding(8);
        table.addCell(box);
        return table;
    }

    private static void addTotal(PdfPTable totals, String key, String value, Font keyFont, Font valueFont) {
        PdfPCell k = new PdfPCell(new Phrase(key, keyFont));
        k.setBorder(Rectangle.NO_BORDER);
        k.setPaddingBottom(5);
        k.setVerticalAlignment(Element.ALIGN_BOTTOM);
        PdfPCell v = new PdfPCell(new Phrase(value, valueFont));
        v.setBorder(Rectangle.NO_BORDER);
        v.setHorizontalAlignment(Element.ALIGN_RIGHT);
        v.setVerticalAlignment(Element.ALIGN_BOTTOM);
        v.setPaddingBottom(5);
        totals.addCell(k);
        totals.addCell(v);
    }

    private PdfPTable gifts(ReceiptDocument receipt, Formats formats) {
        PdfPTable table = new PdfPTable(new float[] {14, 38, 15, 15, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(22);
        for (String heading : List.of("Date", "Description", "Amount", "Benefits", "Eligible amount")) {
            PdfPCell c = new PdfPCell(new Phrase(heading, tableHead));
            c.setBackgroundColor(ACCENT);
            c.setBorderColor(ACCENT);
            c.setPadding(4);
            c.setPaddingBottom(5);
            c.setHorizontalAlignment(
                    heading.equals("Date") || heading.equals("Description") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(c);
        }
        int row = 0;
        for (ReceiptGift gift : receipt.gifts()) {
            Color background = row++ % 2 == 1 ? STRIPE : null;
            table.addCell(bodyCell(formats.date(gift.date()), cell, Element.ALIGN_LEFT, background));
            table.addCell(bodyCell(gift.description(), cell, Element.ALIGN_LEFT, background));
            table.addCell(bodyCell(formats.money(gift.amount()), cell, Element.ALIGN_RIGHT, background));
            table.addCell(
                    bodyCell(formats.money(gift.fairMarketValueOfBenefits()), cell, Element.ALIGN_RIGHT, background));
            table.addCell(bodyCell(formats.money(gift.eligibleAmount()), cell, Element.ALIGN_RIGHT, background));
        }
        PdfPCell totalLabel = bodyCell(
                receipt.gifts().size() == 1
                        ? "Total"
                        : "Total of " + receipt.gifts().size() + " gifts",
                cellBold,
                Element.ALIGN_LEFT,
                null);
        totalLabel.setColspan(2);
        for (PdfPCell c : List.of(
                totalLabel,
                bodyCell(formats.money(receipt.totalAmount()), cellBold, Element.ALIGN_RIGHT, null),
                bodyCell(formats.money(receipt.totalBenefits()), cellBold, Element.ALIGN_RIGHT, null),
                bodyCell(formats.money(receipt.totalEligibleAmount()), cellBold, Element.ALIGN_RIGHT, null))) {
            c.setBorder(Rectangle.TOP);
            c.setBorderColorTop(INK);
            c.setBorderWidthTop(1);
            c.setPaddingTop(5);
            table.addCell(c);
        }
        return table;
    }

    private PdfPCell bodyCell(String text, Font font, int alignment, Color background) {
        PdfPCell c = new PdfPCell(phrase(text, font));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(4);
        c.setHorizontalAlignment(alignment);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private PdfPTable signatureBlock(ReceiptTemplate org) {
        PdfPTable table = borderless(new float[] {45, 55});
        table.setKeepTogether(true);
        table.setSpacingAfter(16);
        PdfPCell c = plain();
        String signed = org.signatureText() == null || org.signatureText().isBlank()
                ? org.signatoryName()
                : org.signatureText();
        c.addElement(paragraph(20, signed, signature));
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        PdfPCell ruleCell = new PdfPCell(new Phrase(" ", small));
        ruleCell.setBorder(Rectangle.TOP);
        ruleCell.setBorderColor(INK);
        ruleCell.setFixedHeight(4);
        line.addCell(ruleCell);
        c.addElement(line);
        c.addElement(paragraph(12, org.signatoryName(), bold));
        if (org.signatoryTitle() != null && !org.signatoryTitle().isBlank()) {
            c.addElement(paragraph(11, org.signatoryTitle(), small));
        }
        table.addCell(c);
        table.addCell(plain());
        return table;
    }

    private static Image logo(byte[] bytes) {
        try {
            Image image = Image.getInstance(bytes);
            image.scaleToFit(150, 54);
            image.setSpacingAfter(4);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("Logo is not a readable image", e);
        } catch (BadElementException e) {
            throw new IllegalArgumentException("Logo is not a readable image", e);
        }
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    private static PdfPCell plain() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private static PdfPTable rule(float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(ACCENT);
        c.setBorderWidth(1.5f);
        c.setFixedHeight(1);
        table.addCell(c);
        return table;
    }

    /** Splits on blank lines; a lone line break stays inside its paragraph. */
    static List<String> paragraphs(String text) {
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private record Formats(String currency, Locale locale, DateTimeFormatter dates) {
        Formats(String currency, Locale locale) {
            this(
                    currency,
                    locale,
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }

        String money(BigDecimal amount) {
            return MoneyFormat.format(amount, currency, locale);
        }

        String date(java.time.LocalDate date) {
            return dates.format(date);
        }
    }

    /** Foot of every page, and the DUPLICATE COPY / VOID mark across it. */
    private final class PageDecorations extends PdfPageEventHelper {
        private final ReceiptDocument receipt;
        private PdfTemplate pageCount;

        PageDecorations(ReceiptDocument receipt) {
            this.receipt = receipt;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            pageCount = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float size = small.getSize();
            int number = writer.getPageNumber();

            if (number > 1) {
                String continued = receipt.organization().organizationName() + "  ·  "
                        + receipt.donor().name() + "  ·  Receipt no. " + receipt.serialNumber() + " (continued)";
                ColumnText.showTextAligned(
                        canvas, Element.ALIGN_LEFT, phrase(continued, small), left, document.top() + 16, 0);
            }

            float y = document.bottom() - 30;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, y + 12);
            canvas.lineTo(right, y + 12);
            canvas.stroke();
            canvas.restoreState();

            String where = "Receipt no. " + receipt.serialNumber() + "  ·  Page " + number + " of ";
            float countWidth = ReceiptFonts.REGULAR.getWidthPoint("000", size);
            float whereWidth = ReceiptFonts.REGULAR.getWidthPoint(where, size);
            text(canvas, where, right - countWidth, y, Element.ALIGN_RIGHT);
            canvas.addTemplate(pageCount, right - countWidth, y);

            String footer = receipt.organization().footer();
            if (footer != null && !footer.isBlank()) {
                // a long footer wraps below its first line rather than running into the page number
                ColumnText column = new ColumnText(canvas);
                column.setSimpleColumn(left, y - 24, right - countWidth - whereWidth - 12, y + 9);
                column.setLeading(size + 1.5f);
                column.addText(phrase(footer, small));
                column.go();
            }

            String markText = receipt.voided() ? "VOID" : receipt.duplicateCopy() ? "DUPLICATE COPY" : null;
            if (markText != null) {
                float diagonal = (float) Math.hypot(page.getWidth(), page.getHeight());
                float markSize = Math.min(140, 0.62f * diagonal / ReceiptFonts.BOLD.getWidthPoint(markText, 1));
                float angle = (float) Math.toDegrees(Math.atan2(page.getHeight(), page.getWidth()));
                canvas.saveState();
                PdfGState translucent = new PdfGState();
                translucent.setFillOpacity(0.13f);
                canvas.setGState(translucent);
                canvas.beginText();
                canvas.setFontAndSize(ReceiptFonts.BOLD, markSize);
                canvas.setColorFill(ALERT);
                float drop = markSize * 0.35f;
                canvas.showTextAligned(
                        Element.ALIGN_CENTER,
                        markText,
                        page.getWidth() / 2 + drop * (float) Math.sin(Math.toRadians(angle)),
                        page.getHeight() / 2 - drop * (float) Math.cos(Math.toRadians(angle)),
                        angle);
                canvas.endText();
                canvas.restoreState();
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            pageCount.beginText();
            pageCount.setFontAndSize(ReceiptFonts.REGULAR, small.getSize());
            pageCount.setColorFill(MUTED);
            pageCount.showText(Integer.toString(writer.getPageNumber() - 1));
            pageCount.endText();
        }

        private void text(PdfContentByte canvas, String text, float x, float y, int alignment) {
            canvas.beginText();
            canvas.setFontAndSize(ReceiptFonts.REGULAR, small.getSize());
            canvas.setColorFill(MUTED);
            canvas.showTextAligned(alignment, text, x, y, 0);
            canvas.endText();
        }
    }
}
