package org.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class AuditControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    final String unique = UUID.randomUUID().toString().substring(0, 6);

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    @Test
    void entriesNameTheirEntityAndActorAndLinkToTheirPage() {
        Api admin = admin();
        String jane = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Jane", "lastName", "Doe" + unique))
                .string("id");
        Map<String, Object> gift = new HashMap<>();
        gift.put("constituentId", jane);
        gift.put("amount", "1250");
        gift.put("currency", "USD");
        gift.put("receivedOn", "2026-03-01");
        var recorded = admin.post("/api/gifts", gift);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String giftId = recorded.string("id");
        LocalDateTime start = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
        var event = admin.post(
                "/api/events",
                Map.of(
                        "title",
                        "Spring gala " + unique,
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plusHours(3).toString(),
                        "timeZone",
                        "America/Toronto",
                        "venue",
                        "Main Hall"));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String eventId = event.string("id");

        var constituent = only(admin.get("/api/audit?entityType=constituent&entityId=" + jane));
        assertThat(constituent)
                .containsEntry("action", "CREATED")
                .containsEntry("actor", "admin")
                .containsEntry("actorName", "Administrator")
                .containsEntry("entityType", "constituent")
                .containsEntry("entityTypeLabel", "Constituent")
                .containsEntry("entityId", jane)
                .containsEntry("entityLabel", "Jane Doe" + unique)
                .containsEntry("entityPage", Map.of("entityType", "constituent", "entityId", jane));

        var giftEntry = only(admin.get("/api/audit?entityType=gift&entityId=" + giftId));
        assertThat(giftEntry)
                .containsEntry("entityTypeLabel", "Gift")
                .containsEntry("entityLabel", "$1,250.00 from Jane Doe" + unique + " on 2026-03-01")
                .containsEntry("entityPage", Map.of("entityType", "gift", "entityId", giftId));

        var eventEntry = only(admin.get("/api/audit?entityType=event&entityId=" + eventId));
        assertThat(eventEntry)
                .containsEntry("entityTypeLabel", "Event")
                .containsEntry("entityLabel", "Spring gala " + unique)
                .containsEntry("entityPage", Map.of("entityType", "event", "entityId", eventId))
                .doesNotContainKey("reason"); // absent values are left out, as everywhere in the API

        // One page mixing types gets every name (each type described in one batch).
        var page = admin.get("/api/audit?actor=admin&size=20").items();
        assertThat(page).extracting(e -> e.get("entityId")).contains(jane, giftId, eventId);
        assertThat(page)
                .filteredOn(e -> giftId.equals(e.get("entityId")))
                .extracting(e -> e.get("entityLabel"))
                .containsExactly("$1,250.00 from Jane Doe" + unique + " on 2026-03-01");
    }

    @Test
    void anEntityWhoseRowIsGoneKeepsItsIdsAndHasNoLabel() throws SQLException {
        String ghost = UUID.randomUUID().toString();
        insert("constituent", ghost, "admin", Instant.now().truncatedTo(ChronoUnit.SECONDS));

        var entry = only(admin().get("/api/audit?entityType=constituent&entityId=" + ghost));
        assertThat(entry)
                .containsEntry("entityId", ghost)
                .containsEntry("entityTypeLabel", "Constituent")
                .doesNotContainKeys("entityLabel", "entityPage");
    }

    @Test
    void filtersByUserAndNamesThemEvenOnceDisabled() {
        String username = TestUsers.uniqueName("officer");
        String userId = TestUsers.create(Api.of(server, json), username, "DEVELOPMENT_OFFICER");
        Api officer = Api.of(server, json).signedIn(username, TestUsers.PASSWORD);
        String made = officer.post("/api/constituents", Map.of("type", "ORGANIZATION", "name", "Acme " + unique))
                .string("id");
        Api admin = admin();
        assertThat(admin.post("/api/users/" + userId + "/disable", Map.of()).status())
                .isEqualTo(200);

        var theirs = admin.get("/api/audit?actor=" + username);
        assertThat(theirs.json()).containsEntry("total", 1);
        assertThat(theirs.items().get(0))
                .containsEntry("actor", username)
                .containsEntry("actorName", "Test " + username)
                .containsEntry("entityId", made)
                .containsEntry("entityLabel", "Acme " + unique);
        assertThat(admin.get("/api/audit?actor=nobody-" + unique).json()).containsEntry("total", 0);

        var actors = admin.get("/api/audit/actors").jsonList();
        assertThat(actors)
                .contains(
                        Map.of("username", username, "displayName", "Test " + username),
                        Map.of("username", "admin", "displayName", "Administrator"));
    }

    @Test
    void daysAreIncludedWholeInTheReadersTimeZone() throws SQLException {
        String actor = "clock-" + unique;
        String early = UUID.randomUUID().toString(); // 2020-03-01 04:30 UTC: still 29 February in Toronto
        String late = UUID.randomUUID().toString(); // 2020-03-02 03:30 UTC: 1 March, 22:30 in Toronto
        insert("constituent", early, actor, Instant.parse("2020-03-01T04:30:00Z"));
        insert("constituent", late, actor, Instant.parse("2020-03-02T03:30:00Z"));
        Api admin = admin();

        assertThat(ids(admin.get("/api/audit?actor=" + actor + "&from=2020-03-01&to=2020-03-01")))
                .containsExactly(early);
        assertThat(ids(admin.get("/api/audit?actor=" + actor + "&from=2020-03-01&to=2020-03-01&zone=America/Toronto")))
                .containsExactly(late);
        assertThat(ids(admin.get("/api/audit?actor=" + actor + "&from=2020-03-02")))
                .containsExactly(late);
        assertThat(ids(admin.get("/api/audit?actor=" + actor + "&to=2020-03-01")))
                .containsExactly(early);
        assertThat(ids(admin.get("/api/audit?actor=" + actor + "&from=2020-02-01&to=2020-03-31")))
                .containsExactly(late, early); // newest first
        assertThat(ids(admin.get(
                        "/api/audit?actor=" + actor + "&from=" + LocalDate.now().plusDays(1))))
                .isEmpty();
    }

    @Test
    void pagesCountEveryMatch() throws SQLException {
        String actor = "pager-" + unique;
        Instant at = Instant.parse("2021-06-01T12:00:00Z");
        for (int i = 0; i < 5; i++) {
            insert("gift", UUID.randomUUID().toString(), actor, at.plusSeconds(i));
        }
        Api admin = admin();
        var second = admin.get("/api/audit?actor=" + actor + "&page=1&size=2");
        assertThat(second.json())
                .containsEntry("total", 5)
                .containsEntry("page", 1)
                .containsEntry("size", 2);
        assertThat(second.items()).hasSize(2);
        assertThat(admin.get("/api/audit?actor=" + actor + "&page=2&size=2").json())
                .containsEntry("total", 5);
        assertThat(admin.get("/api/audit?actor=" + actor + "&page=3&size=2").json())
                .containsEntry("total", 5);
    }

    @Test
    void anUnknownEntityTypeIsRefusedNotAnsweredEmpty() {
        Api admin = admin();
        var reply = admin.get("/api/audit?entityType=constituents");
        assertViolations(reply, "entityType");
        assertThat(reply.body()).contains("constituent", "gift", "event-registration");

        assertViolations(admin.get("/api/audit?zone=Mars/Olympus"), "zone");
        assertViolations(admin.get("/api/audit?from=2026-03-02&to=2026-03-01"), "to");
        assertThat(admin.get("/api/audit?from=not-a-date").status()).isEqualTo(400);
    }

    @Test
    void entityTypesAreListedInWordsByName() {
        var types = admin().get("/api/audit/entity-types").jsonList();
        assertThat(types)
                .contains(
                        Map.of("entityType", "constituent", "label", "Constituent"),
                        Map.of("entityType", "gift", "label", "Gift"),
                        Map.of("entityType", "event-registration", "label", "Event registration"),
                        Map.of("entityType", "report-schedule", "label", "Report schedule"),
                        Map.of("entityType", "user", "label", "User"));
        @SuppressWarnings("unchecked")
        List<String> labels =
                types.stream().map(t -> ((Map<String, String>) t).get("label")).toList();
        assertThat(labels).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        for (String role : List.of("DEVELOPMENT_OFFICER", "EVENT_COORDINATOR", "BOARD_MEMBER")) {
            Api user = TestUsers.withRoles(Api.of(server, json), role);
            for (String path : List.of("/api/audit", "/api/audit/entity-types", "/api/audit/actors")) {
                assertProblem(user.get(path), 403, "auth.forbidden");
            }
        }
        assertProblem(Api.of(server, json).get("/api/audit"), 401, "auth.unauthenticated");
    }

    private static Map<String, Object> only(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.items()).as(reply.toString()).hasSize(1);
        return reply.items().get(0);
    }

    private static List<Object> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items().stream().map(e -> e.get("entityId")).toList();
    }

    /** An entry as recorded at a chosen moment (the application records only "now"). */
    private void insert(String type, String id, String actor, Instant at) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, occurred_at, actor, action,"
                        + " entity_type, entity_id, changes) VALUES (?, ?, ?, 'UPDATED', ?, ?, '[]')")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, actor);
            ps.setString(4, type);
            ps.setString(5, id);
            ps.executeUpdate();
        }
    }
}
