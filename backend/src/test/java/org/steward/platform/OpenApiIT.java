package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

@MicronautTest
class OpenApiIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void describesTheWholeApiToSignedInUsers() {
        var reply = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER").getAny("/api/openapi.yml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        assertThat(reply.body())
                .startsWith("openapi: 3")
                .contains("/api/users:", "/api/users/{id}/roles:", "/api/audit:", "/api/me:")
                .contains("bearerAuth");
    }

    @Test
    void isNotPublic() {
        assertProblem(Api.of(server, json).getAny("/api/openapi.yml"), 401, "auth.unauthenticated");
    }
}
