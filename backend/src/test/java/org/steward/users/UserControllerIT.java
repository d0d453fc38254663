package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
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

@MicronautTest
class UserControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api api() {
        return Api.of(server, json);
    }

    Api admin() {
        return TestUsers.admin(api());
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        String username = TestUsers.uniqueName("casey");

        var created = admin().post(
                        "/api/users",
                        Map.of(
                                "username", username,
                                "displayName", "Casey Coordinator",
                                "email", "casey@example.org",
                                "password", "correct horse battery",
                                "roles", List.of("EVENT_COORDINATOR")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/users/" + created.string("id"));
        assertThat(created.json())
                .containsEntry("username", username)
                .containsEntry("displayName", "Casey Coordinator")
                .containsEntry("enabled", true)
                .doesNotContainKeys("password", "passwordHash");
        api().signedIn(username, "correct horse battery");
        var listed = admin().get("/api/users?size=500");
        assertThat(listed.items()).anySatisfy(u -> assertThat(u).containsEntry("username", username));
        assertThat(listed.json().get("total")).isNotNull();
        var found = admin().get("/api/users?q=" + username.substring(2).toUpperCase());
        assertThat(found.items()).extracting(u -> u.get("username")).containsExactly(username);
        assertThat(admin().get("/api/users?q=casey%25" + username).items()).isEmpty();
    }

    @Test
    void aDuplicateUsernameIsAConflictWhateverItsCase() {
        String username = TestUsers.uniqueName("dup");
        TestUsers.create(api(), username, "BOARD_MEMBER");

        var again = admin().post(
                        "/api/users",
                        Map.of(
                                "username",
                                username.toUpperCase(),
                                "displayName",
                                "Someone else",
                                "password",
                                "another long password",
                                "roles",
                                List.of("BOARD_MEMBER")));

        assertProblem(again, 409, "users.username-taken");
    }

    @Test
    void invalidFieldsAreAllListedAndNothingIsCreated() {
        String username = TestUsers.uniqueName("bad");

        var reply = admin().post(
                        "/api/users",
                        Map.of(
                                "username", username,
                                "displayName", "",
                                "email", "not-an-email",
                                "password", "short",
                                "roles", List.of("SUPERUSER")));

        assertViolations(reply, "displayName", "email", "password", "roles[]");
        assertThat(api().post("/api/login", Map.of("username", username, "password", "short"))
                        .status())
                .isEqualTo(401);
        assertThat(admin().get("/api/users?size=500").items())
                .noneSatisfy(u -> assertThat(u).containsEntry("username", username));
    }

    @Test
    void changingRolesEndsTheUsersSessionsAndIsAudited() {
        String username = TestUsers.uniqueName("promoted");
        String id = TestUsers.create(api(), username, "BOARD_MEMBER");
        Api user = api().signedIn(username, TestUsers.PASSWORD);

        var changed = admin().put(
                        "/api/users/" + id + "/roles",
                        Map.of("roles", List.of("DEVELOPMENT_OFFICER", "EVENT_COORDINATOR")));

        assertThat(changed.status()).isEqualTo(200);
        assertThat((List<Object>) changed.json().get("roles"))
                .containsExactly("DEVELOPMENT_OFFICER", "EVENT_COORDINATOR");
        assertProblem(user.get("/api/me"), 401, "auth.unauthenticated");
        var audit = admin().get("/api/audit?entityType=user&entityId=" + id);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactly("UPDATED", "CREATED");
        assertThat(audit.items().get(0).get("actor")).isEqualTo("admin");
        assertThat(audit.items().get(0).get("changes"))
                .isEqualTo(List.of(Map.of(
                        "field", "roles", "from", "BOARD_MEMBER", "to", "DEVELOPMENT_OFFICER, EVENT_COORDINATOR")));
    }

    @Test
    void disablingAUserRevokesTheirTokenAtOnceAndEnablingRestoresSignIn() {
        String username = TestUsers.uniqueName("paused");
        String id = TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        Api user = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(user.get("/api/me").status()).isEqualTo(200);

        assertThat(admin().post("/api/users/" + id + "/disable", Map.of()).json())
                .containsEntry("enabled", false);
        assertProblem(user.get("/api/me"), 401, "auth.unauthenticated");

        assertThat(admin().post("/api/users/" + id + "/enable", Map.of()).json())
                .containsEntry("enabled", true);
        assertThat(api().signedIn(username, TestUsers.PASSWORD).get("/api/me").status())
                .isEqualTo(200);
    }

    @Test
    void anAdminCannotDisableThemselvesNorRemoveTheLastAdmin() {
        var me = admin().get("/api/me").json();
        String adminId = (String) me.get("id");
        assertProblem(admin().post("/api/users/" + adminId + "/disable", Map.of()), 422, "users.cannot-disable-self");

        // Its own state: every other enabled administrator (left by earlier tests) becomes a board member, so the
        // bootstrap admin is the only one, whatever ran before.
        for (var user : admin().get("/api/users?size=500").items()) {
            if (!adminId.equals(user.get("id"))
                    && Boolean.TRUE.equals(user.get("enabled"))
                    && ((List<?>) user.get("roles")).contains("ADMIN")) {
                var demoted = admin().put(
                                "/api/users/" + user.get("id") + "/roles", Map.of("roles", List.of("BOARD_MEMBER")));
                assertThat(demoted.status())
                        .as("demote %s: %s", user.get("username"), demoted)
                        .isEqualTo(200);
            }
        }
        assertThat(admin().get("/api/users?size=500").items())
                .filteredOn(u -> Boolean.TRUE.equals(u.get("enabled")) && ((List<?>) u.get("roles")).contains("ADMIN"))
                .extracting(u -> u.get("id"))
                .containsExactly(adminId);

        assertProblem(
                admin().put("/api/users/" + adminId + "/roles", Map.of("roles", List.of("BOARD_MEMBER"))),
                422,
                "users.last-admin");
        assertThat(admin().get("/api/me").json().get("roles")).isEqualTo(List.of("ADMIN"));

        // with a second administrator either may be demoted; once the second is, the first is the last one again
        String secondId = TestUsers.create(api(), TestUsers.uniqueName("second-admin"), "ADMIN");
        assertThat(admin().put("/api/users/" + secondId + "/roles", Map.of("roles", List.of("BOARD_MEMBER")))
                        .status())
                .isEqualTo(200);
        assertProblem(
                admin().put("/api/users/" + adminId + "/roles", Map.of("roles", List.of("EVENT_COORDINATOR"))),
                422,
                "users.last-admin");
        assertThat(admin().get("/api/me").json().get("roles")).isEqualTo(List.of("ADMIN"));
    }

    @Test
    void anAdminResetsAPasswordAndTheUserChangesItAgain() {
        String username = TestUsers.uniqueName("forgetful");
        String id = TestUsers.create(api(), username, "BOARD_MEMBER");

        assertThat(admin().put("/api/users/" + id + "/password", Map.of("password", "reset by the admin"))
                        .status())
                .isEqualTo(204);
        Api user = api().signedIn(username, "reset by the admin");

        assertProblem(
                user.put(
                        "/api/me/password",
                        Map.of("currentPassword", "wrong one", "newPassword", "my own new password")),
                422,
                "users.wrong-current-password");
        assertViolations(
                user.put("/api/me/password", Map.of("currentPassword", "reset by the admin", "newPassword", "short")),
                "newPassword");
        assertThat(user.put(
                                "/api/me/password",
                                Map.of("currentPassword", "reset by the admin", "newPassword", "my own new password"))
                        .status())
                .isEqualTo(204);
        api().signedIn(username, "my own new password");
        var audit = admin().get("/api/audit?entityType=user&entityId=" + id).items();
        // the scan below means something only if the entries it scans are there: the change, the reset, the creation
        assertThat(audit).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(audit).extracting(e -> e.get("actor")).containsExactly(username, "admin", "admin");
        for (var entry : audit.subList(0, 2)) {
            assertThat(entry.get("changes"))
                    .isEqualTo(List.of(Map.of("field", "password", "from", "(redacted)", "to", "(changed)")));
        }
        assertThat(audit.toString())
                .doesNotContain(
                        "reset by the admin", "my own new password", TestUsers.PASSWORD, "$2a$", "$2b$", "$2y$");
    }

    @Test
    void unknownUserIsNotFound() {
        assertProblem(admin().get("/api/users/00000000-0000-0000-0000-000000000000"), 404, "users.not-found");
        assertProblem(admin().get("/api/users/not-a-uuid"), 400, "validation.failed");
    }

    @Test
    void everyRoleButAdminIsRefusedUserAdministration() {
        for (String role : List.of("DEVELOPMENT_OFFICER", "EVENT_COORDINATOR", "BOARD_MEMBER")) {
            Api user = TestUsers.withRoles(api(), role);
            assertProblem(user.get("/api/users"), 403, "auth.forbidden");
            assertProblem(
                    user.post(
                            "/api/users",
                            Map.of(
                                    "username",
                                    "x-" + role.toLowerCase(),
                                    "displayName",
                                    "X",
                                    "password",
                                    "long enough password",
                                    "roles",
                                    List.of("ADMIN"))),
                    403,
                    "auth.forbidden");
            assertProblem(user.get("/api/audit"), 403, "auth.forbidden");
            assertThat(user.get("/api/me").status()).isEqualTo(200);
        }
        assertProblem(api().get("/api/users"), 401, "auth.unauthenticated");
    }

    @Test
    void staffWhoWorkWithConstituentsSeeTheirColleaguesNamesOnly() {
        String officer = TestUsers.uniqueName("officer");
        String boardOnly = TestUsers.uniqueName("board");
        String leaver = TestUsers.uniqueName("leaver");
        TestUsers.create(api(), officer, "DEVELOPMENT_OFFICER");
        TestUsers.create(api(), boardOnly, "BOARD_MEMBER");
        String leaverId = TestUsers.create(api(), leaver, "EVENT_COORDINATOR");
        assertThat(admin().post("/api/users/" + leaverId + "/disable", Map.of()).status())
                .isEqualTo(200);

        Api coordinator = TestUsers.withRoles(api(), "EVENT_COORDINATOR");
        var staff = coordinator.get("/api/staff");
        assertThat(staff.status()).isEqualTo(200);
        List<Object> members = staff.jsonList();
        assertThat(members).contains(Map.of("username", officer, "displayName", "Test " + officer));
        assertThat(members.toString()).doesNotContain(boardOnly, leaver, "@example.org");

        assertProblem(TestUsers.withRoles(api(), "BOARD_MEMBER").get("/api/staff"), 403, "auth.forbidden");
        assertProblem(api().get("/api/staff"), 401, "auth.unauthenticated");
    }
}
