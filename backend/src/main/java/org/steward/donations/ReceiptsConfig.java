package org.steward.donations;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code app.receipts}: font files (TrueType, OpenType or a {@code .ttc} collection) that set the characters the
 * shipped DejaVu Sans lacks, tried in order, e.g. a CJK font for Chinese, Japanese or Korean names
 * ({@code /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc} from Debian's fonts-wqy-zenhei). Read once at start; a
 * missing file stops the start with its name. Empty by default (docs/adr/0012-receipt-pdfs-and-fonts.md).
 */
@ConfigurationProperties("app.receipts")
public record ReceiptsConfig(@Nullable List<String> fallbackFonts) {

    List<Path> fallbackFontFiles() {
        return fallbackFonts == null
                ? List.of()
                : fallbackFonts.stream()
                        .filter(f -> !f.isBlank())
                        .map(f -> Path.of(f.trim()))
                        .toList();
    }
}
