package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** The public sign-up: no sign-in, matched by email, capacity as for staff, honeypot, rate limit (ADR 0018). */
@MicronautTest(transactional = false)
@Property(name = "app.security.trusted-proxies", value = "127.0.0.0/8,::1")
@Property(name = "app.events.public-sign-ups-per-address", value = "3")
class PublicSignUpIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    /** An anonymous client behind the trusted proxy, with an address of its own (so tests do not share buckets). */
    Api visitor() {
        int n = CLIENTS.incrementAndGet();
        return Api.of(server, json).withHeader("X-Forwarded-For", "203.0." + (n / 250) + "." + (1 + n % 250));
    }

    Api coordinator() {
        return TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
    }

    static String uniqueEmail() {
        return "guest" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static Map<String, Object> signUp(String ticketTypeId, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Pat");
        body.put("lastName", "Visitor");
        body.put("email", email);
        body.put("ticketTypeId", ticketTypeId);
        return body;
    }

    @Test
    void listsPublishedOpenEventsWithTicketsAndSeatsButNoStaffFields() {
        Api staff = coordinator();
        var setup = EventFixtures.published(staff, 10, List.of(Map.of("text", "Dietary needs?", "required", false)));
        var draft = staff.post("/api/events", EventFixtures.anEvent("Draft " + UUID.randomUUID()));

        var list = visitor().get("/api/public/events");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Object> events = list.jsonList();
        assertThat(list.body()).contains(setup.eventId()).doesNotContain(draft.string("id"));
        assertThat(list.body()).doesNotContain("createdBy").doesNotContain("updatedBy");

        var one = visitor().get("/api/public/events/" + setup.eventId());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json()).containsEntry("seatsLeft", 10).containsEntry("timeZone", "America/Toronto");
        assertThat(one.body()).contains("Dietary needs?", setup.ticketTypeId(), "\"price\"");
        assertThat(events).isNotEmpty();

        assertProblem(visitor().get("/api/public/events/" + draft.string("id")), 404, "events.not-found");
    }

    @Test
    void signsUpANewPersonThenMatchesTheSameEmailAndFillsCapacityThenTheWaitlist() {
        Api staff = coordinator();
        var setup = EventFixtures.published(staff, 3, List.of());
        String email = uniqueEmail();

        var first = visitor()
                .post(
                        "/api/public/events/" + setup.eventId() + "/registrations",
                        with(signUp(setup.ticketTypeId(), email), "guests", 1));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json()).containsEntry("status", "REGISTERED").containsEntry("partySize", 2);

        var registration = TestUsers.admin(Api.of(server, json)).get("/api/registrations/" + first.string("id"));
        String constituentId = registration.string("constituentId");
        var person = TestUsers.admin(Api.of(server, json)).get("/api/constituents/" + constituentId);
        assertThat(person.body()).contains(email);

        // the same address again, in other case: the same person, who is already registered
        assertProblem(
                visitor()
                        .post(
                                "/api/public/events/" + setup.eventId() + "/registrations",
                                signUp(setup.ticketTypeId(), email.toUpperCase())),
                409,
                "events.already-signed-up");

        // an existing constituent with that email is matched, not duplicated
        var other = EventFixtures.published(staff, 3, List.of());
        var again = visitor()
                .post("/api/public/events/" + other.eventId() + "/registrations", signUp(other.ticketTypeId(), email));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        var second = TestUsers.admin(Api.of(server, json)).get("/api/registrations/" + again.string("id"));
        assertThat(second.string("constituentId")).isEqualTo(constituentId);

        // 2 of 3 seats taken: a party of two waits
        var waiting = visitor()
                .post(
                        "/api/public/events/" + setup.eventId() + "/registrations",
                        with(signUp(setup.ticketTypeId(), uniqueEmail()), "guests", 1));
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(201);
        assertThat(waiting.json()).containsEntry("status", "WAITLISTED");
        var alone = visitor()
                .post(
                        "/api/public/events/" + setup.eventId() + "/registrations",
                        signUp(setup.ticketTypeId(), uniqueEmail()));
        assertThat(alone.json()).containsEntry("status", "REGISTERED");
        assertThat(visitor().get("/api/public/events/" + setup.eventId()).json())
                .containsEntry("seatsLeft", 0);
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndStoresNothing() {
        Api staff = coordinator();
        var setup = EventFixtures.published(staff, null, List.of());
        Map<String, Object> bad = new HashMap<>();
        bad.put("firstName", " ");
        bad.put("email", "not-an-email");
        bad.put("guests", -1);
        var reply = visitor().post("/api/public/events/" + setup.eventId() + "/registrations", bad);
        assertViolations(reply, "firstName", "lastName", "email", "ticketTypeId", "guests");
        assertThat(staff.get("/api/events/" + setup.eventId() + "/registrations")
                        .json())
                .containsEntry("total", 0);

        assertProblem(
                visitor()
                        .post(
                                "/api/public/events/" + setup.eventId() + "/registrations",
                                signUp(UUID.randomUUID().toString(), uniqueEmail())),
                422,
                "events.unknown-ticket-type");
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedButStoresNothing() {
        Api staff = coordinator();
        var setup = EventFixtures.published(staff, null, List.of());
        String email = uniqueEmail();
        var reply = visitor()
                .post(
                        "/api/public/events/" + setup.eventId() + "/registrations",
                        with(signUp(setup.ticketTypeId(), email), "website", "http://spam.example"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json()).containsEntry("status", "REGISTERED");

        assertThat(staff.get("/api/events/" + setup.eventId() + "/registrations")
                        .json())
                .containsEntry("total", 0);
        assertThat(TestUsers.admin(Api.of(server, json))
                        .get("/api/constituents?email=" + email)
                        .json())
                .containsEntry("total", 0);
    }

    @Test
    void tooManySignUpsFromOneAddressGet429WithRetryAfterWhileOthersGetThrough() {
        Api staff = coordinator();
        var setup = EventFixtures.published(staff, null, List.of());
        Api bot = visitor();
        String path = "/api/public/events/" + setup.eventId() + "/registrations";
        for (int i = 0; i < 3; i++) {
            assertThat(bot.post(path, signUp(setup.ticketTypeId(), uniqueEmail()))
                            .status())
                    .isEqualTo(201);
        }
        var refused = bot.post(path, signUp(setup.ticketTypeId(), uniqueEmail()));
        assertProblem(refused, 429, "events.too-many-sign-ups");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(visitor()
                        .post(path, signUp(setup.ticketTypeId(), uniqueEmail()))
                        .status())
                .isEqualTo(201);
        assertThat(staff.get("/api/events/" + setup.eventId() + "/registrations")
                        .json())
                .containsEntry("total", 4);
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
