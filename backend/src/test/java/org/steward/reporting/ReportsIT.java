package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.shared.security.Roles;
import org.steward.support.Api;
import org.steward.support.ProblemAssert;
import org.steward.support.TestUsers;

/**
 * The report API on the shared database: who may run what and see which names, how bad parameters are answered,
 * exports, and the event attendance report's figures.
 */
@MicronautTest(transactional = false)
class ReportsIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api admin;

    @BeforeEach
    void signIn() {
        admin = TestUsers.admin(Api.of(server, json));
        Map<String, Object> settings = admin.get("/api/report-settings").json();
        if (Boolean.TRUE.equals(settings.get("boardSeesDonorNames"))) {
            admin.put("/api/report-settings", Map.of("boardSeesDonorNames", false, "version", settings.get("version")));
        }
    }

    @Test
    void boardMembersSeeFiguresButNamesOnlyWhenAnAdministratorAllowsIt() {
        String donor = created(admin.post(
                "/api/constituents", Map.of("type", "INDIVIDUAL", "firstName", "Lapsed", "lastName", "Board")));
        LocalDate lastYear = LocalDate.now().minusYears(1).withDayOfYear(10);
        created(admin.post(
                "/api/gifts",
                Map.of(
                        "constituentId",
                        donor,
                        "amount",
                        "75.00",
                        "currency",
                        "USD",
                        "receivedOn",
                        lastYear.toString())));
        Api board = TestUsers.withRoles(Api.of(server, json), Roles.BOARD_MEMBER);

        Map<String, Object> hidden = board.get("/api/reports/lybunt").json();
        assertThat(hidden.get("namesHidden")).isEqualTo(true);
        assertThat((List<?>) hidden.get("rows")).isEmpty();
        assertThat((List<?>) hidden.get("summary")).isNotEmpty();
        ProblemAssert.assertProblem(
                board.get("/api/reports/lybunt/why?constituentId=" + donor), 403, "reports.names-hidden");
        ProblemAssert.assertProblem(
                board.put("/api/report-settings", Map.of("boardSeesDonorNames", true, "version", 0)),
                403,
                "auth.forbidden");

        Map<String, Object> settings = admin.get("/api/report-settings").json();
        var saved = admin.put(
                "/api/report-settings", Map.of("boardSeesDonorNames", true, "version", settings.get("version")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        ProblemAssert.assertProblem(
                admin.put(
                        "/api/report-settings",
                        Map.of("boardSeesDonorNames", true, "version", settings.get("version"))),
                409,
                "common.stale-version");
        Map<String, Object> shown = board.get("/api/reports/lybunt?size=500").json();
        assertThat(shown.get("namesHidden")).isEqualTo(false);
        assertThat(ReportsGoldenIT.rows(shown))
                .anySatisfy(r -> assertThat(r.get("name")).isEqualTo("Lapsed Board"));
        assertThat(board.get("/api/reports/lybunt/why?constituentId=" + donor).status())
                .isEqualTo(200);
    }

    @Test
    void eventCoordinatorsRunEventAttendanceOnly() {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), Roles.EVENT_COORDINATOR);
        assertThat(coordinator.get("/api/reports").jsonList())
                .singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("name")).isEqualTo("event-attendance"));
        ProblemAssert.assertProblem(coordinator.get("/api/reports/lybunt"), 403, "reports.not-allowed");
        assertThat(coordinator.get("/api/reports/event-attendance").status()).isEqualTo(200);
        assertThat(Api.of(server, json).get("/api/reports").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreListedByField() {
        var reply = admin.get("/api/reports/lybunt?asOf=yesterday&creditBasis=SPOUSE&kinds=ONE_TIME,PLEDGE"
                + "&fiscalYearStart=13-45");
        ProblemAssert.assertProblem(reply, 400, "validation.failed");
        assertThat(reply.body())
                .contains("asOf")
                .contains("creditBasis")
                .contains("kinds")
                .contains("fiscalYearStart");
        ProblemAssert.assertProblem(admin.get("/api/reports/no-such-report"), 404, "reports.not-found");
        ProblemAssert.assertProblem(admin.get("/api/reports/gift-range?bands=100,50"), 400, "validation.failed");
        ProblemAssert.assertProblem(admin.get("/api/reports/lybunt?format=docx"), 400, "validation.failed");
        ProblemAssert.assertProblem(admin.get("/api/reports/lybunt?size=501"), 400, "validation.failed");
    }

    @Test
    void everyReportRunsAndExportsToExcelAndPdf() {
        for (Object o : admin.get("/api/reports").jsonList()) {
            String name = (String) ((Map<?, ?>) o).get("name");
            var page = admin.get("/api/reports/" + name);
            assertThat(page.status()).as(name + ": " + page).isEqualTo(200);
            // accepting the file's type and problems, as the web page asks
            java.net.http.HttpResponse<byte[]> xlsx = admin.getBytes(
                    "/api/reports/" + name + "?format=xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json");
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(new String(xlsx.body(), 0, 2)).as(name).isEqualTo("PK");
            assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                    .contains(name + "-")
                    .contains(".xlsx");
            java.net.http.HttpResponse<byte[]> pdf =
                    admin.getBytes("/api/reports/" + name + "?format=pdf", "application/pdf, application/problem+json");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).as(name).isEqualTo("%PDF-");
        }
    }

    @Test
    void eventAttendanceCountsSeatsArrivalsAndFees() {
        LocalDateTime start = LocalDateTime.now().plusDays(40).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> event = new HashMap<>();
        event.put("title", "Report Gala " + System.nanoTime());
        event.put("venue", "Hall");
        event.put("startsAt", start.toString());
        event.put("endsAt", start.plusHours(2).toString());
        event.put("timeZone", "UTC");
        event.put("capacity", 10);
        String eventId = created(admin.post("/api/events", event));
        String ticket = created(admin.post(
                "/api/events/" + eventId + "/ticket-types",
                Map.of("name", "Dinner", "price", "120.00", "currency", "USD")));
        assertThat(admin.post("/api/events/" + eventId + "/publish", Map.of()).status())
                .isEqualTo(200);
        String first = null;
        for (int i = 0; i < 2; i++) {
            String person = created(admin.post(
                    "/api/constituents", Map.of("type", "INDIVIDUAL", "firstName", "Guest" + i, "lastName", "Report")));
            Map<String, Object> body = new HashMap<>();
            body.put("constituentId", person);
            body.put("ticketTypeId", ticket);
            body.put("unnamedGuests", i);
            body.put("paymentMethod", "cash");
            String reg = created(admin.post("/api/events/" + eventId + "/registrations", body));
            if (first == null) {
                first = reg;
            }
        }
        var checkIn = admin.withHeader("Idempotency-Key", "report-" + first)
                .post("/api/registrations/" + first + "/check-in", Map.of());
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(200);

        String day = start.toLocalDate().toString();
        Map<String, Object> report = admin.get("/api/reports/event-attendance?from=" + day + "&to="
                        + start.toLocalDate().plusDays(1))
                .json();
        assertThat(ReportsGoldenIT.rows(report))
                .filteredOn(r -> ((String) r.get("event")).equals(event.get("title")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("parties")).isEqualTo(2);
                    assertThat(r.get("people")).isEqualTo(3);
                    assertThat(r.get("came")).isEqualTo(1);
                    assertThat(r.get("revenue")).as("120.00 × 1 + 120.00 × 2").isEqualTo("360.00");
                    assertThat(r.get("date")).isEqualTo(day);
                });
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }
}
