package org.steward.reports.receipts;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped in this jar (license beside them in {@code org/steward/reports/fonts/}),
 * loaded once and embedded as subsets in every PDF. They cover Latin, Greek, Cyrillic, Armenian, Georgian and more,
 * but no CJK: see docs/adr/0012-receipt-pdfs-and-fonts.md.
 */
final class ReceiptFonts {

    private static final String FOLDER = "org/steward/reports/fonts/";
    static final BaseFont REGULAR = load("DejaVuSans.ttf");
    static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private ReceiptFonts() {}

    private static BaseFont load(String file) {
        try (InputStream in = ReceiptFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FOLDER + file + " missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The characters of {@code text} that the shipped font has no glyph for (distinct, in order of appearance). */
    static String missing(String text) {
        StringBuilder missing = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .filter(c -> !REGULAR.charExists(c))
                .distinct()
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }
}
