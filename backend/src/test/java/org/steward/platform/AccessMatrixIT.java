package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;
import org.yaml.snakeyaml.Yaml;

/**
 * Walks every route of the OpenAPI document with each role and without a token, and checks the answers against the
 * one table of who may do what, {@code src/test/resources/access-matrix.yml}.
 */
@MicronautTest(transactional = false)
class AccessMatrixIT {

    static final List<String> ROLES = List.of("ADMIN", "DEVELOPMENT_OFFICER", "EVENT_COORDINATOR", "BOARD_MEMBER");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    static final Set<String> ENDS_THE_SESSION = Set.of("POST /api/logout");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void everyRouteAnswersEachRoleAsTheAccessMatrixSays() {
        Api anonymous = Api.of(server, json);
        Map<String, Api> callers = new LinkedHashMap<>();
        for (String role : ROLES) {
            callers.put(role, signedInAs(anonymous, role));
        }
        Set<String> documented = routesOf(callers.get("BOARD_MEMBER").getAny("/api/openapi.yml"));
        Map<String, Set<String>> matrix = matrix();

        assertThat(new TreeSet<>(matrix.keySet()))
                .as("access-matrix.yml has exactly one row per route of the OpenAPI document")
                .isEqualTo(new TreeSet<>(documented));

        List<String> wrong = new ArrayList<>();
        for (var row : matrix.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = filled(row.getKey().substring(method.length() + 1));
            String body = method.equals("POST") || method.equals("PUT") ? "{}" : null;
            Set<String> allowed = row.getValue();

            var withoutToken = anonymous.call(method, path, body);
            if (allowed.contains("PUBLIC")) {
                expectAllowed(wrong, row.getKey(), "no token", withoutToken);
            } else {
                expect(wrong, row.getKey(), "no token", withoutToken, 401, "auth.unauthenticated");
            }
            for (String role : ROLES) {
                // signing out ends the caller's session: that row gets a session of its own to end
                Api caller = ENDS_THE_SESSION.contains(row.getKey()) ? signedInAs(anonymous, role) : callers.get(role);
                var reply = caller.call(method, path, body);
                if (allowed.contains(role) || allowed.contains("AUTHENTICATED") || allowed.contains("PUBLIC")) {
                    expectAllowed(wrong, row.getKey(), role, reply);
                } else {
                    expect(wrong, row.getKey(), role, reply, 403, "auth.forbidden");
                }
            }
        }
        assertThat(wrong).as("answers that differ from access-matrix.yml").isEmpty();
    }

    private static Api signedInAs(Api anonymous, String role) {
        return role.equals("ADMIN") ? TestUsers.admin(anonymous) : TestUsers.withRoles(anonymous, role);
    }

    /** Any answer but a refusal: ids are random and bodies minimal, so a 404 or a 400 is fine. */
    private static void expectAllowed(List<String> wrong, String route, String who, Api.Reply reply) {
        if (reply.status() == 401 || reply.status() == 403 || reply.status() >= 500) {
            wrong.add(route + " as " + who + ": expected to get through, got " + reply);
        }
    }

    private static void expect(List<String> wrong, String route, String who, Api.Reply reply, int status, String code) {
        String got = reply.status() + " " + codeOf(reply);
        if (!got.equals(status + " " + code)) {
            wrong.add(route + " as " + who + ": expected " + status + " " + code + ", got " + reply);
        }
    }

    private static String codeOf(Api.Reply reply) {
        try {
            return String.valueOf(reply.json().get("code"));
        } catch (AssertionError notJson) {
            return "(no problem body)";
        }
    }

    /** Path parameters get random values: a random UUID for ids, a code no record has for codes. */
    private static String filled(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("code")
                    ? "no-such-code-" + UUID.randomUUID().toString().substring(0, 8)
                    : UUID.randomUUID().toString();
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> routesOf(Api.Reply document) {
        assertThat(document.status()).as("the OpenAPI document: %s", document).isEqualTo(200);
        Map<String, Object> openApi = new Yaml().load(document.body());
        Set<String> routes = new LinkedHashSet<>();
        ((Map<String, Map<String, Object>>) openApi.get("paths"))
                .forEach((path, operations) -> operations.keySet().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        assertThat(routes).as("routes of the OpenAPI document").hasSizeGreaterThan(50);
        return routes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> matrix() {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/access-matrix.yml")) {
            assertThat(in).as("access-matrix.yml on the test classpath").isNotNull();
            Map<String, List<String>> rows = new Yaml().load(in);
            Map<String, Set<String>> matrix = new LinkedHashMap<>();
            rows.forEach((route, roles) -> {
                assertThat(route).as("a row's key is 'METHOD /path'").matches("(GET|PUT|POST|DELETE|PATCH) /\\S+");
                assertThat(roles).as("roles of %s", route).isNotEmpty();
                assertThat(ROLES.stream().toList())
                        .as("roles of %s", route)
                        .containsAll(roles.stream()
                                .filter(r -> !r.equals("AUTHENTICATED") && !r.equals("PUBLIC"))
                                .toList());
                matrix.put(route, new LinkedHashSet<>(roles));
            });
            return matrix;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
