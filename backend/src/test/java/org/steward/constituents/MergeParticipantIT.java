package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;

import io.micronaut.context.annotation.Property;
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

/** Merges call every MergeParticipant: counted in the preview, moved in the merge, moved back on undo. */
@MicronautTest
@Property(name = "test.fake-merge-participant", value = "true")
class MergeParticipantIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FakeMergeParticipant participant;

    Api officer;
    Api admin;
    String unique;

    @BeforeEach
    void setUp() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        admin = TestUsers.admin(Api.of(server, json));
        unique = UUID.randomUUID().toString().substring(0, 8);
        participant.calls.clear();
    }

    @Test
    void participantsAreCalledToMoveAndToUndoWithTheirOwnIds() {
        String survivor = create("Pat");
        String duplicate = create("Patricia");
        var s = ConstituentId.of(survivor);
        var d = ConstituentId.of(duplicate);

        var preview = officer.get("/api/constituents/" + survivor + "/merge-preview?duplicateId=" + duplicate);
        assertThat((List<Object>) preview.json().get("participants")).contains(Map.of("name", "fake-rows", "count", 2));

        var merged = officer.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        List<String> movedIds = List.of("row-a-" + duplicate, "row-b-" + duplicate);
        assertThat(participant.calls)
                .filteredOn(c -> c.what().equals("move"))
                .containsExactly(new FakeMergeParticipant.Call("move", d, s, movedIds));
        assertThat(officer.get("/api/constituents/" + survivor + "/merges").jsonList())
                .singleElement()
                .satisfies(
                        m -> assertThat(((Map<?, ?>) m).get("moved").toString()).contains("fake-rows=2"));

        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(participant.calls)
                .filteredOn(c -> c.what().equals("undo"))
                .containsExactly(new FakeMergeParticipant.Call("undo", d, s, movedIds));
    }

    @Test
    void aFailingParticipantRollsTheWholeMergeBack() {
        String survivor = create("Sam");
        String duplicate = create("Samantha");
        var before = officer.get("/api/constituents/" + duplicate).json();

        participant.failNextMove = true;
        var failed = officer.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(officer.get("/api/constituents/" + duplicate).json()).isEqualTo(before);
        assertThat(officer.get("/api/constituents/" + survivor)
                        .json()
                        .get("emails")
                        .toString())
                .doesNotContain("Samantha" + unique);
        assertThat(officer.get("/api/constituents/" + survivor + "/merges").jsonList())
                .isEmpty();
    }

    private String create(String first) {
        var reply = officer.post(
                "/api/constituents",
                anIndividual(first, "Participant" + unique)
                        .with("emails", List.of(Map.of("address", first + unique + "@example.org")))
                        .build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }
}
