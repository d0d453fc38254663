package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** Check-in at the door on MariaDB/MySQL (docs/adr/0019-check-in-at-the-door.md). */
@MicronautTest(transactional = false)
class CheckInIT {

    static final int TAPS = 20;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    UUID person(String first) {
        return ConstituentRows.individual(dataSource, first, "Door" + suffix());
    }

    static Api keyed(Api as, String key) {
        return as.withHeader("Idempotency-Key", key);
    }

    static String register(Api as, EventFixtures.Setup setup, UUID who, List<String> guests, int unnamed) {
        Map<String, Object> body = new HashMap<>(EventFixtures.registration(who, setup.ticketTypeId()));
        body.put("guestNames", guests);
        body.put("unnamedGuests", unnamed);
        var reply = as.post("/api/events/" + setup.eventId() + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    long checkIns(Api admin, String registrationId) {
        return admin
                .get("/api/audit?entityType=event-registration&entityId=" + registrationId + "&size=100")
                .items()
                .stream()
                .filter(e -> "Checked in".equals(e.get("reason")))
                .count();
    }

    @Test
    void aPartyIsCheckedInWithItsGuestsOnceAndTheUndoTakesItBack() {
        CheckInJourney.run(server, json, dataSource);
    }

    @Test
    void guestsAreCountedAsSentAndALaterTapChangesThemButNotTheFirstTime() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, null, List.of());
        String id = register(coordinator, setup, person("Gus"), List.of("Ann", "Ben"), 1);
        String path = "/api/registrations/" + id + "/check-in";

        assertViolations(
                keyed(coordinator, "k-" + suffix()).post(path, Map.of("guestsCheckedIn", 4)), "guestsCheckedIn");
        assertViolations(
                keyed(coordinator, "k-" + suffix()).post(path, Map.of("guestsCheckedIn", -1)), "guestsCheckedIn");
        String tooLate = Instant.now().plus(10, ChronoUnit.MINUTES).toString();
        assertViolations(keyed(coordinator, "k-" + suffix()).post(path, Map.of("checkedInAt", tooLate)), "checkedInAt");
        assertViolations(keyed(coordinator, "x".repeat(201)).post(path, Map.of()), "Idempotency-Key");

        // a tap queued while offline arrives later with its own time
        Instant tapped = Instant.now().minus(7, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        var first = keyed(coordinator, "k-" + suffix())
                .post(path, Map.of("guestsCheckedIn", 1, "checkedInAt", tapped.toString()));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json()).containsEntry("status", "ATTENDED").containsEntry("guestsCheckedIn", 1);
        assertThat(Instant.parse(first.string("checkedInAt"))).isEqualTo(tapped);
        assertThat(coordinator
                        .get("/api/events/" + setup.eventId() + "/attendance")
                        .json())
                .isEqualTo(
                        Map.of("expectedParties", 1, "expectedPeople", 4, "checkedInParties", 1, "checkedInPeople", 2));

        // the rest of the party turns up: a new tap sets the guests and keeps the first check-in's time
        var later = keyed(coordinator, "k-" + suffix()).post(path, Map.of("guestsCheckedIn", 3));
        assertThat(later.json()).containsEntry("status", "ATTENDED").containsEntry("guestsCheckedIn", 3);
        assertThat(Instant.parse(later.string("checkedInAt"))).isEqualTo(tapped);
        // without a key (an API user) and without a body: nothing to change
        var plain = coordinator.call("POST", path, null);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
        assertThat(plain.json())
                .containsEntry("guestsCheckedIn", 3)
                .containsEntry("version", later.json().get("version"));
        assertThat(checkIns(admin(), id)).isEqualTo(1);
    }

