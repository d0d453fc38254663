package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptsConfigTest {

    @TempDir
    Path dir;

    @Test
    void configuredFontsAreUsedAsGivenInOrder() {
        var config = new ReceiptsConfig(List.of(" /fonts/b.ttf ", "", "/fonts/a.ttc"));

        assertThat(config.fallbackFontFiles()).containsExactly(Path.of("/fonts/b.ttf"), Path.of("/fonts/a.ttc"));
    }

    @Test
    void withoutConfigurationTheInstalledSystemFontsAreUsed() {
        assertThat(new ReceiptsConfig(null).fallbackFontFiles())
                .isEqualTo(new ReceiptsConfig(List.of("")).fallbackFontFiles())
                .allSatisfy(font -> assertThat(ReceiptsConfig.SYSTEM_FALLBACKS).contains(font))
                .allSatisfy(font -> assertThat(font).isReadable())
                .containsAll(ReceiptsConfig.SYSTEM_FALLBACKS.stream()
                        .filter(Files::isReadable)
                        .toList());
    }

    @Test
    void onlyFilesThatExistAreTakenFromTheCandidates() throws Exception {
        Path present = Files.createFile(dir.resolve("present.ttf"));
        Path absent = dir.resolve("absent.ttf");

        assertThat(ReceiptsConfig.installed(List.of(absent, present))).containsExactly(present);
    }
}
