package org.steward.reports.receipts;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.util.List;
import org.steward.reports.PdfFonts;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped in this jar (license beside them in {@code org/steward/reports/fonts/}),
 * loaded once and embedded as subsets in every PDF. They cover Latin, Greek, Cyrillic, Armenian, Georgian and more,
 * but no CJK: an operator may name fallback fonts for those (see docs/adr/0012-receipt-pdfs-and-fonts.md).
 */
final class ReceiptFonts {

    static final BaseFont REGULAR = PdfFonts.REGULAR;
    static final BaseFont BOLD = PdfFonts.BOLD;

    private ReceiptFonts() {}

    /** See {@link PdfFonts#fallback(Path)}. */
    static BaseFont fallback(Path file) {
        return PdfFonts.fallback(file);
    }

    /**
     * The characters of {@code text} that neither the shipped font nor any of {@code fallbacks} has a glyph for
     * (distinct, in order of appearance).
     */
    static String missing(String text, List<BaseFont> fallbacks) {
        StringBuilder missing = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !REGULAR.charExists(c))
                .filter(c -> fallbacks.stream().noneMatch(f -> f.charExists(c)))
                .distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }

    /** Whether the shipped font draws every character of {@code text}. */
    static boolean coversAll(String text) {
        return PdfFonts.coversAll(text);
    }
}
