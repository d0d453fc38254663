package org.steward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** The web page's session: an httpOnly cookie set by the sign-in, CSRF-checked writes, and sign-out that sticks. */
@MicronautTest
class SessionCookieIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api api() {
        return Api.of(server, json);
    }

    /** What a browser keeps after signing in with the cookie mode: the raw Set-Cookie lines and the cookie values. */
    record BrowserSession(List<String> setCookies, String session, String xsrf, Api.Reply login) {

        String cookieHeader() {
            return "STEWARD_SESSION=" + session + "; XSRF-TOKEN=" + xsrf;
        }
    }

    BrowserSession signInWithCookie(String username, String password) {
        Api.Reply reply = send(
                "POST",
                "/api/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                Map.of("X-Steward-Session", "cookie"));
        assertThat(reply.status()).as("sign-in %s", reply).isEqualTo(200);
        List<String> setCookies = reply.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .toList();
        Map<String, String> values = new HashMap<>();
        setCookies.forEach(line -> HttpCookie.parse(line).forEach(c -> values.put(c.getName(), c.getValue())));
        return new BrowserSession(setCookies, values.get("STEWARD_SESSION"), values.get("XSRF-TOKEN"), reply);
    }

    Api.Reply send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.getURI().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Api.Reply withCookie(BrowserSession browser, String method, String path, String body, String xsrfHeader) {
        Map<String, String> headers = new HashMap<>(Map.of("Cookie", browser.cookieHeader()));
        if (xsrfHeader != null) {
            headers.put("X-XSRF-TOKEN", xsrfHeader);
        }
        return send(method, path, body, headers);
    }

    static String line(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(l -> l.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + setCookies));
    }

    @Test
    void cookieSignInSetsAnHttpOnlyStrictCookieAndKeepsTheTokenOutOfTheBody() {
        String username = TestUsers.uniqueName("cookie");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");

        BrowserSession browser = signInWithCookie(username, TestUsers.PASSWORD);

        String session = line(browser.setCookies(), "STEWARD_SESSION").toLowerCase();
        assertThat(session).contains("httponly").contains("samesite=strict").contains("path=/");
        assertThat(session).as("plain HTTP test server").doesNotContain("secure");
        String xsrf = line(browser.setCookies(), "XSRF-TOKEN").toLowerCase();
        assertThat(xsrf).doesNotContain("httponly").contains("samesite=strict").contains("path=/");
        assertThat(browser.login().json())
                .doesNotContainKey("access_token")
                .containsEntry("username", username)
                .containsKey("expires_in");
        assertThat(browser.login().body()).doesNotContain(browser.session());
        assertThat(browser.xsrf()).isNotBlank().isNotEqualTo(browser.session());
    }

    @Test
    void theCookieAloneOpensReads() {
        String username = TestUsers.uniqueName("cookie");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        BrowserSession browser = signInWithCookie(username, TestUsers.PASSWORD);

        var me = send("GET", "/api/me", null, Map.of("Cookie", "STEWARD_SESSION=" + browser.session()));

        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.json()).containsEntry("username", username);
    }

    @Test
    void writesWithTheCookieNeedTheXsrfHeader() {
        String username = TestUsers.uniqueName("cookie");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        BrowserSession browser = signInWithCookie(username, TestUsers.PASSWORD);
        String body =
                "{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"" + TestUsers.PASSWORD + "\"}";

        assertProblem(withCookie(browser, "PUT", "/api/me/password", body, null), 403, "auth.csrf-failed");
        assertProblem(withCookie(browser, "PUT", "/api/me/password", body, "wrong"), 403, "auth.csrf-failed");
        assertProblem(withCookie(browser, "POST", "/api/logout", null, null), 403, "auth.csrf-failed");
        assertProblem(
                withCookie(browser, "DELETE", "/api/constituents/0190f0f0-0000-7000-8000-000000000000", null, null),
                403,
                "auth.csrf-failed");
        // the XSRF value of another session does not fit this one
        BrowserSession other = signInWithCookie(username, TestUsers.PASSWORD);
        assertProblem(withCookie(browser, "PUT", "/api/me/password", body, other.xsrf()), 403, "auth.csrf-failed");
        // the session was not touched by the refused requests
        assertThat(withCookie(browser, "GET", "/api/me", null, null).status()).isEqualTo(200);
    }

    @Test
    void aWriteWithTheRightXsrfHeaderSucceeds() {
        BrowserSession browser = signInWithCookie(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String username = TestUsers.uniqueName("made-by-cookie");
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"Cookie Made\",\"email\":\"" + username
                + "@example.org\",\"password\":\"" + TestUsers.PASSWORD + "\",\"roles\":[\"BOARD_MEMBER\"]}";

        var created = withCookie(browser, "POST", "/api/users", body, browser.xsrf());

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json()).containsEntry("username", username);
    }

    @Test
    void bearerClientsAreUnaffected() {
        Api admin = TestUsers.admin(api());
        String username = TestUsers.uniqueName("bearer");

        var created = admin.post(
                "/api/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Bearer Made",
                        "password",
                        TestUsers.PASSWORD,
                        "roles",
                        List.of("BOARD_MEMBER")));
        var login = api().post("/api/login", Map.of("username", username, "password", TestUsers.PASSWORD));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(login.json()).containsKey("access_token");
        assertThat(login.header("Set-Cookie")).as("no cookies for API clients").isNull();
    }

    @Test
    void afterSignOutTheOldCookieIsRefusedAndTheCookiesAreCleared() {
        String username = TestUsers.uniqueName("leaving");
        TestUsers.create(api(), username, "BOARD_MEMBER");
        BrowserSession browser = signInWithCookie(username, TestUsers.PASSWORD);
        BrowserSession otherBrowser = signInWithCookie(username, TestUsers.PASSWORD);

        var logout = withCookie(browser, "POST", "/api/logout", null, browser.xsrf());

        assertThat(logout.status()).as("%s", logout).isEqualTo(204);
        List<String> cleared = new ArrayList<>(logout.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream())
                .toList());
        assertThat(line(cleared, "STEWARD_SESSION").toLowerCase()).contains("max-age=0");
        assertThat(line(cleared, "XSRF-TOKEN").toLowerCase()).contains("max-age=0");
        // a copy of the cookie stops working, and so does the same token sent as a bearer token
        assertProblem(withCookie(browser, "GET", "/api/me", null, null), 401, "auth.unauthenticated");
        assertProblem(api().as(browser.session()).get("/api/me"), 401, "auth.unauthenticated");
        // another browser's session of the same user goes on
        assertThat(withCookie(otherBrowser, "GET", "/api/me", null, null).status())
                .isEqualTo(200);
    }

    @Test
    void aBearerClientCanSignOutItsToken() {
        String username = TestUsers.uniqueName("script");
        TestUsers.create(api(), username, "BOARD_MEMBER");
        Api client = api().signedIn(username, TestUsers.PASSWORD);
        assertThat(client.get("/api/me").status()).isEqualTo(200);

        var logout = client.post("/api/logout", Map.of());

        assertThat(logout.status()).as("%s", logout).isEqualTo(204);
        assertProblem(client.get("/api/me"), 401, "auth.unauthenticated");
    }

    @Test
    void withoutASessionThePageGetsAPlain401() {
        var me = send("GET", "/api/me", null, Map.of());

        assertProblem(me, 401, "auth.unauthenticated");
        // "WWW-Authenticate: Basic" would make the browser open its own password dialog over the page
        assertThat(me.header("WWW-Authenticate")).isNull();
    }

    @Test
    void signingOutWithoutASessionJustClearsTheCookies() {
        var logout = send("POST", "/api/logout", null, Map.of());

        assertThat(logout.status()).as("%s", logout).isEqualTo(204);
    }
}
