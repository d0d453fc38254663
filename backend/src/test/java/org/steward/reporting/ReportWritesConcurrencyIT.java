package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.reporting.ScheduleFixtures.aSchedule;
import static org.steward.reporting.ScheduleFixtures.awaitRun;
import static org.steward.reporting.ScheduleFixtures.with;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
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
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * The reporting write paths with many clients at once on MariaDB: each creates, edits (and is refused with its
 * old version), and deletes its own schedules, while all of them edit one shared schedule and the board's names
 * setting, start the shared schedule's run at the same moment, and delete one schedule together. No request gets
 * anything but its documented answer (never a 500), and afterwards the versions count exactly the edits that won.
 */
@MicronautTest(transactional = false)
class ReportWritesConcurrencyIT {

    static final int CLIENTS = 12;
    static final int ROUNDS = 3;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    /** Runs {@code work} on every client at once; each client's unexpected answers are collected. */
    void together(ClientWork work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            pool.submit(() -> {
                start.await();
                try {
                    work.run(c);
                } catch (RuntimeException | AssertionError e) {
                    failures.add("client " + c + ": " + e);
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES))
                .as("the clients finished")
                .isTrue();
    }

    interface ClientWork {
        void run(int client) throws Exception;
    }

    static void expect(Api.Reply reply, String what, Integer... statuses) {
        if (!List.of(statuses).contains(reply.status())) {
            throw new AssertionError(what + ": " + reply);
        }
    }

    static void expectStale(Api.Reply reply, String what) {
        expect(reply, what, 409);
        if (!"common.stale-version".equals(reply.json().get("code"))) {
            throw new AssertionError(what + ": " + reply);
        }
    }

    @Test
    void manyClientsWritingSchedulesAndTheSettingAtOnceGetOnlyTheirDocumentedAnswers() throws Exception {
        Api admin = TestUsers.admin(Api.of(server, json));
        Api.Reply made = admin.post("/api/report-schedules", aSchedule("Shared " + run));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String shared = made.string("id");
        Map<String, Object> sharedBody = aSchedule("Shared " + run);
        long sharedStart = ((Number) made.json().get("version")).longValue();
        long settingsStart = ((Number) admin.get("/api/report-settings").json().get("version")).longValue();
        AtomicInteger sharedWins = new AtomicInteger();
        AtomicInteger settingsWins = new AtomicInteger();
        Set<String> own = ConcurrentHashMap.newKeySet();

        together(client -> {
            for (int round = 0; round < ROUNDS; round++) {
                String name = "Own " + run + " " + client + "-" + round;
                // its own schedule: create, edit, refused with the old version, delete
                Api.Reply created = admin.post("/api/report-schedules", aSchedule(name));
                expect(created, "create", 201);
                String id = created.string("id");
                own.add(id);
                Object version = created.json().get("version");
                Map<String, Object> edit =
                        with(with(aSchedule(name + " (edited)"), "version", version), "enabled", false);
                expect(admin.put("/api/report-schedules/" + id, edit), "edit own", 200);
                expectStale(admin.put("/api/report-schedules/" + id, edit), "edit own with the old version");

                // the shared schedule and the setting: the latest version read, and someone may have been quicker
                Object current =
                        admin.get("/api/report-schedules/" + shared).json().get("version");
                Api.Reply sharedEdit = admin.put(
                        "/api/report-schedules/" + shared,
                        with(with(sharedBody, "version", current), "name", "Shared " + run + " by " + client));
                expect(sharedEdit, "edit shared", 200, 409);
                if (sharedEdit.status() == 200) {
                    sharedWins.incrementAndGet();
                } else {
                    expectStale(sharedEdit, "edit shared");
                }
                Object setting = admin.get("/api/report-settings").json().get("version");
                Api.Reply settingEdit =
                        admin.put("/api/report-settings", Map.of("boardSeesDonorNames", false, "version", setting));
                expect(settingEdit, "names setting", 200, 409);
                if (settingEdit.status() == 200) {
                    settingsWins.incrementAndGet();
                } else {
                    expectStale(settingEdit, "names setting");
                }

                expect(admin.delete("/api/report-schedules/" + id), "delete own", 204);
                expect(admin.get("/api/report-schedules/" + id), "read deleted", 404);
            }
        });
        assertThat(failures).as("answers other than the documented ones").isEmpty();
        assertThat(own).hasSize(CLIENTS * ROUNDS);
        assertThat(((Number) admin.get("/api/report-schedules/" + shared).json().get("version")).longValue())
                .as("the shared schedule's version counts the edits that won")
                .isEqualTo(sharedStart + sharedWins.get());
        assertThat(((Number) admin.get("/api/report-settings").json().get("version")).longValue())
                .as("the setting's version counts the edits that won")
                .isEqualTo(settingsStart + settingsWins.get());
        assertThat(sharedWins.get()).isPositive();

        // everyone starts the shared schedule's run at the same moment: a run per second, never a 500
        Set<String> started = ConcurrentHashMap.newKeySet();
        together(client -> {
            Api.Reply reply = admin.post("/api/report-schedules/" + shared + "/run", Map.of());
            expect(reply, "run now", 202);
            started.add(reply.string("id"));
        });
        assertThat(failures).as("answers other than the documented ones").isEmpty();
        List<?> runs = admin.get("/api/report-schedules/" + shared + "/runs").jsonList();
        assertThat(runs).as("every run started is listed once").hasSize(started.size());
        for (String runId : started) {
            Map<String, Object> finished = awaitRun(admin, shared, runId, 120);
            assertThat(finished.get("status")).as(finished.toString()).isEqualTo("SUCCEEDED");
        }

        // everyone deletes the shared schedule at once: one of them does, the others find it gone
        AtomicInteger deleted = new AtomicInteger();
        together(client -> {
            Api.Reply reply = admin.delete("/api/report-schedules/" + shared);
            expect(reply, "delete shared", 204, 404);
            if (reply.status() == 204) {
                deleted.incrementAndGet();
            }
        });
        assertThat(failures).as("answers other than the documented ones").isEmpty();
        assertThat(deleted.get()).as("deletes that found the schedule").isEqualTo(1);
        assertThat(admin.get("/api/report-schedules/" + shared).status()).isEqualTo(404);
    }
}
