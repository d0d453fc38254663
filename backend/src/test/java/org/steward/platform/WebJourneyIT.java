package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.steward.support.TestUsers;

/**
 * Runs the Playwright journeys in frontend/e2e (headless Chromium) against this test server: the web page as a
 * user sees it, on the real database.
 */
@MicronautTest
class WebJourneyIT {

    @Inject
    EmbeddedServer server;

    @Test
    void theBrowserJourneysPass() throws Exception {
        File frontend = new File(System.getenv().getOrDefault("STEWARD_FRONTEND_DIR", "../frontend"));
        Path output = Files.createTempFile("steward-e2e", ".log");
        ProcessBuilder journeys = new ProcessBuilder(List.of("npm", "run", "e2e"))
                .directory(frontend)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        journeys.environment().put("BASE_URL", server.getURI().toString());
        journeys.environment().put("STEWARD_E2E_USERNAME", TestUsers.ADMIN);
        journeys.environment().put("STEWARD_E2E_PASSWORD", TestUsers.ADMIN_PASSWORD);

        Process process = journeys.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);

        assertThat(finished).as("journeys finished in time").isTrue();
        assertThat(process.exitValue())
                .as("journeys' exit code; output:\n%s", log)
                .isZero();
        assertThat(log).containsPattern("# pass [1-9]").contains("# fail 0");
    }
}
