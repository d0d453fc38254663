package org.steward.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * Two Steward instances (two application contexts, each with its own scheduler and connection pool) on one MariaDB
 * schema: a task due every second runs once per second in all while both are alive, and when the one running it
 * stops the other carries on.
 */
class SchedulingClusterIT {

    static final String TABLE = "scheduling_cluster_it_runs";
    final List<ApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ApplicationContext::close);
    }

    @Test
    void eachFiringRunsOnceOnOneOfTheInstancesAndTheOtherTakesOverWhenOneStops() throws Exception {
        ApplicationContext a = start("node-a");
        ApplicationContext b = start("node-b");
        DataSource db = DelegatingDataSource.unwrapDataSource(b.getBean(DataSource.class));

        long deadline = System.nanoTime() + 15_000_000_000L; // each starts its scheduler beside its start-up
        while (!instancesCheckedIn(db).containsAll(List.of("node-a", "node-b")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(instancesCheckedIn(db)).contains("node-a", "node-b");
        long bothRunning = Instant.now().getEpochSecond() + 1;
        Thread.sleep(10_000);
        List<Run> together = runs(db, bothRunning);
        assertThat(together).as("one run per second with both instances up").hasSizeGreaterThanOrEqualTo(7);
        assertNoDoubleRuns(together);
        // both alive: each checked in within the last 3 s (which one fires is whichever takes the trigger first;
        // the one that just ran it usually takes the next one too)
        assertThat(checkedInSince(db, System.currentTimeMillis() - 3_000)).contains("node-a", "node-b");

        // stop the instance that ran the latest firing: the other must take over
        String busy = together.get(together.size() - 1).node();
        String other = busy.equals("node-a") ? "node-b" : "node-a";
        ApplicationContext stopping = busy.equals("node-a") ? a : b;
        // read through the instance that stays up: the stopping one closes its connection pool
        DataSource alive =
                DelegatingDataSource.unwrapDataSource((busy.equals("node-a") ? b : a).getBean(DataSource.class));
        stopping.close();
        nodes.remove(stopping);
        long stopped = System.nanoTime();
        long afterStop = Instant.now().getEpochSecond() + 1;
        // the stopped instance leaves the trigger it had taken; the other frees it once that instance has missed its
        // check-ins (1 s here, plus Quartz's 7.5 s margin)
        long takeoverDeadline = stopped + 25_000_000_000L;
        while (runs(alive, afterStop).isEmpty() && System.nanoTime() < takeoverDeadline) {
            Thread.sleep(200);
        }
        assertThat(runs(alive, afterStop))
                .as("%s takes over within 25 s", other)
                .isNotEmpty();
        System.out.printf(
                "SchedulingClusterIT: %s took over %d ms after %s stopped%n",
                other, (System.nanoTime() - stopped) / 1_000_000, busy);
        Thread.sleep(4_000);
        List<Run> alone = runs(alive, afterStop);
        assertThat(alone).as("%s alone carries on", other).hasSizeGreaterThanOrEqualTo(4);
        assertThat(alone).extracting(Run::node).containsOnly(other);
        assertNoDoubleRuns(runs(alive, bothRunning));
    }

    ApplicationContext start(String node) {
        ApplicationContext context = ApplicationContext.run(
                Map.of(
                        "scheduling-cluster-it.node",
                        node,
                        "app.scheduling.instance-id",
                        node,
                        "app.scheduling.check-in-interval",
                        "1s",
                        "app.scheduling.idle-wait",
                        "1s"),
                "test");
        nodes.add(context);
        return context;
    }

    static void assertNoDoubleRuns(List<Run> runs) {
        Set<Long> seconds = new HashSet<>();
        for (Run run : runs) {
            assertThat(seconds.add(run.scheduledAt()))
                    .as("the firing due at %s ran once, not again on %s", run.scheduledAt(), run.node())
                    .isTrue();
        }
    }

    static List<String> instancesCheckedIn(DataSource db) throws SQLException {
        return checkedInSince(db, 0);
    }

    static List<String> checkedInSince(DataSource db, long epochMillis) throws SQLException {
        List<String> instances = new ArrayList<>();
        try (Connection c = db.getConnection();
                var query = c.prepareStatement("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE"
                        + " WHERE SCHED_NAME = 'steward' AND LAST_CHECKIN_TIME >= ?")) {
            query.setLong(1, epochMillis);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    instances.add(rows.getString(1));
                }
            }
        }
        return instances;
    }

    static List<Run> runs(DataSource db, long fromSecond) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Connection c = db.getConnection();
                var query = c.prepareStatement(
                        "SELECT scheduled_at, node FROM " + TABLE + " WHERE scheduled_at >= ? ORDER BY scheduled_at")) {
            query.setLong(1, fromSecond);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Run(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return runs;
    }

    record Run(long scheduledAt, String node) {}

    /** Records each run with the second it was due and the instance that ran it. */
    @Singleton
    @Requires(property = "scheduling-cluster-it.node")
    static class RecordingTask implements ScheduledTask {

        private final DataSource db;
        private final String node;

        RecordingTask(DataSource db, @Value("${scheduling-cluster-it.node}") String node) throws SQLException {
            this.db = DelegatingDataSource.unwrapDataSource(db);
            this.node = node;
            try (Connection c = this.db.getConnection()) {
                c.createStatement()
                        .execute("CREATE TABLE IF NOT EXISTS " + TABLE
                                + " (scheduled_at BIGINT NOT NULL, node VARCHAR(20) NOT NULL)");
            }
        }

        @Override
        public String name() {
            return "test.cluster-every-second";
        }

        @Override
        public String cron() {
            return "* * * * * ?";
        }

        @Override
        public void run(Instant scheduledTime) {
            try (Connection c = db.getConnection();
                    var insert = c.prepareStatement("INSERT INTO " + TABLE + " (scheduled_at, node) VALUES (?, ?)")) {
                insert.setLong(1, scheduledTime.getEpochSecond());
                insert.setString(2, node);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
