package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

@MicronautTest
class ErrorsIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() {
        var reply = TestUsers.admin(Api.of(server, json)).get("/api/test-only/explode");

        var problem = assertProblem(reply, 500, "server.error");
        assertThat(problem).doesNotContainKey("detail");
        assertThat(reply.body()).doesNotContain("secret-internal-state", "Exception", "at org.");
    }

    @Test
    void unknownApiPathsAre401ForStrangersAnd404ForUsers() {
        assertProblem(Api.of(server, json).get("/api/no-such-thing"), 401, "auth.unauthenticated");
        assertProblem(TestUsers.admin(Api.of(server, json)).get("/api/no-such-thing"), 404, "http.not-found");
    }

    @Test
    void wrongMediaTypeAndMalformedJsonAreClearProblems() {
        Api admin = TestUsers.admin(Api.of(server, json));

        assertProblem(admin.postRaw("/api/users", "text/plain", "hello"), 415, "http.unsupported-media-type");
        assertProblem(admin.postRaw("/api/users", "application/json", "{not json"), 400, "request.malformed");
        assertProblem(
                admin.post("/api/users", Map.of("username", "x", "roles", "not-a-list", "password", 5)),
                400,
                "request.malformed");
    }

    @Controller("/api/test-only")
    @Requires(env = "test")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    static class ExplodingController {

        @Get("/explode")
        String explode() {
            throw new IllegalStateException("secret-internal-state");
        }
    }
}
