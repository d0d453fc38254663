package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * Staff registering a new person: the duplicate rules run first (409 events.possible-duplicate with the candidates
 * and their reasons), createAnyway overrides them, exactly one of constituentId and person is taken, and a refused
 * registration leaves no new constituent behind.
 */
@MicronautTest(transactional = false)
class PersonRegistrationIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String first, String last, String email, String phone) {
        Map<String, Object> p = new HashMap<>();
        p.put("firstName", first);
        p.put("lastName", last);
        if (email != null) {
            p.put("email", email);
        }
        if (phone != null) {
            p.put("phone", phone);
        }
        return p;
    }

    static Map<String, Object> registration(Map<String, Object> person, String ticketTypeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("ticketTypeId", ticketTypeId);
        return body;
    }

    String existing(Api as, String first, String last, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INDIVIDUAL");
        body.put("firstName", first);
        body.put("lastName", last);
        if (email != null) {
            body.put("emails", List.of(Map.of("address", email, "primary", true)));
        }
        if (phone != null) {
            body.put("phones", List.of(Map.of("number", phone, "primary", true)));
        }
        var reply = as.post("/api/constituents", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    @Test
    void aNewPersonWithoutLikelyDuplicatesIsCreatedAndRegistered() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String email = "new" + unique() + "@example.org";

        var reply = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(person("Nora", "Newcomer" + unique(), email, uniquePhone()), setup.ticketTypeId()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json()).containsEntry("status", "REGISTERED");
        String constituentId = reply.string("constituentId");
        var created = coordinator.get("/api/constituents/" + constituentId);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.body()).contains(email, "Nora");
        assertThat(created.json()).containsEntry("source", "event-registration");
    }

    @Test
    void aPersonWithTheEmailOrPhoneOfAnExistingIndividualIsRefusedWithTheCandidatesUnlessCreatedAnyway() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String email = "ada" + unique() + "@example.org";
        String phone = uniquePhone();
        String last = "Lovelace" + unique();
        String sameEmail = existing(TestUsers.admin(Api.of(server, json)), "Ada", last, email, null);
        String samePhone = existing(TestUsers.admin(Api.of(server, json)), "Augusta", last, null, phone);
        long before = countWithEmail(email);

        var refused = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(
                        person("Ada", last, email.toUpperCase(java.util.Locale.ROOT), phone), setup.ticketTypeId()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json()).containsEntry("code", "events.possible-duplicate");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates =
                (List<Map<String, Object>>) refused.json().get("candidates");
        assertThat(candidates).hasSize(2);
        Map<String, Object> byEmail = candidates.stream()
                .filter(c -> c.get("id").equals(sameEmail))
                .findFirst()
                .orElseThrow();
        assertThat(byEmail).containsEntry("reasons", List.of("same-email"));
        assertThat((String) byEmail.get("displayName")).contains("Ada", last);
        Map<String, Object> byPhone = candidates.stream()
                .filter(c -> c.get("id").equals(samePhone))
                .findFirst()
                .orElseThrow();
        assertThat(byPhone).containsEntry("reasons", List.of("same-phone"));
        assertThat(countWithEmail(email)).isEqualTo(before);
        assertThat(coordinator
                        .get("/api/events/" + setup.eventId() + "/registrations")
                        .items())
                .isEmpty();

        Map<String, Object> anyway = registration(person("Ada", last, email, phone), setup.ticketTypeId());
        anyway.put("createAnyway", true);
        var created = coordinator.post("/api/events/" + setup.eventId() + "/registrations", anyway);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.string("constituentId")).isNotIn(sameEmail, samePhone);
        assertThat(countWithEmail(email)).isEqualTo(before + 1);
    }

    @Test
    void exactlyOneOfConstituentIdAndPersonIsTaken() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String someone = existing(TestUsers.admin(Api.of(server, json)), "Solo", "Person" + unique(), null, null);

        Map<String, Object> neither = new HashMap<>(Map.of("ticketTypeId", setup.ticketTypeId()));
        var none = coordinator.post("/api/events/" + setup.eventId() + "/registrations", neither);
        Map<String, Object> both = registration(person("Two", "Ways", null, null), setup.ticketTypeId());
        both.put("constituentId", someone);
        var two = coordinator.post("/api/events/" + setup.eventId() + "/registrations", both);

        for (var reply : List.of(none, two)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json()).containsEntry("code", "validation.failed");
            assertThat(reply.body()).contains("\"constituentId\"", "\"person\"");
        }
        var badEmail = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(person("Bad", "Email", "not-an-email", null), setup.ticketTypeId()));
        assertThat(badEmail.status()).as(badEmail.toString()).isEqualTo(400);
        assertThat(badEmail.body()).contains("person.email");
        var badPhone = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(person("Bad", "Phone", null, "call me maybe"), setup.ticketTypeId()));
        assertThat(badPhone.status()).as(badPhone.toString()).isEqualTo(400);
        assertThat(badPhone.body()).contains("person.phone");
        var noName = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(person("", "Nameless", null, null), setup.ticketTypeId()));
        assertThat(noName.status()).as(noName.toString()).isEqualTo(400);
        assertThat(noName.body()).contains("person.firstName");
    }

    @Test
    void aRefusedRegistrationLeavesNoNewConstituent() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup =
                EventFixtures.published(coordinator, 10, List.of(Map.of("text", "Which session?", "required", true)));
        String email = "refused" + unique() + "@example.org";

        var reply = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                registration(person("Rita", "Refused", email, null), setup.ticketTypeId()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json()).containsEntry("code", "events.invalid-answers");
        assertThat(countWithEmail(email)).isZero();
    }

    @Test
    void theSameIdempotencyKeyAndPersonReturnTheSameRegistrationAndOneConstituent() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String email = "once" + unique() + "@example.org";
        Map<String, Object> body = registration(person("Olga", "Once", email, null), setup.ticketTypeId());
        Api keyed = coordinator.withHeader("Idempotency-Key", "person-" + unique());

        var first = keyed.post("/api/events/" + setup.eventId() + "/registrations", body);
        var again = keyed.post("/api/events/" + setup.eventId() + "/registrations", body);
        Map<String, Object> other = registration(person("Olga", "Twice", email, null), setup.ticketTypeId());
        var different = keyed.post("/api/events/" + setup.eventId() + "/registrations", other);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.string("id")).isEqualTo(first.string("id"));
        assertThat(countWithEmail(email)).isEqualTo(1);
        assertThat(different.status()).as(different.toString()).isEqualTo(409);
        assertThat(different.json()).containsEntry("code", "events.idempotency-key-reused");
    }

    /** Twelve random digits: no other test's phone shares them. */
    static String uniquePhone() {
        return "+9 "
                + String.format(
                        "%012d", Math.floorMod(new java.security.SecureRandom().nextLong(), 1_000_000_000_000L));
    }

    long countWithEmail(String email) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM constituent_emails e JOIN constituents k ON k.id = e.constituent_id"
                                + " WHERE LOWER(e.address) = LOWER(?) AND k.deleted_at IS NULL")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
