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

/**
 * The test client connects from loopback, which this context names as a trusted proxy: forwarded headers then say
 * who the client is, read from the right.
 */
@MicronautTest
@Property(name = "app.users.login.max-failures-per-address", value = "3")
@Property(name = "app.security.trusted-proxies", value = "127.0.0.0/8,::1")
class LoginBehindTrustedProxyIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void theForwardedClientIsThrottledNotTheProxy() {
        failThreeTimes("X-Forwarded-For", "203.0.113.10", "fwd");

        assertProblem(login("X-Forwarded-For", "203.0.113.10", "fwd-4"), 429, "auth.too-many-attempts");
        // another client behind the same proxy is not paused
        assertProblem(login("X-Forwarded-For", "203.0.113.11", "fwd-5"), 401, "auth.bad-credentials");
    }

    @Test
    void aForgedLeftMostEntryIsNotBelieved() {
        failThreeTimes("X-Forwarded-For", "203.0.113.20", "forge");

        // the client wrote 192.0.2.1 itself; the proxy appended the address it really came from
        assertProblem(login("X-Forwarded-For", "192.0.2.1, 203.0.113.20", "forge-4"), 429, "auth.too-many-attempts");
        assertProblem(login("X-Forwarded-For", "192.0.2.2, 203.0.113.20", "forge-5"), 429, "auth.too-many-attempts");
    }

    @Test
    void theForwardedHeaderWorksTooWithIpv6() {
        failThreeTimes("Forwarded", "for=\"[2001:db8::30]:4711\";proto=https", "rfc");

        assertProblem(login("Forwarded", "for=\"[2001:db8::30]\"", "rfc-4"), 429, "auth.too-many-attempts");
        assertProblem(login("Forwarded", "for=\"[2001:db8::31]:4711\"", "rfc-5"), 401, "auth.bad-credentials");
    }

    private void failThreeTimes(String header, String value, String prefix) {
        for (int i = 1; i <= 3; i++) {
            assertProblem(login(header, value, prefix + "-" + i), 401, "auth.bad-credentials");
        }
    }

    private Api.Reply login(String header, String value, String username) {
        return Api.of(server, json)
                .withHeader(header, value)
                .post("/api/login", Map.of("username", "proxied-" + username, "password", "not the password"));
    }
}
