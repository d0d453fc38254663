package org.steward.users;

import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;

@MicronautTest
@Property(name = "app.users.login.max-failures-per-address", value = "3")
class LoginAddressThrottleIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void oneAddressTryingManyAccountsIsPaused() {
        Api api = Api.of(server, json);
        for (int i = 0; i < 3; i++) {
            assertProblem(
                    api.post("/api/login", Map.of("username", "spray-" + i, "password", "password-" + i)),
                    401,
                    "auth.bad-credentials");
        }

        var reply = api.post("/api/login", Map.of("username", "admin", "password", "test-admin-password"));

        assertProblem(reply, 429, "auth.too-many-attempts");
    }
}
