package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.constituents.ConstituentFixtures.anOrganization;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** {@code GET /api/constituents/tags}: the tags in use, for suggestions. */
@MicronautTest
class ConstituentTagsIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api officer;
    /** This test's tags start with it, so other tests' tags in the shared database do not count. */
    String prefix;

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        prefix = "tg" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void listsTheTagsStartingWithThePrefixMostUsedFirstThenAlphabetical() {
        tagged("One", prefix + "-beta", prefix + "-alpha", prefix + "-gamma");
        tagged("Two", prefix + "-beta", prefix + "-alpha");
        tagged("Three", prefix + "-beta", prefix + "-gamma");
        officer.post(
                "/api/constituents",
                anOrganization("Org " + prefix)
                        .with("tags", List.of("other-" + prefix))
                        .build());

        assertThat(tags("?q=" + prefix))
                .containsExactly(
                        Map.of("tag", prefix + "-beta", "count", 3),
                        Map.of("tag", prefix + "-alpha", "count", 2),
                        Map.of("tag", prefix + "-gamma", "count", 2));
        // the prefix ignores case and is only a prefix
        assertThat(tags("?q=" + prefix.toUpperCase() + "-G"))
                .containsExactly(Map.of("tag", prefix + "-gamma", "count", 2));
        assertThat(tags("?q=" + prefix + "-alpha")).containsExactly(Map.of("tag", prefix + "-alpha", "count", 2));
        assertThat(tags("?q=" + prefix.substring(2))).isEmpty();
        // LIKE wildcards in the prefix are plain characters
        assertThat(tags("?q=" + prefix + "%25")).isEmpty();
        assertThat(tags("?q=" + prefix + "_")).isEmpty();
        assertThat(tags("?q=" + prefix + "&limit=2"))
                .extracting(t -> t.get("tag"))
                .containsExactly(prefix + "-beta", prefix + "-alpha");
    }

    @Test
    void deletedConstituentsDoNotCount() {
        tagged("Kept", prefix + "-shared");
        String gone = tagged("Gone", prefix + "-shared", prefix + "-only-deleted");
        assertThat(tags("?q=" + prefix))
                .containsExactly(
                        Map.of("tag", prefix + "-shared", "count", 2),
                        Map.of("tag", prefix + "-only-deleted", "count", 1));

        assertThat(officer.delete("/api/constituents/" + gone).status()).isEqualTo(204);

        assertThat(tags("?q=" + prefix)).containsExactly(Map.of("tag", prefix + "-shared", "count", 1));
        assertThat(TestUsers.admin(Api.of(server, json))
                        .post("/api/constituents/" + gone + "/restore", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(tags("?q=" + prefix)).hasSize(2);
    }

    @Test
    void withoutAPrefixListsUpToTwentyTagsByUseAndTheLimitIsBounded() {
        tagged("Any", prefix + "-any");

        List<Map<String, Object>> all = tags("");
        assertThat(all).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        for (int i = 1; i < all.size(); i++) {
            long before = ((Number) all.get(i - 1).get("count")).longValue();
            long after = ((Number) all.get(i).get("count")).longValue();
            assertThat(before).as("counts descend: %s", all).isGreaterThanOrEqualTo(after);
        }
        assertThat(officer.get("/api/constituents/tags?limit=100").status()).isEqualTo(200);
        assertViolations(officer.get("/api/constituents/tags?limit=101"), "limit");
        assertViolations(officer.get("/api/constituents/tags?limit=0"), "limit");
        assertViolations(officer.get("/api/constituents/tags?q=" + "x".repeat(61)), "q");
    }

    @Test
    void theTagsPathIsNotTakenForAConstituentId() {
        String id = tagged("Path", prefix + "-path");

        // "/tags" is its own route, while ids (UUIDs) still reach the constituent
        assertThat(officer.get("/api/constituents/tags?q=" + prefix).jsonList()).hasSize(1);
        assertThat(officer.get("/api/constituents/" + id).json()).containsEntry("id", id);
        assertProblem(officer.get("/api/constituents/" + UUID.randomUUID()), 404, "constituents.not-found");
    }

    @Test
    void boardMembersAreRefusedAndCoordinatorsMayRead() {
        tagged("Role", prefix + "-role");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        Api admin = TestUsers.admin(Api.of(server, json));

        assertThat(coordinator.get("/api/constituents/tags?q=" + prefix).jsonList())
                .hasSize(1);
        assertThat(admin.get("/api/constituents/tags?q=" + prefix).jsonList()).hasSize(1);
        assertProblem(board.get("/api/constituents/tags"), 403, "auth.forbidden");
        assertProblem(board.get("/api/constituents/tags?q=" + prefix), 403, "auth.forbidden");
        assertProblem(Api.of(server, json).get("/api/constituents/tags"), 401, "auth.unauthenticated");
    }

    @Test
    void isDescribedInTheApiDocument() {
        assertThat(TestUsers.admin(Api.of(server, json))
                        .getAny("/api/openapi.yml")
                        .body())
                .contains("/api/constituents/tags:", "Tags in use");
    }

    /** Creates an individual with these tags; returns its id. */
    private String tagged(String first, String... tags) {
        var created = officer.post(
                "/api/constituents",
                anIndividual(first, "Tagged" + prefix)
                        .with("tags", List.of(tags))
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tags(String query) {
        var reply = officer.get("/api/constituents/tags" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.jsonList().stream().map(t -> (Map<String, Object>) t).toList();
    }
}
