package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.events.EventFixtures.registration;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** Freed seats go to the first waiting party that fits, held for a while; accept, decline and expiry (ADR 0017). */
@MicronautTest(transactional = false)
class WaitlistIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    OfferExpiryTask expiry;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    UUID person(String name) {
        return ConstituentRows.individual(
                dataSource, name, "Waiter" + UUID.randomUUID().toString().substring(0, 6));
    }

    String register(Api as, EventFixtures.Setup setup, String name, int unnamedGuests, String expected) {
        var body = registration(person(name), setup.ticketTypeId());
        body.put("unnamedGuests", unnamedGuests);
        var reply = as.post("/api/events/" + setup.eventId() + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json()).containsEntry("status", expected);
        return reply.string("id");
    }

    Map<String, Object> get(Api as, String id) {
        return as.get("/api/registrations/" + id).json();
    }

    /** Moves the offer's expiry into the past, as if the hold had run out. */
    void expire(String registrationId) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement("UPDATE event_registrations SET offer_expires_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
            ps.setString(2, registrationId);
            assertThat(ps.executeUpdate()).isEqualTo(1);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @Test
    void freedSeatsAreOfferedInOrderToPartiesThatFitThenAcceptedOrDeclined() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 2, List.of());
        String ann = register(coordinator, setup, "Ann", 1, "REGISTERED");
        String bob = register(coordinator, setup, "Bob", 0, "WAITLISTED");
        String cat = register(coordinator, setup, "Cat", 1, "WAITLISTED");
        String dan = register(coordinator, setup, "Dan", 0, "WAITLISTED");
        String eve = register(coordinator, setup, "Eve", 0, "WAITLISTED");

        assertProblem(
                coordinator.post("/api/registrations/" + bob + "/accept-offer", Map.of()),
                409,
                "events.invalid-registration-transition");
        assertThat(coordinator
                        .post("/api/registrations/" + ann + "/cancel", Map.of("reason", "Away"))
                        .status())
                .isEqualTo(200);
        // two seats free: Bob (1) is first; Cat's party of 2 no longer fits in the seat left; Dan (1) does
        var offered = get(coordinator, bob);
        assertThat(offered).containsEntry("status", "OFFERED");
        Instant expires = Instant.parse((String) offered.get("offerExpiresAt"));
        Instant at = Instant.parse((String) offered.get("offeredAt"));
        assertThat(Duration.between(at, expires)).isEqualTo(Duration.ofHours(48));
        assertThat(get(coordinator, cat)).containsEntry("status", "WAITLISTED");
        assertThat(get(coordinator, dan)).containsEntry("status", "OFFERED");
        assertThat(get(coordinator, eve)).containsEntry("status", "WAITLISTED");

        var accepted = coordinator.post("/api/registrations/" + bob + "/accept-offer", Map.of());
        assertThat(accepted.json()).containsEntry("status", "REGISTERED");
        var declined = coordinator.post("/api/registrations/" + dan + "/decline-offer", Map.of());
        assertThat(declined.json()).containsEntry("status", "CANCELLED");
        assertThat(CheckInJourney.subjects(
                        admin(), UUID.fromString((String) declined.json().get("constituentId"))))
                .anyMatch(subject -> ((String) subject).startsWith("Declined the seats offered for "));
        // Dan's seat: Cat's party still does not fit, Eve is next
        assertThat(get(coordinator, cat)).containsEntry("status", "WAITLISTED");
        assertThat(get(coordinator, eve)).containsEntry("status", "OFFERED");
        assertProblem(
                coordinator.post("/api/registrations/" + dan + "/decline-offer", Map.of()),
                409,
                "events.invalid-registration-transition");
        var audit = admin().get("/api/audit?entityType=event-registration&entityId=" + bob);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
    }

    @Test
    void anExpiredOfferGoesToTheNextInLineOnReadOnAcceptAndFromTheTask() throws SQLException {
        Api admin = admin();
        var setup = EventFixtures.published(admin, 1, List.of());
        String first = register(admin, setup, "First", 0, "REGISTERED");
        String second = register(admin, setup, "Second", 0, "WAITLISTED");
        String third = register(admin, setup, "Third", 0, "WAITLISTED");
        String fourth = register(admin, setup, "Fourth", 0, "WAITLISTED");
        admin.post("/api/registrations/" + first + "/cancel", Map.of());
        assertThat(get(admin, second)).containsEntry("status", "OFFERED");

        // lazily, on read
        expire(second);
        var lapsed = get(admin, second);
        assertThat(lapsed).containsEntry("status", "CANCELLED");
        assertThat((String) lapsed.get("cancelReason")).contains("expired");
        assertThat(get(admin, third)).containsEntry("status", "OFFERED");
        assertThat(CheckInJourney.subjects(admin, UUID.fromString((String) lapsed.get("constituentId"))))
                .as("the lapsed party's timeline: waitlisted, offered, expired")
                .anySatisfy(subject -> assertThat((String) subject).startsWith("Offered freed seats for "))
                .anySatisfy(subject -> assertThat((String) subject).endsWith(" expired"));

        // on accept: the caller learns it expired, and the expiry holds
        expire(third);
        assertProblem(
                admin.post("/api/registrations/" + third + "/accept-offer", Map.of()), 409, "events.offer-expired");
        assertThat(get(admin, third)).containsEntry("status", "CANCELLED");
        assertThat(get(admin, fourth)).containsEntry("status", "OFFERED");

        // by the scheduled task, with nobody reading
        String fifth = register(admin, setup, "Fifth", 0, "WAITLISTED");
        expire(fourth);
        assertThat(expiry.settle()).isGreaterThanOrEqualTo(1);
        assertThat(status(fourth)).isEqualTo("CANCELLED");
        assertThat(status(fifth)).isEqualTo("OFFERED");
        assertThat(admin.post("/api/registrations/" + fifth + "/accept-offer", Map.of())
                        .json())
                .containsEntry("status", "REGISTERED");
        assertThat(admin.get("/api/events/" + setup.eventId())
                        .json()
                        .get("seats")
                        .toString())
                .contains("taken=1", "free=0", "waitlisted=0", "offered=0");
    }

    @Test
    void aRegistrationIsTransferredWithItsPlace() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, 1, List.of());
        register(admin, setup, "Holder", 0, "REGISTERED");
        String waiting = register(admin, setup, "Giver", 0, "WAITLISTED");
        UUID taker = person("Taker");
        var moved = admin.post(
                "/api/registrations/" + waiting + "/transfer",
                Map.of("constituentId", taker.toString(), "reason", "Gift"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json())
                .containsEntry("constituentId", taker.toString())
                .containsEntry("status", "WAITLISTED")
                .containsEntry("waitlistedAt", get(admin, waiting).get("waitlistedAt"));
        assertProblem(
                admin.post("/api/registrations/" + waiting + "/transfer", Map.of("constituentId", taker.toString())),
                422,
                "events.transfer-to-same");
        assertProblem(
                admin.post(
                        "/api/registrations/" + waiting + "/transfer",
                        Map.of("constituentId", UUID.randomUUID().toString())),
                422,
                "events.constituent-not-found");
        var audit = admin.get("/api/audit?entityType=event-registration&entityId=" + waiting);
        assertThat(audit.items().get(0).toString()).contains("constituentId", taker.toString());
    }

    private String status(String registrationId) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement("SELECT status FROM event_registrations WHERE id = ?")) {
            ps.setString(1, registrationId);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
