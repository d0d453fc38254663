package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.events.EventFixtures.registration;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** A merge moves the duplicate's registrations to the survivor and its undo moves exactly those back. */
@MicronautTest(transactional = false)
class RegistrationMergeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void registrationsFollowTheMergeAndComeBackOnUndoAndShowInTheSummary() {
        Api admin = TestUsers.admin(Api.of(server, json));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        UUID survivor = ConstituentRows.individual(dataSource, "Max", "Merge" + unique);
        UUID duplicate = ConstituentRows.individual(dataSource, "Maxine", "Merge" + unique);
        var gala = EventFixtures.published(admin, null, List.of());
        var walk = EventFixtures.published(admin, null, List.of());
        String moving = admin.post(
                        "/api/events/" + gala.eventId() + "/registrations",
                        registration(duplicate, gala.ticketTypeId()))
                .string("id");
        String staying = admin.post(
                        "/api/events/" + walk.eventId() + "/registrations", registration(survivor, walk.ticketTypeId()))
                .string("id");

        var preview = admin.get("/api/constituents/" + survivor + "/merge-preview?duplicateId=" + duplicate);
        assertThat(preview.body()).contains("event registrations");
        var merged =
                admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate.toString()));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);

        assertThat(admin.get("/api/registrations/" + moving).json())
                .containsEntry("constituentId", survivor.toString());
        var summary = admin.get("/api/constituents/" + survivor + "/summary");
        @SuppressWarnings("unchecked")
        var events = (Map<String, Object>) summary.json().get("events");
        assertThat(events.get("upcoming").toString()).contains(moving, staying);
        assertThat((List<?>) events.get("past")).isEmpty();
        assertProblem(
                admin.post(
                        "/api/events/" + walk.eventId() + "/registrations",
                        registration(duplicate, walk.ticketTypeId())),
                422,
                "events.constituent-merged");

        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(admin.get("/api/registrations/" + moving).json())
                .containsEntry("constituentId", duplicate.toString());
        assertThat(admin.get("/api/registrations/" + staying).json())
                .containsEntry("constituentId", survivor.toString());
        var audit = admin.get("/api/audit?entityType=event-registration&entityId=" + moving);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
    }
}
