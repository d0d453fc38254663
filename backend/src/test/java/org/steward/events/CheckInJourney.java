package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * The check-in happy path both databases run: a party of three (one named guest, one unnamed) is on the roster with
 * its code, is checked in with all its guests, the counts follow, the same key again changes nothing, an undo takes
 * it back, and the constituent's timeline shows the registration while the attendance comes and goes, then the
 * cancellation.
 */
final class CheckInJourney {

    private CheckInJourney() {}

    static void run(EmbeddedServer server, JsonMapper json, DataSource dataSource) {
        Api admin = TestUsers.admin(Api.of(server, json));
        var setup = EventFixtures.published(admin, 50, List.of());
        UUID ada = ConstituentRows.individual(
                dataSource, "Ada", "Lovelace" + UUID.randomUUID().toString().substring(0, 6));
        Map<String, Object> body = new HashMap<>(EventFixtures.registration(ada, setup.ticketTypeId()));
        body.put("guestNames", List.of("Bob"));
        body.put("unnamedGuests", 1);
        var registered = admin.post("/api/events/" + setup.eventId() + "/registrations", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.string("id");
        assertThat(registered.json())
                .containsEntry("checkedInAt", null)
                .containsEntry("checkedInBy", null)
                .containsEntry("guestsCheckedIn", 0);

        var sheet = admin.get("/api/events/" + setup.eventId() + "/check-in");
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.json().get("counts"))
                .isEqualTo(
                        Map.of("expectedParties", 1, "expectedPeople", 3, "checkedInParties", 0, "checkedInPeople", 0));
        @SuppressWarnings("unchecked")
        var party = ((List<Map<String, Object>>) sheet.json().get("roster")).get(0);
        assertThat(party)
                .containsEntry("registrationId", id)
                .containsEntry("constituentId", ada.toString())
                .containsEntry("ticketTypeName", "General")
                .containsEntry("status", "REGISTERED")
                .containsEntry("partySize", 3)
                .containsEntry("guestNames", List.of("Bob"))
                .containsEntry("unnamedGuests", 1)
                .containsEntry("guestsCheckedIn", 0)
                .containsEntry("checkedInAt", null);
        assertThat((String) party.get("name")).startsWith("Ada Lovelace");
        assertThat((String) party.get("checkInCode")).matches("[A-Za-z0-9_-]{22}");
        @SuppressWarnings("unchecked")
        var event = (Map<String, Object>) sheet.json().get("event");
        assertThat(event)
                .containsEntry("id", setup.eventId())
                .containsEntry("timeZone", "America/Toronto")
                .containsEntry("status", "PUBLISHED")
                .containsKeys("title", "startsAt", "endsAt");

        Api door = admin.withHeader("Idempotency-Key", "tap-" + UUID.randomUUID());
        var checkedIn = door.post("/api/registrations/" + id + "/check-in", Map.of());
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.json())
                .containsEntry("status", "ATTENDED")
                .containsEntry("guestsCheckedIn", 2)
                .containsEntry("checkedInBy", TestUsers.ADMIN);
        assertThat(checkedIn.string("checkedInAt")).isNotNull();
        var again = door.post("/api/registrations/" + id + "/check-in", Map.of("guestsCheckedIn", 0));
        assertThat(again.json())
                .containsEntry("guestsCheckedIn", 2)
                .containsEntry("version", checkedIn.json().get("version"));
        assertThat(admin.get("/api/events/" + setup.eventId() + "/attendance").json())
                .isEqualTo(
                        Map.of("expectedParties", 1, "expectedPeople", 3, "checkedInParties", 1, "checkedInPeople", 3));
        assertThat(subjects(admin, ada))
                .contains("Attended " + event.get("title"), "Registered for " + event.get("title"));

        var undone = admin.withHeader("Idempotency-Key", "undo-" + UUID.randomUUID())
                .post("/api/registrations/" + id + "/undo-check-in", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json())
                .containsEntry("status", "REGISTERED")
                .containsEntry("checkedInAt", null)
                .containsEntry("checkedInBy", null)
                .containsEntry("guestsCheckedIn", 0);
        assertThat(subjects(admin, ada)).containsExactly("Registered for " + event.get("title"));
        assertThat(admin.get("/api/events/" + setup.eventId() + "/attendance").json())
                .containsEntry("checkedInParties", 0)
                .containsEntry("checkedInPeople", 0);
        assertThat(admin.post("/api/registrations/" + id + "/cancel", Map.of()).status())
                .isEqualTo(200);
        assertThat(subjects(admin, ada))
                .containsExactlyInAnyOrder(
                        "Registered for " + event.get("title"), "Cancelled registration for " + event.get("title"));
    }

    static List<Object> subjects(Api as, UUID constituentId) {
        var timeline = as.get("/api/constituents/" + constituentId + "/interactions?channel=EVENT");
        assertThat(timeline.status()).as(timeline.toString()).isEqualTo(200);
        return timeline.items().stream().map(i -> i.get("subject")).toList();
    }
}
