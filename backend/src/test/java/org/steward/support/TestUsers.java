package org.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Staff accounts for tests: the bootstrap admin, and fresh users of any role with unique usernames. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "a-long-test-password";

    private TestUsers() {}

    public static Api admin(Api api) {
        return api.signedIn(ADMIN, ADMIN_PASSWORD);
    }

    /** Creates a user with these roles (via the admin API) and returns a client signed in as them. */
    public static Api withRoles(Api api, String... roles) {
        String username = uniqueName(roles.length == 0 ? "user" : roles[0].toLowerCase());
        create(api, username, roles);
        return api.signedIn(username, PASSWORD);
    }

    /** Creates a user and returns their id. */
    public static String create(Api api, String username, String... roles) {
        Api.Reply reply = admin(api)
                .post(
                        "/api/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Test " + username,
                                "email",
                                username + "@example.org",
                                "password",
                                PASSWORD,
                                "roles",
                                List.of(roles)));
        assertThat(reply.status()).as("create user %s: %s", username, reply).isEqualTo(201);
        return reply.string("id");
    }

    public static String uniqueName(String prefix) {
        return prefix.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
