package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;

@MicronautTest
class HealthIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void healthIsUpWithoutSigningInAndRevealsNoDetails() {
        var reply = Api.of(server, json).get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("status", "UP").doesNotContainKey("details");
    }
}
