package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** The backend serves the built web page: the app at /, its assets, and index.html for client routes. */
@MicronautTest
class WebPageIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void servesTheAppToAnyoneAndClientRoutesGetIndexHtml() throws Exception {
        var root = fetch("/");
        var clientRoute = fetch("/users");

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(root.body()).contains("<div id=\"root\">");
        assertThat(clientRoute.statusCode()).isEqualTo(200);
        assertThat(clientRoute.body()).isEqualTo(root.body());
        // the public sign-up pages, to visitors who never signed in
        for (String publicPage : new String[] {"/public/events", "/public/events/" + UUID.randomUUID()}) {
            var page = fetch(publicPage);
            assertThat(page.statusCode()).as(publicPage).isEqualTo(200);
            assertThat(page.body()).as(publicPage).isEqualTo(root.body());
        }
        String script = root.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(fetch(script).statusCode()).isEqualTo(200);
    }

    @Test
    void apiPathsKeepTheirProblems() {
        assertProblem(Api.of(server, json).get("/api/nothing-here"), 401, "auth.unauthenticated");
        assertProblem(TestUsers.admin(Api.of(server, json)).get("/api/nothing-here"), 404, "http.not-found");
        assertProblem(Api.of(server, json).get("/assets/missing.js"), 404, "http.not-found");
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURI() + path))
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
