package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.reporting.ScheduleFixtures.aSchedule;
import static org.steward.reporting.ScheduleFixtures.address;
import static org.steward.reporting.ScheduleFixtures.with;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.shared.scheduling.ScheduleHandler;
import org.steward.support.Api;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * Two Steward instances (two application contexts, each with its scheduler, pool and mail delivery) on one MariaDB
 * schema and one SMTP server: a schedule firing every second gets exactly one run per slot and each run one email,
 * none twice; and when both instances fire the same slot at the same moment, the slot's unique run row lets one of
 * them through only.
 */
class ReportScheduleClusterIT {

    static final int PORT = TestSmtp.freePort();
    static final Pattern RUN = Pattern.compile("Run ([0-9a-f-]{36})");

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final List<ApplicationContext> nodes = new ArrayList<>();
    String scheduleId;

    @AfterEach
    void stopNodes() throws Exception {
        if (scheduleId != null && !nodes.isEmpty()) {
            // never leave a schedule firing every second behind in the shared test database
            ApplicationContext node = nodes.get(0);
            node.getBean(org.steward.shared.scheduling.Schedules.class).remove("reports.export", scheduleId);
            ScheduleFixtures.update(db(node), "DELETE FROM report_schedules WHERE id = ?", scheduleId);
        }
        nodes.forEach(ApplicationContext::close);
    }

    @Test
    void eachSlotRunsAndIsMailedOnceAcrossTwoInstances() throws Exception {
        long since = System.currentTimeMillis();
        long began = System.nanoTime();
        EmbeddedServer a = start("reports-node-a");
        start("reports-node-b");
        DataSource db = db(a.getApplicationContext());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (checkedIn(db, since).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(checkedIn(db, since)).contains("reports-node-a", "reports-node-b");

        long up = (System.nanoTime() - began) / 1_000_000;
        JsonMapper json = a.getApplicationContext().getBean(JsonMapper.class);
        Api admin = TestUsers.admin(Api.of(a, json));
        String to = address("cluster");
        Map<String, Object> body = with(
                with(with(aSchedule("Every second", to), "cron", "* * * * * ?"), "timeZone", "UTC"), "format", "XLSX");
        var created = admin.post("/api/report-schedules", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        scheduleId = created.string("id");

        // both instances fire the same slot at the same moment: one run, one email
        Instant slot = Instant.parse("2001-02-03T04:05:06Z");
        List<ScheduleHandler> handlers = nodes.stream()
                .map(n -> n.getBeansOfType(ScheduleHandler.class).stream()
                        .filter(h -> h.name().equals("reports.export"))
                        .findFirst()
                        .orElseThrow())
                .toList();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> racing = new ArrayList<>();
        for (ScheduleHandler handler : handlers) {
            racing.add(pool.submit(() -> {
                go.await();
                handler.run(scheduleId, Map.of(), slot);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : racing) {
            f.get();
        }
        pool.shutdown();

        Thread.sleep(10_000);
        var disabled =
                admin.put("/api/report-schedules/" + scheduleId, with(with(body, "enabled", false), "version", 0));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

        // wait for the last runs to finish and their mail to arrive
        deadline = System.nanoTime() + 30_000_000_000L;
        List<List<Object>> runs = runs(db);
        while (System.nanoTime() < deadline
                && (runs.stream().anyMatch(r -> "RUNNING".equals(r.get(2)))
                        || mailedRuns(to).size() < runs.size())) {
            Thread.sleep(250);
            runs = runs(db);
        }
        Thread.sleep(1_000); // and nothing more arrives
        runs = runs(db);

        List<List<Object>> atSlot =
                runs.stream().filter(r -> instant(r.get(1)).equals(slot)).toList();
        assertThat(atSlot).as("the raced slot has one run").hasSize(1);
        List<List<Object>> fired =
                runs.stream().filter(r -> !atSlot.contains(r)).toList();
        assertThat(fired).as("runs every second or so for 10 s").hasSizeGreaterThanOrEqualTo(5);
        Set<Object> slots = new HashSet<>();
        fired.forEach(r ->
                assertThat(slots.add(r.get(1))).as("slot %s ran once", r.get(1)).isTrue());
        assertThat(runs).extracting(r -> r.get(2)).containsOnly("SUCCEEDED");

        Map<String, Integer> mailed = mailedRuns(to);
        assertThat(mailed.values()).as("no run mailed twice").containsOnly(1);
        assertThat(mailed.keySet())
                .as("each run mailed once")
                .containsExactlyInAnyOrderElementsOf(
                        runs.stream().map(r -> (String) r.get(0)).toList());
        System.out.printf(
                "ReportScheduleClusterIT: %d runs, %d emails to the schedule's address; both instances up after %d ms,"
                        + " done after %d ms%n",
                runs.size(), mailed.size(), up, (System.nanoTime() - began) / 1_000_000);
    }

    EmbeddedServer start(String node) {
        Map<String, Object> properties = new HashMap<>(TestSmtp.properties(PORT, "reports@example.org"));
        properties.put("app.scheduling.instance-id", node);
        properties.put("app.scheduling.check-in-interval", "1s");
        properties.put("app.scheduling.idle-wait", "1s");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        nodes.add(server.getApplicationContext());
        return server;
    }

    static Instant instant(Object value) {
        return value instanceof java.time.LocalDateTime local
                ? local.toInstant(java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant();
    }

    static DataSource db(ApplicationContext context) {
        return ScheduleFixtures.raw(context.getBean(DataSource.class));
    }

    List<List<Object>> runs(DataSource db) throws Exception {
        return ScheduleFixtures.query(
                db,
                "SELECT id, scheduled_for, status FROM report_runs WHERE schedule_id = ? ORDER BY scheduled_for",
                scheduleId);
    }

    static List<String> checkedIn(DataSource db, long since) throws Exception {
        return ScheduleFixtures.query(
                        db,
                        "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'steward'"
                                + " AND INSTANCE_NAME LIKE 'reports-node-%' AND LAST_CHECKIN_TIME >= ?",
                        since)
                .stream()
                .map(r -> (String) r.get(0))
                .toList();
    }

    /** How many messages to this address name each run. */
    static Map<String, Integer> mailedRuns(String address) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (!m.getAllRecipients()[0].toString().contains(address)) {
                continue;
            }
            String text = ReportDeliveryIT.text(m);
            Matcher run = RUN.matcher(text == null ? "" : text);
            String id = run.find() ? run.group(1) : "(none) " + UUID.randomUUID();
            counts.merge(id, 1, Integer::sum);
        }
        return counts;
    }
}
