package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * Many clients at once edit, reassign and re-date the same tasks and edit the same interactions, an event coordinator
 * among them on their own interaction, while one interaction is deleted: nobody gets a 500, every refusal is the
 * documented 409 {@code common.stale-version} (or 404 once the interaction is gone), no accepted change is lost (each
 * bumped the version once and has its audit entry), and what is stored is what the last accepted change sent.
 */
@MicronautTest(transactional = false)
class TaskAndInteractionConcurrencyIT {

    static final int CLIENTS = 8;
    static final int ROUNDS = 5;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    /** A write a client sent and what the server answered. */
    record Write(String path, Map<String, Object> body, Api.Reply reply) {}

    @Test
    void concurrentEditsOfTasksAndInteractionsEndInOneWinnerEachTimeAndNoServerError() throws Exception {
        Api api = Api.of(server, json);
        Api admin = TestUsers.admin(api);
        List<String> officers = new ArrayList<>();
        List<Api> managers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = TestUsers.uniqueName("officer");
            TestUsers.create(api, name, "DEVELOPMENT_OFFICER");
            officers.add(name);
            managers.add(api.signedIn(name, TestUsers.PASSWORD));
        }
        String coordinatorName = TestUsers.uniqueName("coordinator");
        TestUsers.create(api, coordinatorName, "EVENT_COORDINATOR");
        Api coordinator = api.signedIn(coordinatorName, TestUsers.PASSWORD);
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Rush");

        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var task = admin.post(
                    "/api/tasks",
                    Map.of(
                            "title", "Shared task " + i,
                            "assignee", officers.get(i),
                            "dueDate", TODAY.toString(),
                            "constituentId", ada.toString()));
            assertThat(task.status()).as("%s", task).isEqualTo(201);
            tasks.add("/api/tasks/" + task.string("id"));
        }
        String managersInteraction = "/api/interactions/" + logged(admin, ada, "Call about the gala");
        String coordinatorsInteraction = "/api/interactions/" + logged(coordinator, ada, "Met at the door");
        String doomed = "/api/interactions/" + logged(admin, ada, "Logged by mistake");

        List<Write> writes = new CopyOnWriteArrayList<>();
        Map<String, List<String>> refusals = new ConcurrentHashMap<>();
        CyclicBarrier start = new CyclicBarrier(CLIENTS + 1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            // the last client is the event coordinator: their own interaction only
            Api as = client == CLIENTS - 1 ? coordinator : managers.get(client % managers.size());
            running.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                for (int round = 0; round < ROUNDS; round++) {
                    String tag = "client " + client + " round " + round;
                    if (as == coordinator) {
                        writes.add(editInteraction(as, coordinatorsInteraction, tag, coordinatorName));
                        continue;
                    }
                    String task = tasks.get((client + round) % tasks.size());
                    writes.add(editTask(as, task, tag, officers.get((client + round) % officers.size()), round));
                    writes.add(editInteraction(as, managersInteraction, tag, null));
                    writes.add(editInteraction(as, coordinatorsInteraction, tag, null));
                    writes.add(editInteraction(as, doomed, tag, null));
                }
                return null;
            }));
        }
        running.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            Thread.sleep(50);
            // a person deleting retries after "changed by someone else" until it is gone
            for (int attempt = 0; attempt < 50; attempt++) {
                var reply = admin.delete(doomed);
                if (reply.status() == 204) {
                    return null;
                }
                refusals.computeIfAbsent("delete", k -> new CopyOnWriteArrayList<>())
                        .add(reply.toString());
            }
            throw new AssertionError("the interaction could not be deleted: " + refusals.get("delete"));
        }));
        for (Future<?> f : running) {
            f.get(300, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(writes)
                .as("every answer is a success or a documented refusal")
                .allSatisfy(w -> {
                    int status = w.reply().status();
                    assertThat(status).as("%s %s", w.path(), w.reply()).isIn(200, 409, 404);
                    if (status == 409) {
                        assertProblem(w.reply(), 409, "common.stale-version");
                    } else if (status == 404) {
                        assertThat(w.path()).isEqualTo(doomed);
                        assertProblem(w.reply(), 404, "interactions.not-found");
                    }
                });
        assertThat(writes).as("the clients did race").anyMatch(w -> w.reply().status() == 409);
        assertThat(refusals.getOrDefault("delete", List.of()))
                .allSatisfy(r -> assertThat(r).startsWith("409").contains("common.stale-version"));

        for (String path : List.of(tasks.get(0), tasks.get(1), managersInteraction, coordinatorsInteraction)) {
            List<Write> won = writes.stream()
                    .filter(w -> w.path().equals(path) && w.reply().status() == 200)
                    .toList();
            assertThat(won).as("someone won on %s", path).isNotEmpty();
            var stored = admin.get(path).json();
            assertThat(((Number) stored.get("version")).longValue())
                    .as("%s: each accepted change bumped the version once", path)
                    .isEqualTo(won.size());
            Write last = won.stream()
                    .filter(w -> ((Number) w.reply().json().get("version")).longValue() == won.size())
                    .findFirst()
                    .orElseThrow();
            String field = path.startsWith("/api/tasks") ? "title" : "subject";
            assertThat(stored)
                    .as("%s holds the last accepted change", path)
                    .isEqualTo(last.reply().json());
            assertThat(stored.get(field)).isEqualTo(last.body().get(field));
            String entity = path.startsWith("/api/tasks") ? "task" : "interaction";
            String id = path.substring(path.lastIndexOf('/') + 1);
            assertThat(admin.get("/api/audit?entityType=" + entity + "&entityId=" + id + "&size=200")
                            .items())
                    .as("%s: one audit entry per accepted change", path)
                    .filteredOn(e -> "UPDATED".equals(e.get("action")))
                    .hasSize(won.size());
        }
        assertProblem(admin.get(doomed), 404, "interactions.not-found");
        String doomedId = doomed.substring(doomed.lastIndexOf('/') + 1);
        assertThat(admin.get("/api/audit?entityType=interaction&entityId=" + doomedId + "&size=200")
                        .items())
                .filteredOn(e -> "DELETED".equals(e.get("action")))
                .hasSize(1);
    }

    private static String logged(Api as, UUID constituentId, String subject) {
        var reply = as.post(
                "/api/constituents/" + constituentId + "/interactions",
                Map.of("channel", "PHONE", "direction", "OUTBOUND", "subject", subject));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    /** Reads the task and sends it back re-titled, reassigned and re-dated, with the version it read. */
    private static Write editTask(Api as, String path, String tag, String assignee, int round) {
        var read = as.get(path);
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        var task = read.json();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Task edited by " + tag);
        body.put("notes", "notes of " + tag);
        body.put("assignee", assignee);
        body.put("dueDate", TODAY.plusDays(round + 1).toString());
        body.put("status", round % 2 == 0 ? "IN_PROGRESS" : "OPEN");
        body.put("version", task.get("version"));
        return new Write(path, body, as.put(path, body));
    }

    /** Reads the interaction (if it is still there) and sends it back with a new subject and the version it read. */
    private static Write editInteraction(Api as, String path, String tag, String staffUsername) {
        var read = as.get(path);
        if (read.status() == 404) {
            return new Write(path, Map.of(), read);
        }
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        var interaction = read.json();
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "MEETING");
        body.put("direction", "INBOUND");
        body.put("subject", "Interaction edited by " + tag);
        body.put("notes", "notes of " + tag);
        body.put(
                "occurredAt",
                Instant.now()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .minus(1, ChronoUnit.HOURS)
                        .toString());
        body.put("staffUsername", staffUsername == null ? interaction.get("staffUsername") : staffUsername);
        body.put("version", interaction.get("version"));
        return new Write(path, body, as.put(path, body));
    }
}
