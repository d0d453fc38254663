package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * The race both capacity ITs run: an event of 20 seats with 15 taken, then 50 clients released at once, each
 * registering a different constituent. Exactly 5 are REGISTERED, 45 WAITLISTED, none fails.
 */
final class CapacityRace {

    static final int CAPACITY = 20;
    static final int TAKEN = 15;
    static final int CLIENTS = 50;

    private CapacityRace() {}

    static void run(EmbeddedServer server, JsonMapper json, DataSource dataSource) throws Exception {
        Api admin = TestUsers.admin(Api.of(server, json));
        var setup = EventFixtures.published(admin, CAPACITY, List.of());
        String path = "/api/events/" + setup.eventId() + "/registrations";
        for (int i = 0; i < TAKEN; i++) {
            var early = admin.post(
                    path,
                    EventFixtures.registration(
                            ConstituentRows.individual(dataSource, "Early", "Bird" + i), setup.ticketTypeId()));
            assertThat(early.json()).containsEntry("status", "REGISTERED");
        }
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(ConstituentRows.individual(dataSource, "Racer", "Number" + i));
        }

        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (UUID person : people) {
                replies.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return admin.post(path, EventFixtures.registration(person, setup.ticketTypeId()));
                }));
            }
            List<String> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get(180, TimeUnit.SECONDS);
                statuses.add(r.status() == 201 ? (String) r.json().get("status") : "unexpected " + r);
            }
            assertThat(statuses.stream().filter("REGISTERED"::equals).count())
                    .as("%s", statuses)
                    .isEqualTo(CAPACITY - TAKEN);
            assertThat(statuses.stream().filter("WAITLISTED"::equals).count())
                    .as("%s", statuses)
                    .isEqualTo(CLIENTS - (CAPACITY - TAKEN));
        } finally {
            pool.shutdownNow();
        }
        var event = admin.get("/api/events/" + setup.eventId()).json();
        @SuppressWarnings("unchecked")
        var seats = (Map<String, Object>) event.get("seats");
        assertThat(seats)
                .containsEntry("taken", CAPACITY)
                .containsEntry("free", 0)
                .containsEntry("registrations", CAPACITY)
                .containsEntry("waitlisted", CLIENTS - (CAPACITY - TAKEN));

        // the waitlist is served in the order it was joined: a cancellation offers the seat to the first waiting
        var waiting = admin.get(path + "?status=WAITLISTED&size=100").items();
        String first = waiting.stream()
                .min((a, b) -> ((String) a.get("waitlistedAt")).compareTo((String) b.get("waitlistedAt")) != 0
                        ? ((String) a.get("waitlistedAt")).compareTo((String) b.get("waitlistedAt"))
                        : ((String) a.get("id")).compareTo((String) b.get("id")))
                .map(r -> (String) r.get("id"))
                .orElseThrow();
        String someone =
                (String) admin.get(path + "?status=REGISTERED").items().get(0).get("id");
        assertThat(admin.post("/api/registrations/" + someone + "/cancel", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/registrations/" + first).json()).containsEntry("status", "OFFERED");
    }
}
