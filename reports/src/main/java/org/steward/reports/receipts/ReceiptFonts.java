package org.steward.reports.receipts;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped in this jar (license beside them in {@code org/steward/reports/fonts/}),
 * loaded once and embedded as subsets in every PDF. They cover Latin, Greek, Cyrillic, Armenian, Georgian and more,
 * but no CJK: an operator may name fallback fonts for those (see docs/adr/0012-receipt-pdfs-and-fonts.md).
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

    /**
     * Loads a TrueType or OpenType font file (a collection as {@code file.ttc}, its first font taken) to stand in
     * for characters DejaVu lacks, embedded as a subset like the shipped ones.
     */
    static BaseFont fallback(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Fallback font " + file + " is not a readable file");
        }
        String name = file.toString();
        String withIndex = name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
        try {
            return BaseFont.createFont(withIndex, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("Fallback font " + file + " could not be read", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Fallback font " + file + " is not a font OpenPDF can embed", e);
        }
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
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || REGULAR.charExists(c));
    }
}
