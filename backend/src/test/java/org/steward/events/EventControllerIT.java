package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.events.EventFixtures.aTicketType;
import static org.steward.events.EventFixtures.anEvent;
import static org.steward.events.EventFixtures.registration;
import static org.steward.events.EventFixtures.with;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class EventControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    UUID person() {
        return ConstituentRows.individual(
                dataSource, "Eve", "Guest" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void anEventIsCreatedReadChangedAtItsVersionAndAudited() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var body = with(anEvent("Spring gala"), "capacity", 120);
        body.put("questions", List.of(Map.of("text", "Meal choice?", "required", true)));
        var created = coordinator.post("/api/events", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.string("id");
        assertThat(created.header("Location")).isEqualTo("/api/events/" + id);
        assertThat(created.json())
                .containsEntry("status", "DRAFT")
                .containsEntry("timeZone", "America/Toronto")
                .containsEntry("capacity", 120)
                .containsEntry("version", 0);
        assertThat(created.json().get("seats").toString()).contains("taken=0", "free=120");

        @SuppressWarnings("unchecked")
        var question = ((List<Map<String, Object>>) created.json().get("questions")).get(0);
        var changed = with(body, "title", "Spring gala 2027");
        changed.put("version", 0);
        changed.put(
                "questions",
                List.of(
                        Map.of("id", question.get("id"), "text", "Meal choice", "required", true),
                        Map.of("text", "Song request?", "required", false)));
        var updated = coordinator.put("/api/events/" + id, changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("title", "Spring gala 2027").containsEntry("version", 1);
        assertThat((List<?>) updated.json().get("questions")).hasSize(2);

        assertProblem(coordinator.put("/api/events/" + id, changed), 409, "common.stale-version");
        assertViolations(coordinator.put("/api/events/" + id, with(changed, "version", null)), "version");

        var audit = admin().get("/api/audit?entityType=event&entityId=" + id);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactly("UPDATED", "CREATED");

        var list = coordinator.get("/api/events?status=DRAFT");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.items()).isNotEmpty().allSatisfy(e -> assertThat(e).containsEntry("status", "DRAFT"));
    }

    @Test
    void badSetUpsAnswerTheirProblems() {
        Api admin = admin();
        var event = anEvent("Bad");
        assertViolations(admin.post("/api/events", with(event, "title", " ")), "title");
        assertViolations(admin.post("/api/events", with(event, "onlineUrl", "ftp://x")), "onlineUrl");
        assertProblem(admin.post("/api/events", with(event, "timeZone", "Mars/Base")), 422, "events.unknown-time-zone");
        assertProblem(
                admin.post("/api/events", with(event, "endsAt", event.get("startsAt"))), 422, "events.invalid-dates");
        var nowhere = with(event, "venue", null);
        assertProblem(admin.post("/api/events", nowhere), 422, "events.location-required");
        assertThat(admin.post("/api/events", with(nowhere, "onlineUrl", "https://meet.example.org/x"))
                        .status())
                .isEqualTo(201);
        assertProblem(
                admin.post(
                        "/api/events",
                        with(event, "campaignId", UUID.randomUUID().toString())),
                422,
                "events.unknown-campaign");
        String campaign = admin.post("/api/campaigns", Map.of("name", "Gala campaign " + UUID.randomUUID()))
                .string("id");
        var linked = admin.post("/api/events", with(event, "campaignId", campaign));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json()).containsEntry("campaignId", campaign);
        assertProblem(admin.get("/api/events/" + UUID.randomUUID()), 404, "events.not-found");
    }

    @Test
    void statusesMoveOnlyAlongTheirTransitions() {
        Api admin = admin();
        String id = admin.post("/api/events", anEvent("Walk")).string("id");
        assertProblem(admin.post("/api/events/" + id + "/publish", Map.of()), 422, "events.no-ticket-types");
        assertProblem(admin.post("/api/events/" + id + "/complete", Map.of()), 409, "events.invalid-transition");
        admin.post("/api/events/" + id + "/ticket-types", aTicketType("Walker", "20"));
        assertThat(admin.post("/api/events/" + id + "/publish", Map.of()).json())
                .containsEntry("status", "PUBLISHED");
        assertProblem(admin.post("/api/events/" + id + "/publish", Map.of()), 409, "events.invalid-transition");
        assertProblem(admin.post("/api/events/" + id + "/complete", Map.of()), 422, "events.not-started");
        var cancelled = admin.post("/api/events/" + id + "/cancel", Map.of("reason", "Storm"));
        assertThat(cancelled.json()).containsEntry("status", "CANCELLED");
        var again = with(anEvent("Walk"), "version", cancelled.json().get("version"));
        assertProblem(admin.put("/api/events/" + id, again), 409, "events.closed");
        assertProblem(admin.post("/api/events/" + id + "/cancel", Map.of()), 409, "events.invalid-transition");

        LocalDateTime past = LocalDateTime.now().minusDays(2).truncatedTo(ChronoUnit.HOURS);
        String held = admin.post(
                        "/api/events",
                        with(
                                with(anEvent("Held"), "startsAt", past.toString()),
                                "endsAt",
                                past.plusHours(2).toString()))
                .string("id");
        admin.post("/api/events/" + held + "/ticket-types", aTicketType("Free", "0"));
        admin.post("/api/events/" + held + "/publish", Map.of());
        assertThat(admin.post("/api/events/" + held + "/complete", Map.of()).json())
                .containsEntry("status", "COMPLETED");
        assertProblem(
                admin.post("/api/events/" + held + "/ticket-types", aTicketType("Late", "1")), 409, "events.closed");
    }

    @Test
    void ticketTypesKeepExactMoneyAndAreRetiredOnceUsed() {
        Api admin = admin();
        String id = admin.post("/api/events", anEvent("Dinner")).string("id");
        var dinner = with(aTicketType("Dinner", "150.00"), "fairMarketValue", "45.50");
        dinner.put("capacity", 80);
        var created = admin.post("/api/events/" + id + "/ticket-types", dinner);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("price", "150.00")
                .containsEntry("fairMarketValue", "45.50")
                .containsEntry("deductibleAmount", "104.50")
                .containsEntry("capacity", 80)
                .containsEntry("status", "ACTIVE");
        String ticket = created.string("id");
        assertProblem(
                admin.post("/api/events/" + id + "/ticket-types", with(dinner, "fairMarketValue", "150.01")),
                422,
                "events.fmv-above-price");
        assertViolations(admin.post("/api/events/" + id + "/ticket-types", with(dinner, "price", "1.005")), "price");
        assertViolations(admin.post("/api/events/" + id + "/ticket-types", with(dinner, "price", "-5")), "price");
        assertProblem(
                admin.post("/api/events/" + id + "/ticket-types", with(dinner, "currency", "XYZ")),
                422,
                "events.invalid-price");

        var changed = admin.put(
                "/api/events/" + id + "/ticket-types/" + ticket,
                with(with(with(dinner, "price", "0.1"), "fairMarketValue", "0.10"), "version", 5));
        assertProblem(changed, 409, "common.stale-version");
        changed = admin.put(
                "/api/events/" + id + "/ticket-types/" + ticket,
                with(with(with(dinner, "price", "0.1"), "fairMarketValue", "0.10"), "version", 0));
        assertThat(changed.json()).containsEntry("price", "0.10").containsEntry("deductibleAmount", "0.00");

        String unused = admin.post("/api/events/" + id + "/ticket-types", aTicketType("Unused", "5"))
                .string("id");
        assertThat(admin.delete("/api/events/" + id + "/ticket-types/" + unused).status())
                .isEqualTo(204);
        assertProblem(
                admin.delete("/api/events/" + id + "/ticket-types/" + unused), 404, "events.ticket-type-not-found");

        admin.post("/api/events/" + id + "/publish", Map.of());
        assertThat(admin.post("/api/events/" + id + "/registrations", registration(person(), ticket))
                        .status())
                .isEqualTo(201);
        assertProblem(admin.delete("/api/events/" + id + "/ticket-types/" + ticket), 409, "events.ticket-type-in-use");
        var retired = admin.post("/api/events/" + id + "/ticket-types/" + ticket + "/retire", Map.of());
        assertThat(retired.json()).containsEntry("status", "RETIRED").containsEntry("seatsTaken", 1);
        assertProblem(
                admin.post("/api/events/" + id + "/registrations", registration(person(), ticket)),
                422,
                "events.ticket-type-retired");
    }

    @Test
    void aRegistrationCarriesGuestsAnswersAndNotesAndIsAudited() {
        Api admin = admin();
        var setup = EventFixtures.published(
                admin,
                10,
                List.of(Map.of("text", "Meal?", "required", true), Map.of("text", "Allergies?", "required", false)));
        var event = admin.get("/api/events/" + setup.eventId()).json();
        @SuppressWarnings("unchecked")
        var questions = (List<Map<String, Object>>) event.get("questions");
        UUID who = person();
        var body = registration(who, setup.ticketTypeId());
        body.put("guestNames", List.of("Ann Guest", "Bob Guest"));
        body.put("unnamedGuests", 1);
        body.put("dietaryNotes", "vegetarian");
        body.put("accessibilityNotes", "wheelchair");
        assertProblem(
                admin.post("/api/events/" + setup.eventId() + "/registrations", body), 422, "events.invalid-answers");
        body.put("answers", List.of(Map.of("questionId", UUID.randomUUID().toString(), "answer", "Fish")));
        assertProblem(
                admin.post("/api/events/" + setup.eventId() + "/registrations", body), 422, "events.invalid-answers");
        body.put("answers", List.of(Map.of("questionId", questions.get(0).get("id"), "answer", "Fish")));
        var created = admin.post("/api/events/" + setup.eventId() + "/registrations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("status", "REGISTERED")
                .containsEntry("partySize", 4)
                .containsEntry("unnamedGuests", 1)
                .containsEntry("guestNames", List.of("Ann Guest", "Bob Guest"))
                .containsEntry("dietaryNotes", "vegetarian")
                .containsEntry("constituentId", who.toString());
        assertThat(created.json().get("constituentName").toString()).startsWith("Eve Guest");
        assertThat(created.body()).contains("Fish");
        String id = created.string("id");
        assertThat(admin.get("/api/events/" + setup.eventId())
                        .json()
                        .get("seats")
                        .toString())
                .contains("taken=4", "free=6");
        assertProblem(
                admin.post("/api/events/" + setup.eventId() + "/registrations", body),
                409,
                "events.already-registered");
        var audit = admin.get("/api/audit?entityType=event-registration&entityId=" + id);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactly("CREATED");

        var listed = admin.get("/api/events/" + setup.eventId() + "/registrations?status=REGISTERED");
        assertThat(listed.json()).containsEntry("total", 1);
        assertThat(admin.get("/api/events/" + setup.eventId() + "/registrations?status=WAITLISTED")
                        .json())
                .containsEntry("total", 0);

        var cancelled = admin.post("/api/registrations/" + id + "/cancel", Map.of("reason", "Ill"));
        assertThat(cancelled.json()).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "Ill");
        assertProblem(
                admin.post("/api/registrations/" + id + "/cancel", Map.of()),
                409,
                "events.invalid-registration-transition");
        assertProblem(admin.get("/api/registrations/" + UUID.randomUUID()), 404, "events.registration-not-found");
    }

    @Test
    void registrationIsRefusedForUnknownOrDeletedPeopleAndClosedEvents() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, null, List.of());
        String path = "/api/events/" + setup.eventId() + "/registrations";
        assertProblem(
                admin.post(path, registration(UUID.randomUUID(), setup.ticketTypeId())),
                422,
                "events.constituent-not-found");
        UUID gone = person();
        assertThat(admin.delete("/api/constituents/" + gone).status()).isEqualTo(204);
        assertProblem(admin.post(path, registration(gone, setup.ticketTypeId())), 422, "events.constituent-deleted");
        assertProblem(
                admin.post(path, registration(person(), UUID.randomUUID().toString())),
                422,
                "events.unknown-ticket-type");
        assertViolations(
                admin.post(path, with(registration(person(), setup.ticketTypeId()), "unnamedGuests", -1)),
                "unnamedGuests");

        String draft = admin.post("/api/events", anEvent("Draft")).string("id");
        String draftTicket = admin.post("/api/events/" + draft + "/ticket-types", aTicketType("T", "1"))
                .string("id");
        assertProblem(
                admin.post("/api/events/" + draft + "/registrations", registration(person(), draftTicket)),
                422,
                "events.registration-closed");
        var later = with(
                anEvent("Later"),
                "registrationOpensAt",
                LocalDateTime.now().plusDays(10).toString());
        String notYet = admin.post("/api/events", later).string("id");
        String notYetTicket = admin.post("/api/events/" + notYet + "/ticket-types", aTicketType("T", "1"))
                .string("id");
        admin.post("/api/events/" + notYet + "/publish", Map.of());
        assertProblem(
                admin.post("/api/events/" + notYet + "/registrations", registration(person(), notYetTicket)),
                422,
                "events.registration-closed");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameRegistration() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, null, List.of());
        String path = "/api/events/" + setup.eventId() + "/registrations";
        var body = registration(person(), setup.ticketTypeId());
        Api keyed = admin.withHeader("Idempotency-Key", "reg-" + UUID.randomUUID());
        var first = keyed.post(path, body);
        var second = keyed.post(path, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.string("id")).isEqualTo(first.string("id"));
        assertProblem(keyed.post(path, with(body, "dietaryNotes", "vegan")), 409, "events.idempotency-key-reused");
        assertThat(admin.get(path).json()).containsEntry("total", 1);
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        Api anonymous = Api.of(server, json);
        Api admin = admin();
        Api coordinator = TestUsers.withRoles(anonymous, "EVENT_COORDINATOR");
        Api officer = TestUsers.withRoles(anonymous, "DEVELOPMENT_OFFICER");
        Api board = TestUsers.withRoles(anonymous, "BOARD_MEMBER");
        var setup = EventFixtures.published(coordinator, 5, List.of());
        String event = "/api/events/" + setup.eventId();
        var registered = coordinator.post(event + "/registrations", registration(person(), setup.ticketTypeId()));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String registration = "/api/registrations/" + registered.string("id");

        for (Api reader : List.of(officer, board)) {
            assertThat(reader.get(event).status()).isEqualTo(200);
            assertThat(reader.get("/api/events").status()).isEqualTo(200);
            assertThat(reader.get(event + "/ticket-types").status()).isEqualTo(200);
            assertProblem(reader.post("/api/events", anEvent("No")), 403, "auth.forbidden");
            assertProblem(reader.post(event + "/cancel", Map.of()), 403, "auth.forbidden");
            assertProblem(reader.post(event + "/ticket-types", aTicketType("No", "1")), 403, "auth.forbidden");
            assertProblem(
                    reader.post(event + "/registrations", registration(person(), setup.ticketTypeId())),
                    403,
                    "auth.forbidden");
            assertProblem(reader.post(registration + "/cancel", Map.of()), 403, "auth.forbidden");
        }
        assertThat(board.get(event).json().get("seats").toString()).contains("taken=1");
        assertThat(officer.get(event + "/registrations").status()).isEqualTo(200);
        assertThat(officer.get(registration).status()).isEqualTo(200);
        assertProblem(board.get(event + "/registrations"), 403, "auth.forbidden");
        assertProblem(board.get(registration), 403, "auth.forbidden");
        assertThat(admin.get(registration).status()).isEqualTo(200);
    }
}
