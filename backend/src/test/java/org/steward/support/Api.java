package org.steward.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for integration tests: it returns every response, errors included, so tests assert on
 * status, headers and the JSON body alike, as any other client of the API would see them.
 */
public final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;
    private final String token;
    private final Map<String, String> headers;

    private Api(URI base, JsonMapper json, String token, Map<String, String> headers) {
        this.base = base;
        this.json = json;
        this.token = token;
        this.headers = headers;
    }

    public static Api of(EmbeddedServer server, JsonMapper json) {
        return new Api(server.getURI(), json, null, Map.of());
    }

    /** The same client, sending {@code Authorization: Bearer token}. */
    public Api as(String accessToken) {
        return new Api(base, json, accessToken, headers);
    }

    /** The same client, sending one more header on every request (e.g. {@code X-Forwarded-For}). */
    public Api withHeader(String name, String value) {
        var more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, json, token, Map.copyOf(more));
    }

    /** Signs in and returns a client acting as that user. */
    public Api signedIn(String username, String password) {
        Reply reply = post("/api/login", Map.of("username", username, "password", password));
        if (reply.status() != 200) {
            throw new AssertionError("Sign-in of " + username + " failed: " + reply.status() + " " + reply.body());
        }
        return as((String) reply.json().get("access_token"));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts any media type (documents that are not JSON). */
    public Reply getAny(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    /** A GET read as bytes (PDFs, spreadsheets); the status and headers come with it. */
    public HttpResponse<byte[]> getBytes(String path) {
        return getBytes(path, "*/*");
    }

    /** A GET read as bytes, accepting what {@code accept} says (as the web page asks for a file). */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        try {
            return HTTP.send(
                    request(path).setHeader("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public Reply put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    /** Any method with a JSON body (none if null), accepting any media type: for tests that walk every route. */
    public Reply call(String method, String path, String jsonBody) {
        HttpRequest.Builder builder = request(path).setHeader("Accept", "*/*");
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder);
    }

    /** Sends raw text as the body, e.g. malformed JSON. */
    public Reply postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new AssertionError("Not a JSON object (" + status + "): " + body, e);
            }
        }

        public List<Object> jsonList() {
            try {
                return mapper.readValue(body, Argument.listOf(Object.class));
            } catch (IOException e) {
                throw new AssertionError("Not a JSON array (" + status + "): " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        public String string(String field) {
            Object value = json().get(field);
            return value == null ? null : value.toString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
