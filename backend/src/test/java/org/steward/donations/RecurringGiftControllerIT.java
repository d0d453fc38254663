package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.steward.shared.scheduling.ScheduledTask;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class RecurringGiftControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    RecurringGiftService service;

    @Inject
    List<ScheduledTask> tasks;

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    UUID donor() {
        return ConstituentRows.individual(
                dataSource, "Rita", "Recurring" + UUID.randomUUID().toString().substring(0, 6));
    }

    static Map<String, Object> monthly(UUID donor, String amount, LocalDate start) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("frequency", "MONTHLY");
        body.put("startOn", start.toString());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Api.Reply created(Api as, Map<String, Object> body) {
        var reply = as.post("/api/recurring-gifts", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Api.Reply reply, String field) {
        return (List<Map<String, Object>>) reply.json().get(field);
    }

    @Test
    void aRecurringGiftIsCreatedListedAndShowsItsExpectedDates() {
        Api admin = admin();
        UUID donor = donor();
        var created = created(admin, with(monthly(donor, "25", TODAY.plusDays(1)), "maxPayments", 12));
        assertThat(created.header("Location")).isEqualTo("/api/recurring-gifts/" + created.string("id"));
        assertThat(created.json())
                .containsEntry("amount", "25.00")
                .containsEntry("status", "ACTIVE")
                .containsEntry("intervalCount", 1)
                .containsEntry("paidCount", 0)
                .containsEntry("missedCount", 0)
                .containsEntry("nextExpectedOn", TODAY.plusDays(1).toString());
        assertThat(list(created, "expected")).isNotEmpty().allSatisfy(e -> assertThat(e.get("state"))
                .isEqualTo("UPCOMING"));

        var listed = admin.get("/api/recurring-gifts?constituentId=" + donor + "&status=ACTIVE");
        assertThat(listed.json()).containsEntry("total", 1);
        assertThat(listed.items().get(0)).containsEntry("amount", "25.00").containsEntry("frequency", "MONTHLY");
        assertThat(admin.get("/api/recurring-gifts?constituentId=" + donor + "&status=LAPSED")
                        .json())
                .containsEntry("total", 0);
    }

    @Test
    void badSchedulesMoneyAndDonorsHaveTheirOwnCodes() {
        Api admin = admin();
        UUID donor = donor();
        var body = monthly(donor, "10", TODAY);
        assertProblem(
                admin.post("/api/recurring-gifts", with(body, "intervalCount", 0)),
                422,
                "donations.recurring-gift-invalid-schedule");
        assertProblem(
                admin.post("/api/recurring-gifts", with(with(body, "frequency", "WEEKLY"), "dayOfMonth", 3)),
                422,
                "donations.recurring-gift-invalid-schedule");
        assertProblem(
                admin.post("/api/recurring-gifts", with(body, "dayOfMonth", 32)),
                422,
                "donations.recurring-gift-invalid-schedule");
        assertProblem(
                admin.post(
                        "/api/recurring-gifts",
                        with(body, "endOn", TODAY.minusDays(1).toString())),
                422,
                "donations.recurring-gift-end-before-start");
        assertProblem(
                admin.post("/api/recurring-gifts", with(body, "amount", "-5")), 422, "donations.amount-not-positive");
        assertProblem(
                admin.post("/api/recurring-gifts", with(body, "amount", "1.005")), 422, "donations.amount-too-precise");
        assertViolations(
                admin.post("/api/recurring-gifts", with(with(body, "frequency", "DAILY"), "startOn", null)),
                "frequency",
                "startOn");
        assertProblem(
                admin.post("/api/recurring-gifts", monthly(UUID.randomUUID(), "10", TODAY)),
                422,
                "donations.donor-not-found");
        UUID deleted = donor();
        assertThat(admin.delete("/api/constituents/" + deleted).status()).isEqualTo(204);
        assertProblem(
                admin.post("/api/recurring-gifts", monthly(deleted, "10", TODAY)), 422, "donations.donor-deleted");
        assertProblem(
                admin.get("/api/recurring-gifts/" + UUID.randomUUID()), 404, "donations.recurring-gift-not-found");
    }

    @Test
    void paymentsCoverTheEarliestUnpaidDateAndALapsedGiftIsActiveAgainWhenPaid() {
        Api admin = admin();
        UUID donor = donor();
        LocalDate start = TODAY.minusMonths(4);
        var created = created(admin, monthly(donor, "30", start));
        String id = created.string("id");
        assertThat(created.json()).containsEntry("status", "LAPSED").containsEntry("missedCount", 4);

        var paid = admin.post("/api/recurring-gifts/" + id + "/payments", Map.of());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.json())
                .containsEntry("kind", "RECURRING_PAYMENT")
                .containsEntry("amount", "30.00")
                .containsEntry("recurringGiftId", id)
                .containsEntry("constituentId", donor.toString());
        var after = admin.get("/api/recurring-gifts/" + id);
        assertThat(after.json())
                .containsEntry("status", "ACTIVE")
                .containsEntry("paidCount", 1)
                .containsEntry("writtenOffCount", 4)
                .containsEntry("missedCount", 4);
        var payment = list(after, "payments").get(0);
        assertThat(payment).containsEntry("expectedIndex", 4).containsEntry("giftId", paid.string("id"));
        assertThat(list(after, "changes")).extracting(c -> c.get("field")).contains("writtenOff", "status");
        assertThat(admin.get("/api/constituents/" + donor + "/giving").json()).containsEntry("lifetimeTotal", "30.00");

        assertThat(service.refresh(UUID.fromString(id), TODAY))
                .as("a second review the same day")
                .isFalse();
        assertThat(service.refresh(UUID.fromString(id), TODAY.plusMonths(3).plusDays(1)))
                .isTrue();
        var lapsed = admin.get("/api/recurring-gifts/" + id).json();
        assertThat(lapsed).containsEntry("status", "LAPSED").containsEntry("missedCount", 6);
    }

    @Test
    void aLatePaymentWhileActiveCatchesUpAndFinishedSchedulesClose() {
        Api admin = admin();
        UUID donor = donor();
        var body = with(monthly(donor, "15", TODAY.minusDays(10)), "maxPayments", 2);
        String id = created(admin, body).string("id");
        var before = admin.get("/api/recurring-gifts/" + id).json();
        assertThat(before).containsEntry("status", "ACTIVE").containsEntry("missedCount", 1);
        assertThat(admin.post("/api/recurring-gifts/" + id + "/payments", Map.of("amount", "15.00"))
                        .status())
                .isEqualTo(201);
        assertThat(admin.get("/api/recurring-gifts/" + id).json())
                .containsEntry("missedCount", 0)
                .containsEntry("paidCount", 1)
                .containsEntry("status", "ACTIVE");
        assertThat(admin.post("/api/recurring-gifts/" + id + "/payments", Map.of())
                        .status())
                .isEqualTo(201);
        assertThat(admin.get("/api/recurring-gifts/" + id).json())
                .containsEntry("status", "CLOSED")
                .containsEntry("closedReason", "COMPLETED");
        assertProblem(
                admin.post("/api/recurring-gifts/" + id + "/payments", Map.of()),
                409,
                "donations.recurring-gift-closed");
    }

    @Test
    void changesOfAmountAndScheduleGoToTheChangeLogWithAVersion() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin, monthly(donor, "20", TODAY)).string("id");
        Map<String, Object> change = new HashMap<>();
        change.put("amount", "35");
        change.put("frequency", "QUARTERLY");
        change.put("intervalCount", 1);
        change.put("dayOfMonth", 1);
        change.put("reason", "donor asked by phone");
        change.put("version", 0);
        var changed = admin.put("/api/recurring-gifts/" + id, change);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json())
                .containsEntry("amount", "35.00")
                .containsEntry("frequency", "QUARTERLY")
                .containsEntry("version", 1);
        var log = list(changed, "changes");
        assertThat(log).extracting(c -> c.get("field")).contains("amount", "frequency", "dayOfMonth");
        assertThat(log.stream()
                        .filter(c -> c.get("field").equals("amount"))
                        .findFirst()
                        .orElseThrow())
                .containsEntry("from", "20.00")
                .containsEntry("to", "35.00")
                .containsEntry("reason", "donor asked by phone");
        assertProblem(admin.put("/api/recurring-gifts/" + id, change), 409, "common.stale-version");
        assertProblem(
                admin.put(
                        "/api/recurring-gifts/" + id,
                        with(
                                with(change, "version", 1),
                                "endOn",
                                TODAY.minusYears(1).toString())),
                422,
                "donations.recurring-gift-end-before-start");
        var audit = admin.get("/api/audit?entityType=recurring-gift&entityId=" + id);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.body()).contains("CREATED").contains("UPDATED");
    }

    @Test
    void pauseResumeAndClose() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin, monthly(donor, "10", TODAY.minusDays(1))).string("id");
        var paused = admin.post("/api/recurring-gifts/" + id + "/pause", Map.of("reason", "between jobs"));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json()).containsEntry("status", "PAUSED");
        assertProblem(
                admin.post("/api/recurring-gifts/" + id + "/pause", Map.of()),
                422,
                "donations.recurring-gift-invalid-transition");
        var resumed = admin.post("/api/recurring-gifts/" + id + "/resume", Map.of());
        assertThat(resumed.json()).containsEntry("status", "ACTIVE");
        assertProblem(
                admin.post("/api/recurring-gifts/" + id + "/resume", Map.of()),
                422,
                "donations.recurring-gift-invalid-transition");
        assertProblem(
                admin.post(
                        "/api/recurring-gifts/" + id + "/pause",
                        Map.of(
                                "from",
                                TODAY.plusDays(10).toString(),
                                "until",
                                TODAY.plusDays(5).toString())),
                422,
                "donations.recurring-gift-invalid-pause");
        var closed = admin.post("/api/recurring-gifts/" + id + "/close", Map.of("reason", "donor moved away"));
        assertThat(closed.json()).containsEntry("status", "CLOSED").containsEntry("closedReason", "BY_USER");
        assertThat(list(closed, "changes")).extracting(c -> c.get("to")).contains("PAUSED", "ACTIVE", "CLOSED");
        assertProblem(
                admin.post("/api/recurring-gifts/" + id + "/close", Map.of()), 409, "donations.recurring-gift-closed");
        assertThat(service.refresh(UUID.fromString(id), TODAY.plusYears(1))).isFalse();
    }

    @Test
    void theDailyTaskIsRegisteredAndReviewsOpenGifts() {
        assertThat(tasks)
                .filteredOn(t -> t.name().equals(RecurringGiftsTask.NAME))
                .singleElement()
                .satisfies(t -> assertThat(t.cron()).isEqualTo("0 30 2 * * ?"));
        Api admin = admin();
        String id = created(admin, monthly(donor(), "10", TODAY.minusDays(20))).string("id");
        RecurringGiftsTask task = (RecurringGiftsTask) tasks.stream()
                .filter(t -> t.name().equals(RecurringGiftsTask.NAME))
                .findFirst()
                .orElseThrow();
        task.review(TODAY);
        assertThat(task.review(TODAY))
                .as("a second run the same day changes nothing")
                .isZero();
        assertThat(admin.get("/api/recurring-gifts/" + id).json()).containsEntry("missedCount", 1);
    }

    @Test
    void aMergeMovesRecurringGiftsAndTheUndoMovesExactlyThoseBack() {
        Api admin = admin();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String survivor = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Ruth", "lastName", "Repeat" + unique))
                .string("id");
        String duplicate = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Ruthie", "lastName", "Repeat" + unique))
                .string("id");
        String kept =
                created(admin, monthly(UUID.fromString(survivor), "5", TODAY)).string("id");
        String moved =
                created(admin, monthly(UUID.fromString(duplicate), "7", TODAY)).string("id");

        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(admin.get("/api/recurring-gifts/" + moved).json()).containsEntry("constituentId", survivor);
        assertThat(admin.get("/api/recurring-gifts?constituentId=" + survivor).json())
                .containsEntry("total", 2);
        assertProblem(
                admin.post("/api/recurring-gifts", monthly(UUID.fromString(duplicate), "5", TODAY)),
                422,
                "donations.donor-merged");

        String mergeId = (String) ((Map<?, ?>) admin.get("/api/constituents/" + survivor + "/merges")
                        .jsonList()
                        .get(0))
                .get("id");
        var undone = admin.post("/api/constituents/merges/" + mergeId + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(admin.get("/api/recurring-gifts/" + moved).json()).containsEntry("constituentId", duplicate);
        assertThat(admin.get("/api/recurring-gifts/" + kept).json()).containsEntry("constituentId", survivor);
    }

    @Test
    void onlyAdministratorsAndDevelopmentOfficersSeeRecurringGifts() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin, monthly(donor, "10", TODAY)).string("id");
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        assertThat(officer.get("/api/recurring-gifts/" + id).status()).isEqualTo(200);
        assertThat(officer.post("/api/recurring-gifts", monthly(donor, "3", TODAY))
                        .status())
                .isEqualTo(201);
        for (String role : List.of("EVENT_COORDINATOR", "BOARD_MEMBER")) {
            Api refused = TestUsers.withRoles(Api.of(server, json), role);
            assertProblem(refused.get("/api/recurring-gifts/" + id), 403, "auth.forbidden");
            assertProblem(refused.get("/api/recurring-gifts?constituentId=" + donor), 403, "auth.forbidden");
            assertProblem(refused.post("/api/recurring-gifts", monthly(donor, "3", TODAY)), 403, "auth.forbidden");
            assertProblem(refused.post("/api/recurring-gifts/" + id + "/payments", Map.of()), 403, "auth.forbidden");
        }
    }

    @Test
    void manyClientsPayingTheSameRecurringGiftAtOnceAreAllCountedExactly() throws Exception {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin, monthly(donor, "12.50", TODAY)).string("id");
        int clients = 12;
        int each = 2;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Api.Reply>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<Api.Reply> replies = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    replies.add(admin.withHeader(
                                    "Idempotency-Key", UUID.randomUUID().toString())
                            .post("/api/recurring-gifts/" + id + "/payments", Map.of()));
                }
                return replies;
            }));
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (var f : futures) {
            replies.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(replies)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        var after = admin.get("/api/recurring-gifts/" + id);
        assertThat(after.json()).containsEntry("paidCount", clients * each).containsEntry("missedCount", 0);
        assertThat(list(after, "payments"))
                .extracting(p -> ((Number) p.get("expectedIndex")).intValue())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, clients * each)
                        .boxed()
                        .toList());
        assertThat(admin.get("/api/constituents/" + donor + "/giving").json())
                .containsEntry("lifetimeTotal", "300.00")
                .containsEntry("giftCount", clients * each);

        String key = UUID.randomUUID().toString();
        Api keyed = admin.withHeader("Idempotency-Key", key);
        var first = keyed.post("/api/recurring-gifts/" + id + "/payments", Map.of());
        var again = keyed.post("/api/recurring-gifts/" + id + "/payments", Map.of());
        assertThat(again.string("id")).isEqualTo(first.string("id"));
        assertThat(admin.get("/api/recurring-gifts/" + id).json()).containsEntry("paidCount", clients * each + 1);
    }
}
