package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * Many users at once on the real database: 16 clients create, update and merge constituents, relate them and give
 * them tasks, and all update one shared record, at the same time. Every request must succeed, except the shared
 * record's updates, which may get their documented 409; and afterwards the database holds exactly what the
 * successful requests wrote. Rounds per client: {@code -Dsteward.concurrency.rounds} (default 12).
 */
@MicronautTest(transactional = false)
class ConcurrentWritesIT {

    static final int CLIENTS = 16;
    static final int ROUNDS = Integer.getInteger("steward.concurrency.rounds", 12);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger hubUpdates = new AtomicInteger();
    final AtomicInteger hubConflicts = new AtomicInteger();
    final Set<String> survivors = ConcurrentHashMap.newKeySet();
    final Set<String> duplicates = ConcurrentHashMap.newKeySet();

    @Test
    void sixteenClientsWritingAtOnceAllSucceedAndNothingIsLost() throws Exception {
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        String assignee = TestUsers.uniqueName("assignee");
        TestUsers.create(Api.of(server, json), assignee, "DEVELOPMENT_OFFICER");
        String hub = created(officer, person("Hub", "Hub" + run, "hub"));
        String club = created(officer, Map.of("type", "ORGANIZATION", "name", "Club " + run, "source", source()));

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        Instant began = Instant.now();
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    try {
                        oneRound(officer, assignee, hub, club, c + "-" + round);
                    } catch (RuntimeException | AssertionError e) {
                        failures.add("client " + c + " round " + round + ": " + e);
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES))
                .as("the clients finished")
                .isTrue();
        Duration took = Duration.between(began, Instant.now());
        System.out.printf(
                "ConcurrentWritesIT: %d clients x %d rounds, %d requests in %d ms (%.0f/s), %d failures;"
                        + " shared record: %d updates, %d stale-version conflicts%n",
                CLIENTS,
                ROUNDS,
                requests.get(),
                took.toMillis(),
                requests.get() * 1000.0 / Math.max(1, took.toMillis()),
                failures.size(),
                hubUpdates.get(),
                hubConflicts.get());

