package org.steward.reports;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The fonts of Steward's PDFs: DejaVu Sans and DejaVu Sans Bold, shipped in this jar (license beside them in {@code
 * org/steward/reports/fonts/}), loaded once and embedded as subsets; they cover Latin, Greek, Cyrillic, Armenian,
 * Georgian and more, but no CJK. Fallback fonts named by the operator (e.g. a CJK font) set the characters DejaVu
 * lacks (docs/adr/0012-receipt-pdfs-and-fonts.md).
 */
public final class PdfFonts {

    private static final String FOLDER = "org/steward/reports/fonts/";
    public static final BaseFont REGULAR = load("DejaVuSans.ttf");
    public static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

    private PdfFonts() {}

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
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
    public static BaseFont fallback(Path file) {
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

    /** Whether the shipped font draws every character of {@code text}. */
    public static boolean coversAll(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || REGULAR.charExists(c));
    }

    /**
     * {@code text} in {@code font}; with fallback fonts, the characters DejaVu Sans lacks are set in the first
     * fallback that has them, at the same size, style and colour.
     */
    public static Phrase phrase(String text, Font font, List<BaseFont> fallbacks) {
        if (fallbacks.isEmpty() || coversAll(text)) {
            return new Phrase(text, font);
        }
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        for (BaseFont fallback : fallbacks) {
            selector.addFont(new Font(fallback, font.getSize(), font.getStyle(), font.getColor()));
        }
        return selector.process(text);
    }
}
