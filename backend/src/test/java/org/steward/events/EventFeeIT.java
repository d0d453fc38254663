package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * A paid registration's fee is an EVENT_FEE gift in the ledger (price × party, with the benefits' fair-market value
 * so the deductible part is right): COMPLETED when staff record the payment, PENDING from the public page; a
 * cancellation with refund refunds (or cancels) it through the ledger.
 */
@MicronautTest(transactional = false)
class EventFeeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    record Paid(String eventId, String ticketTypeId) {}

    Paid paidEvent(Api coordinator) {
        var event = coordinator.post("/api/events", EventFixtures.anEvent("Dinner " + UUID.randomUUID()));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String eventId = event.string("id");
        var ticket = EventFixtures.aTicketType("Dinner seat", "50.00");
        ticket.put("fairMarketValue", "20.00");
        var type = coordinator.post("/api/events/" + eventId + "/ticket-types", ticket);
        assertThat(type.status()).as(type.toString()).isEqualTo(201);
        var free = coordinator.post(
                "/api/events/" + eventId + "/ticket-types", EventFixtures.aTicketType("Volunteer", "0"));
        assertThat(free.status()).as(free.toString()).isEqualTo(201);
        assertThat(coordinator
                        .post("/api/events/" + eventId + "/publish", Map.of())
                        .status())
                .isEqualTo(200);
        return new Paid(eventId, type.string("id"));
    }

    String person(Api officer) {
        var reply = officer.post(
                "/api/constituents",
                Map.of(
                        "type", "INDIVIDUAL",
                        "firstName", "Fee",
                        "lastName", "Payer" + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    @Test
    void aStaffRegistrationWithPaymentRecordsACompletedFeeGiftAndACancellationWithRefundRefundsIt() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        Paid paid = paidEvent(coordinator);
        String who = person(admin);
        Map<String, Object> body = EventFixtures.registration(who, paid.ticketTypeId());
        body.put("unnamedGuests", 1);
        body.put("paymentMethod", "cash");
        var registration = coordinator.post("/api/events/" + paid.eventId() + "/registrations", body);
        assertThat(registration.status()).as(registration.toString()).isEqualTo(201);
        String giftId = registration.string("feeGiftId");
        assertThat(giftId).isNotNull();

        var gift = admin.get("/api/gifts/" + giftId);
        assertThat(gift.status()).as(gift.toString()).isEqualTo(200);
        assertThat(gift.json())
                .containsEntry("kind", "EVENT_FEE")
                .containsEntry("status", "COMPLETED")
                .containsEntry("amount", "100.00")
                .containsEntry("fairMarketValue", "40.00")
                .containsEntry("constituentId", who)
                .containsEntry("paymentMethod", "cash");

        var cancelled = coordinator.post(
                "/api/registrations/" + registration.string("id") + "/cancel", Map.of("reason", "ill", "refund", true));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(admin.get("/api/gifts/" + giftId).json()).containsEntry("status", "REFUNDED");
    }

    @Test
    void aPublicSignUpForAPaidTicketRecordsAPendingFeeAndAFreeTicketNone() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        Paid paid = paidEvent(coordinator);
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Pending");
        body.put("lastName", "Payer");
        body.put("email", "payer" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        body.put("ticketTypeId", paid.ticketTypeId());
        var signUp = Api.of(server, json).post("/api/public/events/" + paid.eventId() + "/registrations", body);
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
        String giftId = admin.get("/api/registrations/" + signUp.string("id")).string("feeGiftId");
        assertThat(admin.get("/api/gifts/" + giftId).json())
                .containsEntry("kind", "EVENT_FEE")
                .containsEntry("status", "PENDING")
                .containsEntry("amount", "50.00")
                .containsEntry("fairMarketValue", "20.00");

        coordinator.post("/api/registrations/" + signUp.string("id") + "/cancel", Map.of("refund", true));
        assertThat(admin.get("/api/gifts/" + giftId).json()).containsEntry("status", "CANCELLED");

        String volunteerType = coordinator.get("/api/events/" + paid.eventId() + "/ticket-types").jsonList().stream()
                .map(t -> (Map<?, ?>) t)
                .filter(t -> "Volunteer".equals(t.get("name")))
                .map(t -> (String) t.get("id"))
                .findFirst()
                .orElseThrow();
        var free = coordinator.post(
                "/api/events/" + paid.eventId() + "/registrations",
                EventFixtures.registration(person(admin), volunteerType));
        assertThat(free.status()).as(free.toString()).isEqualTo(201);
        assertThat(free.json().get("feeGiftId")).isNull();
    }
}
