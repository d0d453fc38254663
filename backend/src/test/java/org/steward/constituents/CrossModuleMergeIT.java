package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.constituents.ConstituentFixtures.anOrganization;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** A merge moves what other modules hold (relationships, interactions, tasks) and an undo moves exactly that back. */
@MicronautTest
class CrossModuleMergeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void relationshipsInteractionsAndTasksFollowTheMergeAndComeBackOnUndo() {
        Api admin = TestUsers.admin(Api.of(server, json));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String survivor = admin.post(
                        "/api/constituents",
                        anIndividual("Kim", "Merge" + unique).build())
                .string("id");
        String duplicate = admin.post(
                        "/api/constituents",
                        anIndividual("Kimberly", "Merge" + unique)
                                .with("emails", List.of())
                                .build())
                .string("id");
        String employer = admin.post(
                        "/api/constituents",
                        anOrganization("Employer " + unique).build())
                .string("id");
        assertThat(admin.post(
                                "/api/relationships",
                                Map.of("fromId", duplicate, "toId", employer, "type", "employee-of"))
                        .status())
                .isEqualTo(201);
        var logged = admin.post(
                "/api/constituents/" + duplicate + "/interactions",
                Map.of(
                        "channel",
                        "PHONE",
                        "direction",
                        "INBOUND",
                        "subject",
                        "Called about the gala",
                        "followUp",
                        Map.of(
                                "title",
                                "Send gala tickets",
                                "assignee",
                                "admin",
                                "dueDate",
                                LocalDate.now().plusDays(3).toString())));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

        var preview = admin.get("/api/constituents/" + survivor + "/merge-preview?duplicateId=" + duplicate);
        assertThat((List<Object>) preview.json().get("participants"))
                .contains(
                        Map.of("name", "relationships", "count", 1),
                        Map.of("name", "interactions", "count", 1),
                        Map.of("name", "tasks", "count", 1));

        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        var summary = admin.get("/api/constituents/" + survivor + "/summary").json();
        assertThat(summary.get("relationships").toString()).contains("Employer " + unique);
        assertThat(summary.get("interactions").toString()).contains("Called about the gala");
        assertThat(summary.get("openTasks").toString()).contains("Send gala tickets");
        assertThat(admin.get("/api/constituents/" + employer + "/relationships").body())
                .contains(survivor)
                .doesNotContain(duplicate);

        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);

        assertThat(admin.get("/api/constituents/" + survivor + "/summary").body())
                .doesNotContain("Employer " + unique, "Called about the gala", "Send gala tickets");
        var back = admin.get("/api/constituents/" + duplicate + "/summary").body();
        assertThat(back).contains("Employer " + unique, "Called about the gala", "Send gala tickets");
    }
}