    @Test
    void theSameKeyTwiceChecksInOnceEvenAfterAnUndo() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, null, List.of());
        String id = register(admin, setup, person("Kay"), List.of(), 0);
        String key = "tap-" + suffix();
        var first = keyed(admin, key).post("/api/registrations/" + id + "/check-in", Map.of());
        assertThat(first.json()).containsEntry("status", "ATTENDED").containsEntry("guestsCheckedIn", 0);
        var replay = keyed(admin, key).post("/api/registrations/" + id + "/check-in", Map.of());
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(first.json());

        String undoKey = "undo-" + suffix();
        assertThat(keyed(admin, undoKey)
                        .post("/api/registrations/" + id + "/undo-check-in", Map.of())
                        .json())
                .containsEntry("status", "REGISTERED");
        // the queue replayed after a lost response: neither the check-in nor the undo happens again
        assertThat(keyed(admin, key)
                        .post("/api/registrations/" + id + "/check-in", Map.of())
                        .json())
                .containsEntry("status", "REGISTERED");
        var undoAgain = keyed(admin, undoKey).post("/api/registrations/" + id + "/undo-check-in", Map.of());
        assertThat(undoAgain.status()).as(undoAgain.toString()).isEqualTo(200);
        assertThat(undoAgain.json()).containsEntry("status", "REGISTERED");
        assertThat(checkIns(admin, id)).isEqualTo(1);

        // a refused request does not use its key up
        String refusedKey = "undo-" + suffix();
        assertProblem(
                keyed(admin, refusedKey).post("/api/registrations/" + id + "/undo-check-in", Map.of()),
                409,
                "events.not-checked-in");
        assertThat(keyed(admin, refusedKey)
                        .post("/api/registrations/" + id + "/check-in", Map.of())
                        .json())
                .containsEntry("status", "ATTENDED");
        assertThat(checkIns(admin, id)).isEqualTo(2);
    }

    @Test
    void twentyTapsAtOnceCheckInOnceWithDifferentKeysAndWithTheSameKey() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, null, List.of());
        UUID who = person("Rush");
        String many = register(coordinator, setup, who, List.of("Guest"), 0);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            keys.add("tap-" + i + "-" + suffix());
        }
        assertAllAttended(race(coordinator, many, keys));
        assertThat(checkIns(admin(), many)).isEqualTo(1);

        String one = register(coordinator, setup, person("Same"), List.of(), 0);
        String key = "same-" + suffix();
        List<String> same = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            same.add(key);
        }
        assertAllAttended(race(coordinator, one, same));
        assertThat(checkIns(admin(), one)).isEqualTo(1);

        assertThat(coordinator
                        .get("/api/events/" + setup.eventId() + "/attendance")
                        .json())
                .isEqualTo(
                        Map.of("expectedParties", 2, "expectedPeople", 3, "checkedInParties", 2, "checkedInPeople", 3));
        assertThat(CheckInJourney.subjects(coordinator, who).stream()
                        .filter(s -> ((String) s).startsWith("Attended "))
                        .count())
                .isEqualTo(1);
    }

    List<Api.Reply> race(Api as, String registrationId, List<String> keys) throws Exception {
        CyclicBarrier start = new CyclicBarrier(keys.size());
        ExecutorService pool = Executors.newFixedThreadPool(keys.size());
        try {
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (String key : keys) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return keyed(as, key).post("/api/registrations/" + registrationId + "/check-in", Map.of());
                }));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get(120, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertAllAttended(List<Api.Reply> replies) {
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json()).containsEntry("status", "ATTENDED");
        });
        assertThat(replies.stream().map(r -> r.json().get("checkedInAt")).distinct())
                .hasSize(1);
    }

    @Test
    void partiesWithoutSeatsAndEventsNotOpenAreRefused() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, 1, List.of());
        String seated = register(admin, setup, person("Sit"), List.of(), 0);
        String waiting = register(admin, setup, person("Wait"), List.of(), 0);
        assertThat(admin.get("/api/registrations/" + waiting).json()).containsEntry("status", "WAITLISTED");
        assertProblem(admin.post("/api/registrations/" + waiting + "/check-in", Map.of()), 409, "events.not-checkable");
        assertThat(admin.post("/api/registrations/" + seated + "/cancel", Map.of())
                        .status())
                .isEqualTo(200);
        assertProblem(admin.post("/api/registrations/" + seated + "/check-in", Map.of()), 409, "events.not-checkable");
        assertThat(admin.get("/api/registrations/" + waiting).json()).containsEntry("status", "OFFERED");
        assertProblem(admin.post("/api/registrations/" + waiting + "/check-in", Map.of()), 409, "events.not-checkable");
        assertProblem(
                admin.post("/api/registrations/" + waiting + "/undo-check-in", Map.of()), 409, "events.not-checked-in");
        assertProblem(
                admin.post("/api/registrations/" + UUID.randomUUID() + "/check-in", Map.of()),
                404,
                "events.registration-not-found");
        assertProblem(admin.get("/api/events/" + UUID.randomUUID() + "/check-in"), 404, "events.not-found");
        assertProblem(admin.get("/api/events/" + UUID.randomUUID() + "/attendance"), 404, "events.not-found");

        var other = EventFixtures.published(admin, null, List.of());
        String registered = register(admin, other, person("Storm"), List.of(), 0);
        assertThat(admin.post("/api/events/" + other.eventId() + "/cancel", Map.of())
                        .status())
                .isEqualTo(200);
        assertProblem(
                admin.post("/api/registrations/" + registered + "/check-in", Map.of()), 409, "events.check-in-closed");
    }

    @Test
    void theRosterHoldsThePartiesAtTheDoorByNameAndTheSearchIgnoresAccents() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, 5, List.of());
        String s = suffix();
        UUID zoe = ConstituentRows.individual(dataSource, "Zoë", "Ångström" + s);
        UUID bob = ConstituentRows.individual(dataSource, "Bob", "Smith" + s);
        UUID cid = ConstituentRows.individual(dataSource, "Cid", "Gone" + s);
        UUID will = ConstituentRows.individual(dataSource, "Will", "Wait" + s);
        String zoeId = register(admin, setup, zoe, List.of(), 0);
        String bobId = register(admin, setup, bob, List.of("Renée Dupré"), 1);
        String cidId = register(admin, setup, cid, List.of(), 0);
        String willId = register(admin, setup, will, List.of(), 0);
        assertThat(admin.get("/api/registrations/" + willId).json()).containsEntry("status", "WAITLISTED");
        // Will gives up waiting and takes Cid's seat by transfer
        assertThat(admin.post("/api/registrations/" + willId + "/cancel", Map.of())
                        .status())
                .isEqualTo(200);
        var transferred =
                admin.post("/api/registrations/" + cidId + "/transfer", Map.of("constituentId", will.toString()));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        keyed(admin, "k-" + s).post("/api/registrations/" + zoeId + "/check-in", Map.of());

        var sheet = admin.get("/api/events/" + setup.eventId() + "/check-in").json();
        @SuppressWarnings("unchecked")
        var roster = (List<Map<String, Object>>) sheet.get("roster");
        assertThat(roster).extracting(p -> p.get("registrationId")).containsExactly(bobId, cidId, zoeId);
        assertThat(roster).extracting(p -> p.get("status")).containsExactly("REGISTERED", "REGISTERED", "ATTENDED");
        assertThat(roster.get(1).get("name")).isEqualTo("Will Wait" + s);
        assertThat(sheet.get("counts"))
                .isEqualTo(
                        Map.of("expectedParties", 3, "expectedPeople", 5, "checkedInParties", 1, "checkedInPeople", 1));

        String list = "/api/events/" + setup.eventId() + "/registrations";
        assertThat(admin.get(list + "?q=zoe").items())
                .extracting(r -> r.get("id"))
                .containsExactly(zoeId);
        assertThat(admin.get(list + "?q=ANGSTROM" + s).items())
                .extracting(r -> r.get("id"))
                .containsExactly(zoeId);
        assertThat(admin.get(list + "?q=renee%20dupre").items())
                .extracting(r -> r.get("id"))
                .containsExactly(bobId);
        assertThat(admin.get(list + "?q=wait" + s).items())
                .extracting(r -> r.get("id"))
                .containsExactly(cidId, willId);
        var cancelled = admin.get(list + "?q=wait" + s + "&status=CANCELLED");
        assertThat(cancelled.items()).extracting(r -> r.get("id")).containsExactly(willId);
        assertThat(cancelled.json()).containsEntry("total", 1);
        var paged = admin.get(list + "?q=" + s + "&size=3&page=1");
        assertThat(paged.items()).hasSize(1);
        assertThat(paged.json()).containsEntry("total", 4);
        assertThat(admin.get(list + "?q=nobody-" + s).items()).isEmpty();
    }

    @Test
    void completingTheEventMakesTheRestNoShowsWhoCanStillArriveLate() {
        Api admin = admin();
        LocalDateTime started = LocalDateTime.now(java.time.ZoneId.of("America/Toronto"))
                .minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = EventFixtures.anEvent("Now " + suffix());
        body.put("startsAt", started.toString());
        body.put("endsAt", started.plusHours(4).toString());
        String eventId = admin.post("/api/events", body).string("id");
        String ticket = admin.post(
                        "/api/events/" + eventId + "/ticket-types", EventFixtures.aTicketType("General", "0"))
                .string("id");
        assertThat(admin.post("/api/events/" + eventId + "/publish", Map.of()).status())
                .isEqualTo(200);
        var setup = new EventFixtures.Setup(eventId, ticket);
        String came = register(admin, setup, person("Came"), List.of(), 0);
        String late = register(admin, setup, person("Late"), List.of(), 2);
        keyed(admin, "k-" + suffix()).post("/api/registrations/" + came + "/check-in", Map.of());

        var completed = admin.post("/api/events/" + eventId + "/complete", Map.of());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(admin.get("/api/registrations/" + came).json()).containsEntry("status", "ATTENDED");
        assertThat(admin.get("/api/registrations/" + late).json()).containsEntry("status", "NO_SHOW");
        assertThat(admin.get("/api/events/" + eventId + "/attendance").json())
                .isEqualTo(
                        Map.of("expectedParties", 2, "expectedPeople", 4, "checkedInParties", 1, "checkedInPeople", 1));

        var arrived = keyed(admin, "k-" + suffix()).post("/api/registrations/" + late + "/check-in", Map.of());
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(200);
        assertThat(arrived.json()).containsEntry("status", "ATTENDED").containsEntry("guestsCheckedIn", 2);
    }

    @Test
    void theTimelineShowsRegistrationsCancellationsAndPublicSignUps() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 1, List.of());
        String title = coordinator.get("/api/events/" + setup.eventId()).string("title");
        UUID first = person("First");
        UUID second = person("Second");
        String firstId = register(coordinator, setup, first, List.of(), 0);
        register(coordinator, setup, second, List.of(), 0);
        assertThat(CheckInJourney.subjects(coordinator, second)).containsExactly("Waitlisted for " + title);
        assertThat(coordinator
                        .post("/api/registrations/" + firstId + "/cancel", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(CheckInJourney.subjects(coordinator, first))
                .containsExactlyInAnyOrder("Registered for " + title, "Cancelled registration for " + title);
        var entry = coordinator
                .get("/api/constituents/" + first + "/interactions")
                .items()
                .get(0);
        assertThat(entry).containsEntry("channel", "EVENT").containsEntry("direction", "INBOUND");

        // a public sign-up has no signed-in user: the timeline names "system" as the staff member
        var open = EventFixtures.published(coordinator, null, List.of());
        String openTitle = coordinator.get("/api/events/" + open.eventId()).string("title");
        var signUp = Api.of(server, json)
                .post(
                        "/api/public/events/" + open.eventId() + "/registrations",
                        PublicSignUpIT.signUp(open.ticketTypeId(), "door-" + suffix() + "@example.org"));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
        String constituent =
                coordinator.get("/api/registrations/" + signUp.string("id")).string("constituentId");
        var signedUp = coordinator
                .get("/api/constituents/" + constituent + "/interactions")
                .items();
        assertThat(signedUp).hasSize(1);
        assertThat(signedUp.get(0))
                .containsEntry("subject", "Registered for " + openTitle)
                .containsEntry("staffUsername", "system");
    }

    @Test
    void eachRoleDoesOnlyWhatItMay() {
        Api admin = admin();
        var setup = EventFixtures.published(admin, null, List.of());
        String id = register(admin, setup, person("Role"), List.of(), 0);
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        for (Api reader : List.of(officer, board)) {
            assertThat(reader.get("/api/events/" + setup.eventId() + "/attendance")
                            .status())
                    .isEqualTo(200);
            assertProblem(reader.get("/api/events/" + setup.eventId() + "/check-in"), 403, "auth.forbidden");
            assertProblem(reader.post("/api/registrations/" + id + "/check-in", Map.of()), 403, "auth.forbidden");
            assertProblem(reader.post("/api/registrations/" + id + "/undo-check-in", Map.of()), 403, "auth.forbidden");
        }
        assertThat(officer.get("/api/events/" + setup.eventId() + "/registrations?q=role")
                        .status())
                .isEqualTo(200);
        assertProblem(board.get("/api/events/" + setup.eventId() + "/registrations?q=role"), 403, "auth.forbidden");
    }
}
