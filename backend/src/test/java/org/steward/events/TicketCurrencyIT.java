package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** Ticket types are priced in the ledger's base currency (USD in tests): another is refused when set, not later. */
@MicronautTest(transactional = false)
class TicketCurrencyIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void aTicketTypeInAnotherCurrencyIsRefusedWhenCreatedOrChanged() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var event = coordinator.post("/api/events", EventFixtures.anEvent("Currency " + System.nanoTime()));
        String eventId = event.string("id");

        var euros = EventFixtures.with(EventFixtures.aTicketType("Euro seat", "30.00"), "currency", "EUR");
        var refused = coordinator.post("/api/events/" + eventId + "/ticket-types", euros);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json())
                .containsEntry("code", "events.currency-not-base")
                .containsEntry("baseCurrency", "USD");
        assertThat(refused.string("detail")).contains("USD", "EUR");
        assertThat(coordinator.get("/api/events/" + eventId + "/ticket-types").jsonList())
                .isEmpty();

        var dollars = coordinator.post(
                "/api/events/" + eventId + "/ticket-types", EventFixtures.aTicketType("Seat", "30.00"));
        assertThat(dollars.status()).as(dollars.toString()).isEqualTo(201);
        var change =
                EventFixtures.with(euros, "version", ((Number) dollars.json().get("version")).longValue());
        var changed = coordinator.put("/api/events/" + eventId + "/ticket-types/" + dollars.string("id"), change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(changed.json()).containsEntry("code", "events.currency-not-base");
        assertThat(coordinator.get("/api/events/" + eventId + "/ticket-types").body())
                .contains("\"USD\"");
    }
}
