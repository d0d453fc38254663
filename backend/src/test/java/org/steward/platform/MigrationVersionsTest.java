package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway applies every module's migrations as one sequence ordered by version, and refuses to start when two share a
 * version or when a database already has a later version than one it has not applied. So versions are unique across
 * the module folders, and none lies in the future: a migration dated next week would make every migration written
 * before then look out of order on the databases that applied it.
 */
class MigrationVersionsTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Pattern NAME = Pattern.compile("V(\\d{14})__[a-z0-9_]+\\.sql");

    @Test
    void versionsAreUniqueWellFormedAndNotInTheFuture() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MIGRATIONS)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        String latestAllowed =
                LocalDateTime.now(ZoneOffset.UTC).plusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        List<String> versions = files.stream()
                .map(file -> {
                    Matcher m = NAME.matcher(file.getFileName().toString());
                    assertThat(m.matches())
                            .as("%s is named V<yyyyMMddHHmmss>__<module>_<what>.sql", file)
                            .isTrue();
                    return m.group(1);
                })
                .toList();

        assertThat(versions).as("migration versions").doesNotHaveDuplicates();
        assertThat(versions)
                .allSatisfy(
                        v -> assertThat(v).as("a version dated in the future").isLessThanOrEqualTo(latestAllowed));
    }
}