        assertThat(failures).as("requests that failed").isEmpty();
        int rounds = CLIENTS * ROUNDS;
        assertThat(survivors).hasSize(rounds);
        assertThat(duplicates).hasSize(rounds);
        // constituents: every survivor live, every duplicate merged into its survivor
        assertThat(count("SELECT COUNT(*) FROM constituents WHERE source = ? AND deleted_at IS NULL", source()))
                .isEqualTo(rounds + 2); // the survivors, the hub and the club
        assertThat(count("SELECT COUNT(*) FROM constituents WHERE source = ? AND merged_into_id IS NOT NULL", source()))
                .isEqualTo(rounds);
        // relationships: one to the hub from each survivor, one to the club moved over from each duplicate
        assertThat(count("SELECT COUNT(*) FROM relationships WHERE to_id = ? AND active", hub))
                .isEqualTo(rounds);
        assertThat(count("SELECT COUNT(*) FROM relationships WHERE to_id = ? AND active", club))
                .isEqualTo(rounds);
        assertThat(count(
                        "SELECT COUNT(*) FROM relationships r JOIN constituents c ON c.id = r.from_id"
                                + " WHERE c.source = ? AND c.deleted_at IS NULL AND r.active",
                        source()))
                .isEqualTo(2 * rounds);
        // tasks: two per round, all now about survivors, one of them done
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE assignee_username = ?", assignee))
                .isEqualTo(2 * rounds);
        assertThat(count(
                        "SELECT COUNT(*) FROM tasks t JOIN constituents c ON c.id = t.constituent_id"
                                + " WHERE t.assignee_username = ? AND c.deleted_at IS NULL",
                        assignee))
                .isEqualTo(2 * rounds);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE assignee_username = ? AND status = 'DONE'", assignee))
                .isEqualTo(rounds);
        // each survivor kept the two emails it was updated to, and the merge moved the duplicate's two over
        assertThat(count(
                        "SELECT COUNT(*) FROM constituent_emails e JOIN constituents c ON c.id = e.constituent_id"
                                + " WHERE c.source = ? AND c.deleted_at IS NULL",
                        source()))
                .isEqualTo(4 * rounds + 1); // and the hub's
        // the shared record: exactly one version step per successful update, each audited
        assertThat(count("SELECT version FROM constituents WHERE id = ?", hub)).isEqualTo(hubUpdates.get());
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = 'UPDATED'", hub))
                .isEqualTo(hubUpdates.get());
        assertThat(hubUpdates.get()).as("some updates of the shared record won").isPositive();
    }

    private void oneRound(Api officer, String assignee, String hub, String club, String tag) {
        // a survivor and its duplicate, as two people entering the same donor would
        String survivor = created(officer, person("Ann" + tag, "Racer" + run, tag + "-a"));
        String duplicate = created(officer, person("Ann" + tag, "Racer" + run, tag + "-b"));
        Map<String, Object> read = ok(officer.get("/api/constituents/" + survivor), 200);

        // update the survivor: keep the first email, drop the second, add a third, change the phone
        Map<String, Object> update = new HashMap<>(read);
        update.keySet().retainAll(Set.of("type", "firstName", "lastName", "source", "version", "tags"));
        update.put("emails", List.of(email(tag + "-a1"), email(tag + "-a3")));
        update.put("phones", List.of(Map.of("number", "+1 555 01" + tag.length(), "type", "HOME")));
        update.put("notes", "updated in round " + tag);
        ok(officer.put("/api/constituents/" + survivor, update), 200);

        // relationships: the survivor to the shared hub, the duplicate to the shared club
        ok(officer.post("/api/relationships", Map.of("fromId", survivor, "toId", hub, "type", "friend-of")), 201);
        ok(officer.post("/api/relationships", Map.of("fromId", duplicate, "toId", club, "type", "employee-of")), 201);

        // tasks: one about each, the survivor's done at once
        Map<String, Object> task = ok(officer.post("/api/tasks", task(survivor, assignee, "Thank " + tag)), 201);
        ok(officer.put("/api/tasks/" + task.get("id"), done(task)), 200);
        ok(officer.post("/api/tasks", task(duplicate, assignee, "Call " + tag)), 201);

        // everybody updates the shared hub with the version they read: one wins per version, the rest get 409
        Map<String, Object> hubNow = ok(officer.get("/api/constituents/" + hub), 200);
        Map<String, Object> hubChange = new HashMap<>(hubNow);
        hubChange.keySet().retainAll(Set.of("type", "firstName", "lastName", "source", "version", "emails"));
        hubChange.put("notes", "last touched by " + tag);
        Api.Reply hubReply = send(officer.put("/api/constituents/" + hub, hubChange));
        if (hubReply.status() == 200) {
            hubUpdates.incrementAndGet();
        } else if (hubReply.status() == 409 && "common.stale-version".equals(hubReply.string("code"))) {
            hubConflicts.incrementAndGet();
        } else {
            throw new AssertionError("hub update: " + hubReply);
        }

        // merge the duplicate into the survivor
        Map<String, Object> merged =
                ok(officer.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate)), 200);
        assertThat(merged).containsKey("mergeId");
        survivors.add(survivor);
        duplicates.add(duplicate);
    }

    private Map<String, Object> person(String first, String last, String emailTag) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INDIVIDUAL");
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("source", source());
        body.put("tags", List.of("cc-" + run));
        body.put(
                "emails",
                emailTag.equals("hub") ? List.of(email("hub")) : List.of(email(emailTag + "1"), email(emailTag + "2")));
        body.put("phones", List.of(Map.of("number", "+1 555 0100", "type", "MOBILE")));
        body.put(
                "addresses",
                List.of(Map.of("type", "HOME", "line1", "1 Main St", "city", "Springfield", "postalCode", "02139")));
        body.put("externalIds", List.of(Map.of("source", "cc-" + run, "id", emailTag)));
        return body;
    }

    private Map<String, Object> email(String tag) {
        return Map.of("address", "cc-" + run + "-" + tag + "@example.org", "type", "HOME");
    }

    private static Map<String, Object> task(String constituent, String assignee, String title) {
        return Map.of("constituentId", constituent, "assignee", assignee, "title", title);
    }

    private static Map<String, Object> done(Map<String, Object> task) {
        return Map.of(
                "title", task.get("title"),
                "assignee", task.get("assignee"),
                "status", "DONE",
                "version", task.get("version"));
    }

    private String source() {
        return "concurrency-" + run;
    }

    private String created(Api as, Map<String, Object> body) {
        return ok(as.post("/api/constituents", body), 201).get("id").toString();
    }

    private Api.Reply send(Api.Reply reply) {
        requests.incrementAndGet();
        return reply;
    }

    private Map<String, Object> ok(Api.Reply reply, int expected) {
        send(reply);
        if (reply.status() != expected) {
            throw new AssertionError("expected " + expected + ", got " + reply);
        }
        return reply.json();
    }

    /**
     * Every survivor shares a phone and a name with the others: left live, they would add hundreds of duplicate
     * pairs to the test database on every run, and the duplicate scan would grow without end. So the run's records
     * are deleted (as a user would delete them) once it is checked.
     */
    @AfterEach
    void deleteWhatTheRunCreated() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement(
                        "UPDATE constituents SET deleted_at = CURRENT_TIMESTAMP, deleted_by = 'ConcurrentWritesIT'"
                                + " WHERE source = ? AND deleted_at IS NULL")) {
            ps.setString(1, source());
            ps.executeUpdate();
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
