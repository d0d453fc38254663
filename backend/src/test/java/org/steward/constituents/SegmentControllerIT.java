package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
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

@MicronautTest
class SegmentControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api officer;
    String unique;

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSegmentRunsItsSearchAgainOnCurrentData() {
        String tag = "seg-" + unique;
        officer.post(
                "/api/constituents",
                anIndividual("Ada", "Seg" + unique).with("tags", List.of(tag)).build());
        officer.post("/api/constituents", anIndividual("Bob", "Seg" + unique).build());

        var created = officer.post(
                "/api/segments",
                Map.of(
                        "name",
                        "Tagged " + unique,
                        "description",
                        "People tagged " + tag,
                        "criteria",
                        Map.of("tag", tag, "type", "INDIVIDUAL", "q", "  ")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        assertThat(created.header("Location")).isEqualTo("/api/segments/" + id);
        assertThat(created.json())
                .containsEntry("version", 0)
                .containsEntry("criteria", Map.of("tag", tag, "type", "INDIVIDUAL"));
        assertThat(names(officer.get("/api/segments/" + id + "/members"))).containsExactly("Ada Seg" + unique);

        officer.post(
                "/api/constituents",
                anIndividual("Cy", "Later" + unique).with("tags", List.of(tag)).build());

        var members = officer.get("/api/segments/" + id + "/members?size=1&page=0");
        assertThat(members.json()).containsEntry("total", 2);
        assertThat(names(members)).containsExactly("Cy Later" + unique);
        assertThat(officer.get("/api/segments").jsonList())
                .anySatisfy(s -> assertThat(((Map<?, ?>) s).get("id")).isEqualTo(id));
        assertThat(TestUsers.admin(Api.of(server, json))
                        .get("/api/audit?entityType=segment&entityId=" + id)
                        .items())
                .extracting(e -> e.get("action"))
                .containsExactly("CREATED");
    }

    @Test
    void updatesNeedTheCurrentVersionAndNamesAreUnique() {
        String id = officer.post("/api/segments", segment("Donors " + unique, "donor"))
                .string("id");
        officer.post("/api/segments", segment("Volunteers " + unique, "volunteer"));

        var updated = officer.put("/api/segments/" + id, with(segment("Major donors " + unique, "major"), 0));
        var stale = officer.put("/api/segments/" + id, with(segment("Lapsed donors " + unique, "lapsed"), 0));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("version", 1).containsEntry("name", "Major donors " + unique);
        assertProblem(stale, 409, "common.stale-version");
        assertThat(officer.get("/api/segments/" + id).json()).containsEntry("name", "Major donors " + unique);
        assertProblem(officer.post("/api/segments", segment("VOLUNTEERS " + unique, "x")), 409, "segments.name-taken");
        assertProblem(
                officer.put("/api/segments/" + id, with(segment("Volunteers " + unique, "x"), 1)),
                409,
                "segments.name-taken");
        assertViolations(officer.put("/api/segments/" + id, segment("No version " + unique, "x")), "version");
        assertViolations(officer.post("/api/segments", Map.of("name", " ")), "name", "criteria");
        var audit = TestUsers.admin(Api.of(server, json))
                .get("/api/audit?entityType=segment&entityId=" + id)
                .items();
        assertThat(audit.get(0)).containsEntry("action", "UPDATED");
        assertThat(audit.get(0).get("changes").toString()).contains("field=name", "field=criteria.tag");
    }

    @Test
    void deletingASegmentLeavesItsMembersAlone() {
        String person = officer.post(
                        "/api/constituents",
                        anIndividual("Del", "Seg" + unique)
                                .with("tags", List.of("del-" + unique))
                                .build())
                .string("id");
        String id = officer.post("/api/segments", segment("Delete me " + unique, "del-" + unique))
                .string("id");

        assertThat(officer.delete("/api/segments/" + id).status()).isEqualTo(204);

        assertProblem(officer.get("/api/segments/" + id), 404, "segments.not-found");
        assertProblem(officer.get("/api/segments/" + id + "/members"), 404, "segments.not-found");
        assertProblem(officer.delete("/api/segments/" + id), 404, "segments.not-found");
        assertThat(officer.get("/api/constituents/" + person).status()).isEqualTo(200);
    }

    @Test
    void coordinatorsReadAndBoardMembersAreRefused() {
        String id = officer.post("/api/segments", segment("Roles " + unique, "roles"))
                .string("id");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");

        assertThat(coordinator.get("/api/segments/" + id).status()).isEqualTo(200);
        assertThat(coordinator.get("/api/segments").status()).isEqualTo(200);
        assertThat(coordinator.get("/api/segments/" + id + "/members").status()).isEqualTo(200);
        assertProblem(coordinator.post("/api/segments", segment("Nope " + unique, "x")), 403, "auth.forbidden");
        assertProblem(coordinator.put("/api/segments/" + id, with(segment("Nope", "x"), 0)), 403, "auth.forbidden");
        assertProblem(coordinator.delete("/api/segments/" + id), 403, "auth.forbidden");

        assertProblem(board.get("/api/segments"), 403, "auth.forbidden");
        assertProblem(board.get("/api/segments/" + id), 403, "auth.forbidden");
        assertProblem(board.get("/api/segments/" + id + "/members"), 403, "auth.forbidden");
        assertProblem(board.post("/api/segments", segment("Nope " + unique, "x")), 403, "auth.forbidden");
        assertProblem(board.delete("/api/segments/" + id), 403, "auth.forbidden");
        assertThat(officer.get("/api/segments/" + id).status()).isEqualTo(200);
    }

    private static Map<String, Object> segment(String name, String tag) {
        return Map.of("name", name, "criteria", Map.of("tag", tag));
    }

    private static Map<String, Object> with(Map<String, Object> body, long version) {
        var copy = new java.util.LinkedHashMap<>(body);
        copy.put("version", version);
        return copy;
    }

    private static List<Object> names(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items().stream().map(i -> i.get("displayName")).toList();
    }
}
