package org.steward.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** The network around a constituent: a chain A–B–C–D with mixed directions, and a triangle for cycles. */
@MicronautTest(transactional = false)
class NetworkIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    final List<UUID> constituents = new ArrayList<>();
    Api officer;
    UUID a;
    UUID b;
    UUID c;
    UUID d;
    String bc;

    @BeforeEach
    void chain() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        a = person("Ann", "Adams");
        b = organization("Bee Foundation");
        c = person("Cal", "Cole");
        d = person("Dee", "Dunn");
        relate(a, b, "board-member-of"); // outgoing from A
        bc = relate(c, b, "employee-of"); // incoming to B
        relate(d, c, "sibling-of"); // incoming to C
    }

    @AfterEach
    void cleanUp() {
        RelationshipDb.cleanUp(dataSource, constituents, List.of());
    }

    @Test
    void depthOneReachesTheDirectRelationsOnly() {
        var network = network(a, "?depth=1");

        assertThat(nodes(network))
                .extracting(n -> n.get("id"), n -> n.get("depth"))
                .containsExactly(tuple(a.toString(), 0), tuple(b.toString(), 1));
        assertThat(nodes(network).get(1))
                .containsEntry("type", "ORGANIZATION")
                .containsEntry("displayName", "Bee Foundation")
                .containsEntry("deceased", false);
        assertThat(edges(network)).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("fromId", a.toString())
                .containsEntry("toId", b.toString())
                .containsEntry("type", "board-member-of")
                .containsEntry("label", "Board member of")
                .containsEntry("inverseLabel", "Has board member")
                .containsEntry("active", true)
                .containsKey("id"));
        assertThat(network.get("truncated")).isEqualTo(false);
    }

    @Test
    void depthThreeReachesTheWholeChainFollowingBothDirections() {
        var network = network(a, "?depth=3");

        assertThat(nodes(network))
                .extracting(n -> n.get("id"), n -> n.get("depth"))
                .containsExactly(
                        tuple(a.toString(), 0), tuple(b.toString(), 1), tuple(c.toString(), 2), tuple(d.toString(), 3));
        assertThat(edges(network)).hasSize(3);
        assertThat(network.get("truncated")).isEqualTo(false);

        assertThat(nodes(network(a, ""))).as("default depth 2").hasSize(3);
        assertThat(nodes(network(c, "?depth=1")))
                .extracting(n -> n.get("id"), n -> n.get("depth"))
                .containsExactlyInAnyOrder(tuple(c.toString(), 0), tuple(b.toString(), 1), tuple(d.toString(), 1));
    }

    @Test
    void cyclesAreVisitedOnce() {
        relate(d, a, "friend-of"); // closes the chain into a ring A–B–C–D–A
        UUID e = person("Eve", "Eaton");
        relate(a, e, "mentor-of");
        relate(e, a, "mentor-of"); // two relationships between the same pair

        var network = network(a, "?depth=3");

        assertThat(nodes(network))
                .extracting(n -> n.get("id"), n -> n.get("depth"))
                .containsExactlyInAnyOrder(
                        tuple(a.toString(), 0),
                        tuple(b.toString(), 1),
                        tuple(d.toString(), 1),
                        tuple(e.toString(), 1),
                        tuple(c.toString(), 2));
        assertThat(edges(network)).hasSize(6);
        assertThat(edges(network)).extracting(x -> x.get("id")).doesNotHaveDuplicates();
    }

    @Test
    void deletedConstituentsAreLeftOutAndNotWalkedThrough() {
        RelationshipDb.deleteConstituent(dataSource, c);

        var network = network(a, "?depth=3");

        assertThat(nodes(network)).extracting(n -> n.get("id")).containsExactly(a.toString(), b.toString());
        assertThat(edges(network)).hasSize(1);
        assertProblem(officer.get("/api/constituents/" + c + "/network"), 404, "constituents.not-found");
    }

    @Test
    void activeOnlyFollowsActiveRelationshipsOnly() {
        var bcRelationship = officer.get("/api/relationships/" + bc).json();
        var ended = officer.put(
                "/api/relationships/" + bc,
                RelationshipControllerIT.update(bcRelationship, Map.of("active", false, "endDate", "2024-01-31")));
        assertThat(ended.status()).as("%s", ended).isEqualTo(200);

        assertThat(nodes(network(a, "?depth=3&activeOnly=true")))
                .extracting(n -> n.get("id"))
                .containsExactly(a.toString(), b.toString());
        var all = network(a, "?depth=3");
        assertThat(nodes(all)).hasSize(4);
        assertThat(edges(all))
                .filteredOn(e -> bc.equals(e.get("id")))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("active", false));
    }

    @Test
    void depthMustBeBetweenOneAndThree() {
        assertProblem(officer.get("/api/constituents/" + a + "/network?depth=4"), 400, "validation.failed");
        assertProblem(officer.get("/api/constituents/" + a + "/network?depth=0"), 400, "validation.failed");
        assertProblem(officer.get("/api/constituents/" + a + "/network?depth=two"), 400, "validation.failed");
        assertProblem(
                officer.get("/api/constituents/00000000-0000-0000-0000-000000000000/network"),
                404,
                "constituents.not-found");
    }

    @Test
    void aLoneConstituentIsItsOwnNetwork() {
        UUID loner = person("Lou", "Lone");

        var network = network(loner, "?depth=3");

        assertThat(nodes(network)).extracting(n -> n.get("id")).containsExactly(loner.toString());
        assertThat(edges(network)).isEmpty();
    }

    // --- helpers

    Map<String, Object> network(UUID from, String query) {
        var reply = officer.get("/api/constituents/" + from + "/network" + query);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> nodes(Map<String, Object> network) {
        return (List<Map<String, Object>>) network.get("nodes");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> edges(Map<String, Object> network) {
        assertThat(network).containsKey("edges");
        return (List<Map<String, Object>>) network.get("edges");
    }

    String relate(UUID from, UUID to, String type) {
        var reply = officer.post("/api/relationships", Map.of("fromId", from, "toId", to, "type", type));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    UUID person(String first, String last) {
        UUID id = ConstituentRows.individual(dataSource, first, last);
        constituents.add(id);
        return id;
    }

    UUID organization(String name) {
        UUID id = ConstituentRows.organization(dataSource, name);
        constituents.add(id);
        return id;
    }
}
