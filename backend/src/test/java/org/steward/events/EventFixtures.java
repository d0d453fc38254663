package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.support.Api;

/** Bodies and set-up steps for event tests: a valid event a month away, a ticket type, a published event. */
final class EventFixtures {

    private EventFixtures() {}

    static Map<String, Object> anEvent(String title) {
        LocalDateTime start = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("venue", "Main Hall");
        body.put("address", "1 Main St");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(3).toString());
        body.put("timeZone", "America/Toronto");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> aTicketType(String name, String price) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("price", price);
        body.put("currency", "USD");
        return body;
    }

    record Setup(String eventId, String ticketTypeId) {}

    /** A published event of this capacity with one free ticket type (no capacity of its own). */
    static Setup published(Api as, Integer capacity, List<Map<String, Object>> questions) {
        Map<String, Object> body = anEvent("Gala " + System.nanoTime());
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        body.put("questions", questions);
        var event = as.post("/api/events", body);
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String eventId = event.string("id");
        var ticket = as.post("/api/events/" + eventId + "/ticket-types", aTicketType("General", "0"));
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        var published = as.post("/api/events/" + eventId + "/publish", Map.of());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return new Setup(eventId, ticket.string("id"));
    }

    static Map<String, Object> registration(Object constituentId, String ticketTypeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", constituentId.toString());
        body.put("ticketTypeId", ticketTypeId);
        return body;
    }
}
