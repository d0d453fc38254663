package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.reporting.ScheduleFixtures.aSchedule;
import static org.steward.reporting.ScheduleFixtures.address;
import static org.steward.reporting.ScheduleFixtures.awaitRun;
import static org.steward.reporting.ScheduleFixtures.with;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.steward.reporting.internal.schedules.RunPurgeTask;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * The report schedule API against MariaDB: create, read, update (with its version), delete; every field checked
 * and named; who may do what; a run started now that succeeds with both files, which open as a spreadsheet and a
 * PDF, and answer 410 once the run has expired.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScheduleControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    RunPurgeTask purge;

    final List<String> created = new ArrayList<>();

    @AfterAll
    void deleteSchedules() {
        Api admin = admin();
        created.forEach(id -> admin.delete("/api/report-schedules/" + id));
    }

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    Api as(String role) {
        return TestUsers.withRoles(Api.of(server, json), role);
    }

    String create(Api api, Map<String, Object> body) {
        var reply = api.post("/api/report-schedules", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        created.add(reply.string("id"));
        return reply.string("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBoardMemberCreatesReadsUpdatesAndDeletesTheirScheduleAndEveryChangeIsAudited() {
        Api board = as("BOARD_MEMBER");
        String owner = board.get("/api/me").string("username");
        String to = address("treasurer");
        var reply = board.post(
                "/api/report-schedules",
                with(aSchedule("Monday gift range", to), "recipients", List.of(to, to.toUpperCase())));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.string("id");
        created.add(id);
        assertThat(reply.header("Location")).isEqualTo("/api/report-schedules/" + id);
        Map<String, Object> view = reply.json();
        assertThat(view)
                .containsEntry("name", "Monday gift range")
                .containsEntry("report", "gift-range")
                .containsEntry("format", "BOTH")
                .containsEntry("cron", "0 0 7 ? * MON")
                .containsEntry("timeZone", "America/New_York")
                .containsEntry("enabled", true)
                .containsEntry("owner", owner)
                .containsEntry("version", 0);
        assertThat((List<String>) view.get("recipients"))
                .as("one address, once")
                .containsExactly(to);
        assertThat((Map<String, Object>) view.get("parameters"))
                .containsEntry("creditBasis", "HARD")
                .containsEntry("bands", "0,100,1000");
        Instant next = Instant.parse((String) view.get("nextRunAt"));
        assertThat(next).isAfter(Instant.now());
        assertThat(next.atZone(java.time.ZoneId.of("America/New_York")).getHour())
                .isEqualTo(7);
        assertThat(view).doesNotContainKey("lastRun");

        assertThat(board.get("/api/report-schedules").jsonList())
                .extracting(o -> ((Map<String, Object>) o).get("id"))
                .contains(id);
        var officer = as("DEVELOPMENT_OFFICER");
        assertThat(officer.get("/api/report-schedules/" + id).status()).isEqualTo(200);
        assertThat(officer.get("/api/report-schedules").jsonList())
                .extracting(o -> ((Map<String, Object>) o).get("id"))
                .contains(id);

        var changed = board.put(
                "/api/report-schedules/" + id,
                with(with(aSchedule("Monday gift range", to), "enabled", false), "version", 0));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json()).containsEntry("version", 1).containsEntry("enabled", false);
        assertThat(changed.json()).as("no next firing while disabled").doesNotContainKey("nextRunAt");
        assertProblem(
                board.put("/api/report-schedules/" + id, with(aSchedule("Stale", to), "version", 0)),
                409,
                "common.stale-version");
        assertViolations(board.put("/api/report-schedules/" + id, aSchedule("No version", to)), "version");

        var audit = admin().get("/api/audit?entityType=report-schedule&entityId=" + id);
        assertThat(audit.items()).extracting(e -> e.get("action")).containsExactlyInAnyOrder("CREATED", "UPDATED");

        assertThat(board.delete("/api/report-schedules/" + id).status()).isEqualTo(204);
        assertProblem(board.get("/api/report-schedules/" + id), 404, "reports.schedule-not-found");
        assertThat(admin().get("/api/audit?entityType=report-schedule&entityId=" + id)
                        .items())
                .extracting(e -> e.get("action"))
                .contains("DELETED");
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        Api admin = admin();
        assertViolations(
                admin.post("/api/report-schedules", Map.of()),
                "name",
                "report",
                "format",
                "cron",
                "timeZone",
                "recipients");
        Map<String, Object> bad = aSchedule("Bad");
        bad.put("report", "no-such-report");
        bad.put("format", "DOCX");
        bad.put("cron", "every monday");
        bad.put("timeZone", "Mars/Olympus_Mons");
        bad.put("recipients", List.of("a@example.org", "not-an-address"));
        assertViolations(
                admin.post("/api/report-schedules", bad), "report", "format", "cron", "timeZone", "recipients[1]");
        assertViolations(
                admin.post(
                        "/api/report-schedules",
                        with(
                                aSchedule("Bad parameters"),
                                "parameters",
                                Map.of(
                                        "asOf", "2025-06-30",
                                        "creditBasis", "SOMETIMES",
                                        "bands", "100,0",
                                        "colour", "blue"))),
                "parameters.asOf",
                "parameters.creditBasis",
                "parameters.bands",
                "parameters.colour");
        assertViolations(
                admin.post(
                        "/api/report-schedules",
                        with(aSchedule("Bad limit"), "report", "top-donors").entrySet().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> e.getKey().equals("parameters")
                                                ? Map.of("limit", "many")
                                                : e.getValue()))),
                "parameters.limit");
        String[] many = new String[21];
        Arrays.setAll(many, i -> "r" + i + "@example.org");
        assertViolations(admin.post("/api/report-schedules", aSchedule("Too many", many)), "recipients");
        assertViolations(
                admin.post("/api/report-schedules", with(aSchedule("Never"), "cron", "0 0 0 1 1 ? 2001")), "cron");
        assertProblem(admin.post("/api/report-schedules", "{\"name\": "), 400, "request.malformed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void boardMembersManageTheirOwnOnlyOfficersReadAndCoordinatorsAreRefused() {
        Api alice = as("BOARD_MEMBER");
        Api bob = as("BOARD_MEMBER");
        String id = create(alice, aSchedule("Alice's report"));
        String path = "/api/report-schedules/" + id;

        assertProblem(bob.get(path), 403, "reports.schedule-not-yours");
        assertProblem(bob.put(path, with(aSchedule("Mine now"), "version", 0)), 403, "reports.schedule-not-yours");
        assertProblem(bob.delete(path), 403, "reports.schedule-not-yours");
        assertProblem(bob.post(path + "/run", Map.of()), 403, "reports.schedule-not-yours");
        assertProblem(bob.get(path + "/runs"), 403, "reports.schedule-not-yours");
        assertThat(bob.get("/api/report-schedules").jsonList())
                .extracting(o -> ((Map<String, Object>) o).get("id"))
                .doesNotContain(id);

        Api officer = as("DEVELOPMENT_OFFICER");
        assertThat(officer.get(path + "/runs").status()).isEqualTo(200);
        assertProblem(officer.post("/api/report-schedules", aSchedule("Officer's")), 403, "auth.forbidden");
        assertProblem(officer.put(path, with(aSchedule("x"), "version", 0)), 403, "auth.forbidden");
        assertProblem(officer.post(path + "/run", Map.of()), 403, "auth.forbidden");

        Api coordinator = as("EVENT_COORDINATOR");
        assertProblem(coordinator.get("/api/report-schedules"), 403, "auth.forbidden");
        assertProblem(coordinator.get(path), 403, "auth.forbidden");

        var byAdmin = admin().put(path, with(aSchedule("Renamed by an administrator"), "version", 0));
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(200);
        assertThat(byAdmin.json())
                .as("the owner stays")
                .containsEntry("owner", alice.get("/api/me").string("username"));
        assertProblem(
                admin().get("/api/report-schedules/" + java.util.UUID.randomUUID()), 404, "reports.schedule-not-found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunStartedNowSucceedsWithBothFilesWhichOpenAndExpireAfterTheRetentionPeriod() throws Exception {
        Api board = as("BOARD_MEMBER");
        String id = create(board, aSchedule("Run now"));
        var started = board.post("/api/report-schedules/" + id + "/run", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json()).containsEntry("status", "RUNNING").containsEntry("manual", true);
        String runId = started.string("id");

        Map<String, Object> run = awaitRun(board, id, runId, 40);
        assertThat(run).containsEntry("status", "SUCCEEDED").containsEntry("attempt", 1);
        assertThat(run).doesNotContainKey("error");
        assertThat(((Number) run.get("durationMs")).longValue()).isGreaterThanOrEqualTo(0);
        assertThat(run.get("rowCount")).as("one row per band").isEqualTo(3);
        Instant finished = Instant.parse((String) run.get("finishedAt"));
        assertThat(Instant.parse((String) run.get("expiresAt")))
                .as("kept for the default 90 days")
                .isEqualTo(finished.plus(java.time.Duration.ofDays(90)));
        List<Map<String, Object>> files = (List<Map<String, Object>>) run.get("files");
        assertThat(files).extracting(f -> f.get("format")).containsExactly("xlsx", "pdf");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();
        assertThat(files)
                .extracting(f -> f.get("fileName"))
                .containsExactly("gift-range-" + today + ".xlsx", "gift-range-" + today + ".pdf");
        assertThat(board.get("/api/report-schedules/" + id).json().get("lastRun"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", runId);

        var xlsx = board.getBytes(
                "/api/report-runs/" + runId + "/file?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("gift-range-" + today + ".xlsx");
        assertThat(((Number) files.get(0).get("size")).intValue()).isEqualTo(xlsx.body().length);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            StringBuilder text = new StringBuilder();
            sheet.forEach(
                    row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text.toString()).contains("Gift range table", "Band", "Donors");
        }
        var pdf = board.getBytes(
                "/api/report-runs/" + runId + "/file?format=pdf", "application/pdf, application/problem+json");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(as("DEVELOPMENT_OFFICER")
                        .get("/api/report-runs/" + runId + "/file?format=pdf")
                        .status())
                .isEqualTo(200);
        assertProblem(as("BOARD_MEMBER").get("/api/report-runs/" + runId + "/file"), 403, "reports.schedule-not-yours");
        assertViolations(board.get("/api/report-runs/" + runId + "/file?format=docx"), "format");
        assertProblem(
                board.get("/api/report-runs/" + java.util.UUID.randomUUID() + "/file"), 404, "reports.run-not-found");

        // the retention period is over: 410, and the daily purge deletes the files
        DataSource db = ScheduleFixtures.raw(dataSource);
        ScheduleFixtures.update(
                db,
                "UPDATE report_runs SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(5)),
                runId);
        assertProblem(board.get("/api/report-runs/" + runId + "/file?format=xlsx"), 410, "reports.run-expired");
        assertThat(ScheduleFixtures.query(db, "SELECT COUNT(*) FROM report_run_files WHERE run_id = ?", runId)
                        .get(0)
                        .get(0))
                .isEqualTo(2L);
        purge.run(Instant.now());
        assertThat(ScheduleFixtures.query(db, "SELECT COUNT(*) FROM report_run_files WHERE run_id = ?", runId)
                        .get(0)
                        .get(0))
                .isEqualTo(0L);
        assertProblem(board.get("/api/report-runs/" + runId + "/file?format=pdf"), 410, "reports.run-expired");
        assertThat(board.get("/api/report-schedules/" + id + "/runs").jsonList())
                .hasSize(1);
    }
}
