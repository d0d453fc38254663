package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.context.BeanContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

@MicronautTest
class LoginIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    BeanContext beans;

    Api api() {
        return Api.of(server, json);
    }

    @Test
    void signInReturnsABearerTokenThatOpensTheApi() {
        String username = TestUsers.uniqueName("officer");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");

        var reply =
                api().post("/api/login", Map.of("username", username.toUpperCase(), "password", TestUsers.PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("token_type", "Bearer").containsEntry("username", username);
        assertThat((List<Object>) reply.json().get("roles")).containsExactly("DEVELOPMENT_OFFICER");
        var me = api().as(reply.string("access_token")).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("username", username);
        assertThat(me.json().get("lastLoginAt")).isNotNull();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameProblem() {
        String username = TestUsers.uniqueName("officer");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");

        var wrongPassword = api().post("/api/login", Map.of("username", username, "password", "not the password"));
        var unknownUser = api().post("/api/login", Map.of("username", "nobody-" + username, "password", "whatever pw"));

        assertProblem(wrongPassword, 401, "auth.bad-credentials");
        assertProblem(unknownUser, 401, "auth.bad-credentials");
        assertThat(wrongPassword.json().get("title"))
                .isEqualTo(unknownUser.json().get("title"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        String username = TestUsers.uniqueName("target");
        TestUsers.create(api(), username, "BOARD_MEMBER");
        for (int i = 0; i < 5; i++) {
            assertProblem(
                    api().post("/api/login", Map.of("username", username, "password", "guess number " + i)),
                    401,
                    "auth.bad-credentials");
        }

        var locked = api().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD));

        assertProblem(locked, 429, "auth.too-many-attempts");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
    }

    @Test
    void bearerTokensHaveOneValidatorTheOneThatRemembersCheckedTokens() {
        // if Micronaut's own validator came back (a configuration key renamed in an upgrade), it could run first
        // and every request would pay for the full check again
        assertThat(beans.getBeansOfType(TokenValidator.class))
                .singleElement()
                .extracting(v -> v.getClass().getSimpleName())
                .isEqualTo("RememberingTokenValidator");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String username = TestUsers.uniqueName("leaver");
        String id = TestUsers.create(api(), username, "EVENT_COORDINATOR");
        assertThat(TestUsers.admin(api())
                        .post("/api/users/" + id + "/disable", Map.of())
                        .status())
                .isEqualTo(200);

        var reply = api().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD));

        assertProblem(reply, 401, "auth.bad-credentials");
    }

    @Test
    void malformedSignInIsABadRequest() {
        assertProblem(api().postRaw("/api/login", "application/json", "{\"username\": "), 400, "request.malformed");
        assertViolations(api().post("/api/login", Map.of("username", "admin")), "password");
    }

    @Test
    void aForgedTokenIsRefused() {
        var reply = api().as("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl")
                .get("/api/me");

        assertProblem(reply, 401, "auth.unauthenticated");
    }

    @Test
    void aPasswordSentWithEachRequestIsNotAccepted() {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(
                        ("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        var reply = api().withHeader("Authorization", "Basic " + basic).get("/api/me");

        assertProblem(reply, 401, "auth.unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).isNull();
    }
}
