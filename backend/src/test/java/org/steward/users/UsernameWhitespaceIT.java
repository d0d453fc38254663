package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** Usernames, names and emails pasted with spaces around them are trimmed (issue 15, part 4). */
@MicronautTest
class UsernameWhitespaceIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api api() {
        return Api.of(server, json);
    }

    Map<String, Object> user(String username, String displayName, String email) {
        return Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "email",
                email,
                "password",
                TestUsers.PASSWORD,
                "roles",
                List.of("BOARD_MEMBER"));
    }

    @Test
    void aUserCreatedWithSpacesSignsInWithOrWithoutThem() {
        String username = TestUsers.uniqueName("jo");
        Api admin = TestUsers.admin(api());

        var created =
                admin.post("/api/users", user(" " + username + " ", "  Jo  Ann ", " " + username + "@example.org "));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("username", username)
                .containsEntry("displayName", "Jo  Ann")
                .containsEntry("email", username + "@example.org");
        for (String typed : List.of(username, " " + username + " ", username + "\t")) {
            var reply = api().post("/api/login", Map.of("username", typed, "password", TestUsers.PASSWORD));
            assertThat(reply.status()).as("sign-in as '%s': %s", typed, reply).isEqualTo(200);
            assertThat(reply.json()).containsEntry("username", username);
        }

        var updated =
                admin.put("/api/users/" + created.string("id"), Map.of("displayName", " Jo Ann Smith ", "email", "  "));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("displayName", "Jo Ann Smith");
        assertThat(updated.json().get("email")).isNull();
    }

    @Test
    void theAdministratorSignsInWithATrailingSpace() {
        var reply = api().post(
                        "/api/login", Map.of("username", TestUsers.ADMIN + " ", "password", TestUsers.ADMIN_PASSWORD));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("username", TestUsers.ADMIN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWhitespaceOnlyUsernameOrNameIsRefusedLikeAnEmptyOne() {
        Api admin = TestUsers.admin(api());

        var blank = admin.post("/api/users", user("   ", " \t ", "x@example.org"));
        var empty = admin.post("/api/users", user("", "", "x@example.org"));

        assertViolations(blank, "username", "displayName");
        assertThat((List<Object>) blank.json().get("violations"))
                .containsExactlyInAnyOrderElementsOf((List<Object>) empty.json().get("violations"));
    }
}
