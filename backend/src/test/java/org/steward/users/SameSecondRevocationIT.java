package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * Revocation when the sign-in and the change fall in the same second. The application's clock is pinned to one
 * instant, so every change here happens "at the same time" as the sign-in before it (tokens' own issue times come
 * from the system clock, at or after that instant): a check on timestamps would let the old tokens through; the
 * session generation does not.
 */
@MicronautTest
@Property(name = "spec.name", value = "SameSecondRevocationIT")
class SameSecondRevocationIT {

    static final Instant PINNED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Factory
    @Requires(property = "spec.name", value = "SameSecondRevocationIT")
    static class PinnedClock {
        @Singleton
        @Replaces(Clock.class)
        Clock clock() {
            return Clock.fixed(PINNED, ZoneOffset.UTC);
        }
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    Clock clock;

    Api api() {
        return Api.of(server, json);
    }

    @Test
    void theClockIsPinned() {
        assertThat(clock.instant()).isEqualTo(PINNED);
    }

    @Test
    void aRoleChangeEndsATokenIssuedTheSameInstant() {
        String username = TestUsers.uniqueName("promoted");
        String id = TestUsers.create(api(), username, "BOARD_MEMBER");
        Api before = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(before.get("/api/me").status()).isEqualTo(200);

        var changed = TestUsers.admin(api()).put("/api/users/" + id + "/roles", Map.of("roles", List.of("ADMIN")));

        assertThat(changed.status()).isEqualTo(200);
        assertProblem(before.get("/api/me"), 401, "auth.unauthenticated");
        assertProblem(before.get("/api/constituents"), 401, "auth.unauthenticated");
        Api after = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(after.get("/api/me").json().get("roles")).isEqualTo(List.of("ADMIN"));
        assertThat(after.get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void disablingEndsATokenIssuedTheSameInstant() {
        String username = TestUsers.uniqueName("paused");
        String id = TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        Api before = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(before.get("/api/me").status()).isEqualTo(200);

        assertThat(TestUsers.admin(api())
                        .post("/api/users/" + id + "/disable", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(TestUsers.admin(api())
                        .post("/api/users/" + id + "/enable", Map.of())
                        .status())
                .isEqualTo(200);

        assertProblem(before.get("/api/me"), 401, "auth.unauthenticated"); // re-enabling does not revive it
        assertThat(api().signedIn(username, TestUsers.PASSWORD).get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsATokenIssuedTheSameInstant() {
        String username = TestUsers.uniqueName("forgetful");
        String id = TestUsers.create(api(), username, "EVENT_COORDINATOR");
        Api before = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(before.get("/api/me").status()).isEqualTo(200);

        assertThat(TestUsers.admin(api())
                        .put("/api/users/" + id + "/password", Map.of("password", "set by the admin 1"))
                        .status())
                .isEqualTo(204);

        assertProblem(before.get("/api/me"), 401, "auth.unauthenticated");
        assertThat(api().signedIn(username, "set by the admin 1").get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsAndKeepsThisOne() {
        String username = TestUsers.uniqueName("careful");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        Api laptop = api().signedIn(username, TestUsers.PASSWORD);
        Api phone = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(phone.get("/api/me").status()).isEqualTo(200);

        var changed = laptop.put(
                "/api/me/password",
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a new long password"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(laptop.get("/api/me").status()).isEqualTo(200);
        assertProblem(phone.get("/api/me"), 401, "auth.unauthenticated");
        Api again = api().signedIn(username, "a new long password");
        assertThat(again.get("/api/me").status()).isEqualTo(200);

        // a second change from the new session ends the one kept by the first
        assertThat(again.put(
                                "/api/me/password",
                                Map.of("currentPassword", "a new long password", "newPassword", "yet another password"))
                        .status())
                .isEqualTo(204);
        assertThat(again.get("/api/me").status()).isEqualTo(200);
        assertProblem(laptop.get("/api/me"), 401, "auth.unauthenticated");
    }
}
