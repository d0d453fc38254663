package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;

/** With no trusted proxies (the default), forwarded headers do not change which address the throttle counts. */
@MicronautTest
@Property(name = "app.users.login.max-failures-per-address", value = "20")
class LoginAddressSpoofingIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void aDifferentForwardedAddressOnEachAttemptDoesNotEscapeThePerAddressLimit() {
        List<Integer> statuses = attempts("X-Forwarded-For", i -> "203.0.113." + i, 26);

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 26)).containsOnly(429);
        // the RFC 7239 header, and the right password for another account, do not get past the pause either
        assertThat(attempts("Forwarded", i -> "for=\"[2001:db8::" + i + "]:4711\"", 3))
                .containsOnly(429);
        assertProblem(
                Api.of(server, json)
                        .withHeader("X-Forwarded-For", "198.51.100.1")
                        .post("/api/login", Map.of("username", "admin", "password", "test-admin-password")),
                429,
                "auth.too-many-attempts");
    }

    private List<Integer> attempts(String header, IntFunction<String> value, int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            var reply = Api.of(server, json)
                    .withHeader(header, value.apply(i))
                    .post("/api/login", Map.of("username", "spoof-" + header + "-" + i, "password", "wrong-" + i));
            statuses.add(reply.status());
        }
        return statuses;
    }
}
