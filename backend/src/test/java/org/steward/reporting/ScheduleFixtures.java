package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.steward.support.Api;

/** Schedule bodies and steps for report schedule tests: a valid schedule, waiting for a run, reading rows. */
final class ScheduleFixtures {

    private ScheduleFixtures() {}

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A valid weekly schedule of the gift range report, mailed as both formats; override what matters. */
    static Map<String, Object> aSchedule(String name, String... recipients) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("report", "gift-range");
        body.put("parameters", Map.of("creditBasis", "HARD", "bands", "0,100,1000"));
        body.put("format", "BOTH");
        body.put("cron", "0 0 7 ? * MON");
        body.put("timeZone", "America/New_York");
        body.put("recipients", recipients.length == 0 ? List.of(address("board")) : List.of(recipients));
        body.put("enabled", true);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Polls the schedule's runs until the run is no longer RUNNING (or the time is up) and returns it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> awaitRun(Api api, String scheduleId, String runId, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, Object> run = null;
        while (System.nanoTime() < deadline) {
            var reply = api.get("/api/report-schedules/" + scheduleId + "/runs");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            run = reply.jsonList().stream()
                    .map(o -> (Map<String, Object>) o)
                    .filter(r -> runId.equals(r.get("id")))
                    .findFirst()
                    .orElse(null);
            if (run != null && !"RUNNING".equals(run.get("status"))) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + runId + " still running after " + seconds + " s: " + run);
    }

    static DataSource raw(DataSource dataSource) {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    static int update(DataSource db, String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection();
                var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    static List<List<Object>> query(DataSource db, String sql, Object... params) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
