package org.steward.donations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code app.receipts}: font files (TrueType, OpenType or a {@code .ttc} collection) that set the characters the
 * shipped DejaVu Sans lacks, tried in order, e.g. a CJK font for Chinese, Japanese or Korean names
 * ({@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc} from Debian's fonts-wqy-zenhei). Read once at start; a
 * missing file stops the start with its name. When none is configured, the usual system CJK fonts that are installed
 * are used ({@link #SYSTEM_FALLBACKS}), so a fresh install with such a font prints those names rather than leaving
 * them blank (docs/adr/0012-receipt-pdfs-and-fonts.md). Receipts, badges and sign-in sheets share them.
 */
@ConfigurationProperties("app.receipts")
public record ReceiptsConfig(@Nullable List<String> fallbackFonts) {

    /** Fonts looked for when none is configured: Debian's and most distributions' CJK fonts. */
    public static final List<Path> SYSTEM_FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    /** The configured fallback font files, or else those of {@link #SYSTEM_FALLBACKS} that are installed. */
    public List<Path> fallbackFontFiles() {
        List<Path> configured = fallbackFonts == null
                ? List.of()
                : fallbackFonts.stream()
                        .filter(f -> !f.isBlank())
                        .map(f -> Path.of(f.strip()))
                        .toList();
        return configured.isEmpty() ? installed(SYSTEM_FALLBACKS) : configured;
    }

    static List<Path> installed(List<Path> candidates) {
        return candidates.stream().filter(Files::isReadable).toList();
    }
}
