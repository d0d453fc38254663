package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** Pledges through the API on the real database: schedules, payments, refunds, write-offs, merges and roles. */
@MicronautTest(transactional = false)
class PledgeControllerIT {

    static final LocalDate TODAY = LocalDate.now();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    UUID donor() {
        return ConstituentRows.individual(
                dataSource, "Paula", "Pledger" + UUID.randomUUID().toString().substring(0, 6));
    }

    static Map<String, Object> pledge(UUID donor, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("pledgedOn", TODAY.toString());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> schedule(int count, String frequency, LocalDate first) {
        return Map.of("count", count, "frequency", frequency, "firstDueOn", first.toString());
    }

    static Map<String, Object> payment(String amount) {
        return Map.of("amount", amount, "receivedOn", TODAY.toString(), "paymentMethod", "check");
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    static Map<String, Object> ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> installments(Map<String, Object> pledge) {
        return (List<Map<String, Object>>) pledge.get("installments");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> payments(Map<String, Object> pledge) {
        return (List<Map<String, Object>>) pledge.get("payments");
    }

    static List<Object> column(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> r.get(field)).toList();
    }

    @Test
    void aGeneratedScheduleSplitsTheCentsExactlyAndTheLastInstallmentTakesTheRemainder() {
        Api admin = admin();
        UUID donor = donor();
        LocalDate first = LocalDate.of(2027, 1, 31);
        var reply =
                admin.post("/api/pledges", with(pledge(donor, "100.00"), "schedule", schedule(3, "MONTHLY", first)));
        String id = created(reply);
        assertThat(reply.header("Location")).isEqualTo("/api/pledges/" + id);
        Map<String, Object> body = reply.json();
        assertThat(body)
                .containsEntry("amount", "100.00")
                .containsEntry("paidAmount", "0.00")
                .containsEntry("writtenOffAmount", "0.00")
                .containsEntry("balance", "100.00")
                .containsEntry("status", "OPEN")
                .containsEntry("nextDueOn", "2027-01-31");
        assertThat(column(installments(body), "amount")).containsExactly("33.33", "33.33", "33.34");
        assertThat(column(installments(body), "dueOn")).containsExactly("2027-01-31", "2027-02-28", "2027-03-31");
        assertThat(column(installments(body), "sequence")).containsExactly(1, 2, 3);

        var quarterly = ok(admin.get("/api/pledges/"
                + created(admin.post(
                        "/api/pledges", with(pledge(donor, "1000.01"), "schedule", schedule(7, "QUARTERLY", TODAY))))));
        assertThat(column(installments(quarterly), "amount"))
                .containsExactly("142.85", "142.85", "142.85", "142.85", "142.85", "142.85", "142.91");
        assertThat(installments(quarterly).get(1))
                .containsEntry("dueOn", TODAY.plusMonths(3).toString());

        var single = ok(admin.get("/api/pledges/" + created(admin.post("/api/pledges", pledge(donor, "50")))));
        assertThat(installments(single)).hasSize(1);
        assertThat(installments(single).get(0))
                .containsEntry("amount", "50.00")
                .containsEntry("dueOn", TODAY.toString());

        var list = ok(admin.get("/api/pledges?constituentId=" + donor));
        assertThat(list).containsEntry("total", 3);
    }

    @Test
    void badSchedulesAndBadDonorsHaveTheirOwnCodes() {
        Api admin = admin();
        UUID donor = donor();
        var twoInstallments = List.of(
                Map.of("dueOn", TODAY.plusDays(1).toString(), "amount", "60.00"),
                Map.of("dueOn", TODAY.plusDays(31).toString(), "amount", "39.99"));
        assertProblem(
                admin.post("/api/pledges", with(pledge(donor, "100"), "installments", twoInstallments)),
                422,
                "donations.pledge-schedule-mismatch");
        assertProblem(
                admin.post(
                        "/api/pledges",
                        with(
                                pledge(donor, "100"),
                                "installments",
                                List.of(
                                        Map.of("dueOn", TODAY.toString(), "amount", "110.00"),
                                        Map.of("dueOn", TODAY.toString(), "amount", "-10.00")))),
                422,
                "donations.amount-not-positive");
        assertProblem(
                admin.post(
                        "/api/pledges",
                        with(
                                pledge(donor, "100"),
                                "installments",
                                List.of(Map.of("dueOn", TODAY.minusDays(1).toString(), "amount", "100")))),
                422,
                "donations.pledge-schedule-mismatch");
        assertProblem(
                admin.post("/api/pledges", with(pledge(donor, "0.02"), "schedule", schedule(3, "MONTHLY", TODAY))),
                422,
                "donations.pledge-schedule-mismatch");
        var both = with(pledge(donor, "100"), "schedule", schedule(2, "YEARLY", TODAY));
        both.put("installments", List.of(Map.of("dueOn", TODAY.toString(), "amount", "100")));
        assertProblem(admin.post("/api/pledges", both), 422, "donations.pledge-schedule-mismatch");
        assertProblem(admin.post("/api/pledges", pledge(donor, "-5")), 422, "donations.amount-not-positive");
        assertProblem(admin.post("/api/pledges", pledge(donor, "1.005")), 422, "donations.amount-too-precise");
        assertViolations(
                admin.post(
                        "/api/pledges",
                        with(with(pledge(donor, "ten"), "schedule", schedule(0, "WEEKLY", TODAY)), "pledgedOn", null)),
                "amount",
                "pledgedOn",
                "schedule.count",
                "schedule.frequency");
        assertProblem(admin.post("/api/pledges", pledge(UUID.randomUUID(), "10")), 422, "donations.donor-not-found");
        UUID deleted = donor();
        assertThat(admin.delete("/api/constituents/" + deleted).status()).isEqualTo(204);
        assertProblem(admin.post("/api/pledges", pledge(deleted, "10")), 422, "donations.donor-deleted");
        assertProblem(admin.get("/api/pledges/" + UUID.randomUUID()), 404, "donations.pledge-not-found");
        assertProblem(
                admin.post("/api/pledges/" + UUID.randomUUID() + "/payments", payment("5")),
                404,
                "donations.pledge-not-found");
    }

    @Test
    void paymentsFillTheOldestInstallmentsFirstAndCountAsGiftsWhileThePledgeDoesNot() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin.post(
                "/api/pledges", with(pledge(donor, "300.00"), "schedule", schedule(3, "MONTHLY", TODAY.minusDays(0)))));
        assertThat(ok(admin.get("/api/constituents/" + donor + "/giving"))).containsEntry("lifetimeTotal", "0.00");

        var first = admin.post("/api/pledges/" + id + "/payments", payment("150.00"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json())
                .containsEntry("kind", "PLEDGE_PAYMENT")
                .containsEntry("pledgeId", id)
                .containsEntry("constituentId", donor.toString());
        var afterFirst = ok(admin.get("/api/pledges/" + id));
        assertThat(afterFirst).containsEntry("paidAmount", "150.00").containsEntry("balance", "150.00");
        assertThat(column(installments(afterFirst), "paidAmount")).containsExactly("100.00", "50.00", "0.00");
        assertThat(column(installments(afterFirst), "open")).containsExactly("0.00", "50.00", "100.00");

        // a gift naming the pledge is a payment too; its kind defaults to PLEDGE_PAYMENT
        var gift = admin.post(
                "/api/gifts",
                Map.of(
                        "constituentId",
                        donor.toString(),
                        "amount",
                        "100.00",
                        "currency",
                        "USD",
                        "receivedOn",
                        TODAY.toString(),
                        "pledgeId",
                        id));
        assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
        assertThat(gift.json()).containsEntry("kind", "PLEDGE_PAYMENT");

        var over = assertProblem(
                admin.post("/api/pledges/" + id + "/payments", payment("50.01")), 422, "donations.pledge-overpayment");
        assertThat(over).containsEntry("balance", "50.00").containsEntry("currency", "USD");

        var last = ok(admin.get("/api/pledges/" + id));
        assertThat(column(installments(last), "paidAmount")).containsExactly("100.00", "100.00", "50.00");
        assertThat(payments(last)).hasSize(2);
        assertThat(column(payments(last), "applied")).containsExactly("150.00", "100.00");

        created(admin.post("/api/pledges/" + id + "/payments", payment("50")));
        var paid = ok(admin.get("/api/pledges/" + id));
        assertThat(paid)
                .containsEntry("status", "FULFILLED")
                .containsEntry("balance", "0.00")
                .containsEntry("paidAmount", "300.00");
        assertThat(paid.get("nextDueOn")).isNull();
        assertProblem(admin.post("/api/pledges/" + id + "/payments", payment("1")), 422, "donations.pledge-not-open");
        // reports later count the payments, never the pledge
        assertThat(ok(admin.get("/api/constituents/" + donor + "/giving")))
                .containsEntry("lifetimeTotal", "300.00")
                .containsEntry("giftCount", 3);
        assertThat(ok(admin.get("/api/pledges?status=FULFILLED&constituentId=" + donor)))
                .containsEntry("total", 1);
        assertThat(ok(admin.get("/api/pledges?status=OPEN&constituentId=" + donor)))
                .containsEntry("total", 0);
    }

    @Test
    void aGiftThatDoesNotFitThePledgeIsRefused() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin.post("/api/pledges", pledge(donor, "100")));
        Map<String, Object> gift = new HashMap<>(Map.of(
                "constituentId",
                donor().toString(),
                "amount",
                "10",
                "currency",
                "USD",
                "receivedOn",
                TODAY.toString(),
                "pledgeId",
                id));
        assertProblem(admin.post("/api/gifts", gift), 422, "donations.pledge-payment-mismatch");
        gift.put("constituentId", donor.toString());
        assertProblem(
                admin.post("/api/gifts", with(gift, "kind", "ONE_TIME")), 422, "donations.pledge-payment-mismatch");
        assertProblem(
                admin.post("/api/gifts", with(gift, "status", "PENDING")), 422, "donations.pledge-payment-mismatch");
        var euros = with(gift, "currency", "EUR");
        euros.put("exchangeRate", "1.1");
        euros.put("exchangeRateDate", TODAY.toString());
        assertProblem(admin.post("/api/gifts", euros), 422, "donations.pledge-payment-mismatch");
        assertProblem(
                admin.post(
                        "/api/gifts", with(gift, "pledgeId", UUID.randomUUID().toString())),
                404,
                "donations.pledge-not-found");
        String giftId = created(admin.post("/api/gifts", gift));
        assertProblem(
                admin.post(
                        "/api/gifts/" + giftId + "/adjustments",
                        Map.of("constituentId", donor().toString(), "reason", "wrong donor")),
                422,
                "donations.pledge-payment-mismatch");
        assertThat(ok(admin.get("/api/pledges/" + id))).containsEntry("paidAmount", "10.00");
    }

    @Test
    void aRefundOrAnAdjustmentOfAPaymentMovesTheBalanceAndReopensAFulfilledPledge() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin.post(
                "/api/pledges", with(pledge(donor, "90.00"), "schedule", schedule(3, "MONTHLY", TODAY.plusDays(1)))));
        String early = created(admin.post("/api/pledges/" + id + "/payments", payment("40.00")));
        String late = created(admin.post("/api/pledges/" + id + "/payments", payment("50.00")));
        assertThat(ok(admin.get("/api/pledges/" + id))).containsEntry("status", "FULFILLED");

        // the refund takes back from the latest installment first
        ok(admin.post("/api/gifts/" + late + "/refund", Map.of("amount", "25.00", "reason", "bounced in part")));
        var reopened = ok(admin.get("/api/pledges/" + id));
        assertThat(reopened)
                .containsEntry("status", "OPEN")
                .containsEntry("paidAmount", "65.00")
                .containsEntry("balance", "25.00");
        assertThat(column(installments(reopened), "paidAmount")).containsExactly("30.00", "30.00", "5.00");
        assertThat(column(payments(reopened), "applied")).containsExactly("40.00", "25.00");

        // lower adjustment takes back, higher applies more, never beyond the balance
        ok(admin.post(
                "/api/gifts/" + early + "/adjustments", Map.of("amount", "30.00", "reason", "typo in the amount")));
        assertThat(ok(admin.get("/api/pledges/" + id))).containsEntry("balance", "35.00");
        assertProblem(
                admin.post("/api/gifts/" + early + "/adjustments", Map.of("amount", "65.01", "reason", "too much")),
                422,
                "donations.pledge-overpayment");
        ok(admin.post("/api/gifts/" + early + "/adjustments", Map.of("amount", "65.00", "reason", "right amount")));
        assertThat(ok(admin.get("/api/pledges/" + id)))
                .containsEntry("status", "FULFILLED")
                .containsEntry("balance", "0.00");

        // a full refund takes back exactly what this payment had paid: 30.00 + 10.00 + 25.00; the other payment
        // keeps its 20.00 and 5.00 where they were
        ok(admin.post("/api/gifts/" + early + "/refund", Map.of("reason", "returned")));
        var afterFull = ok(admin.get("/api/pledges/" + id));
        assertThat(afterFull).containsEntry("paidAmount", "25.00").containsEntry("balance", "65.00");
        assertThat(column(installments(afterFull), "paidAmount")).containsExactly("0.00", "20.00", "5.00");
        assertThat(ok(admin.get("/api/constituents/" + donor + "/giving"))).containsEntry("lifetimeTotal", "25.00");
        var audit = ok(admin.get("/api/audit?entityType=pledge&entityId=" + id));
        assertThat(audit.get("items").toString()).contains("Refund: returned");
    }

    @Test
    void writeOffsCloseThePledgeAndCancelIsOnlyForPledgesWithoutPayments() {
        Api admin = admin();
        UUID donor = donor();
        String id = created(admin.post(
                "/api/pledges",
                with(pledge(donor, "120.00"), "schedule", schedule(4, "QUARTERLY", TODAY.plusDays(1)))));
        created(admin.post("/api/pledges/" + id + "/payments", payment("45.00")));
        assertProblem(
                admin.post("/api/pledges/" + id + "/cancel", Map.of("reason", "changed mind")),
                422,
                "donations.pledge-has-payments");
        var tooMuch = assertProblem(
                admin.post("/api/pledges/" + id + "/write-off", Map.of("amount", "75.01", "reason", "x")),
                422,
                "donations.pledge-write-off-too-large");
        assertThat(tooMuch).containsEntry("balance", "75.00");
        assertViolations(admin.post("/api/pledges/" + id + "/write-off", Map.of("amount", "1")), "reason");

        var part = ok(admin.post("/api/pledges/" + id + "/write-off", Map.of("amount", "40.00", "reason", "hardship")));
        assertThat(part)
                .containsEntry("writtenOffAmount", "40.00")
                .containsEntry("balance", "35.00")
                .containsEntry("status", "OPEN");
        assertThat(column(installments(part), "writtenOffAmount")).containsExactly("0.00", "0.00", "10.00", "30.00");
        assertThat(column(installments(part), "open")).containsExactly("0.00", "15.00", "20.00", "0.00");

        var rest = ok(admin.post("/api/pledges/" + id + "/write-off", Map.of("reason", "donor moved away")));
        assertThat(rest)
                .containsEntry("status", "WRITTEN_OFF")
                .containsEntry("balance", "0.00")
                .containsEntry("writtenOffAmount", "75.00");
        assertProblem(
                admin.post("/api/pledges/" + id + "/write-off", Map.of("reason", "again")),
                422,
                "donations.pledge-not-open");

        String unpaid = created(admin.post("/api/pledges", pledge(donor, "10")));
        var cancelled = ok(admin.post("/api/pledges/" + unpaid + "/cancel", Map.of("reason", "entered twice")));
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("balance", "0.00");
        assertProblem(
                admin.post("/api/pledges/" + unpaid + "/payments", payment("1")), 422, "donations.pledge-not-open");
        var audit = ok(admin.get("/api/audit?entityType=pledge&entityId=" + unpaid));
        assertThat(audit.get("items").toString()).contains("CANCELLED").contains("entered twice");
    }

    @Test
    void theScheduleOfWhatIsUnpaidChangesAtTheVersionRead() {
        Api admin = admin();
        UUID donor = donor();
        LocalDate start = TODAY.plusDays(1);
        String id = created(
                admin.post("/api/pledges", with(pledge(donor, "300.00"), "schedule", schedule(3, "MONTHLY", start))));
        created(admin.post("/api/pledges/" + id + "/payments", payment("120.00")));
        var read = ok(admin.get("/api/pledges/" + id));
        long version = ((Number) read.get("version")).longValue();

        var mismatch = Map.of(
                "installments",
                List.of(Map.of("dueOn", start.plusMonths(2).toString(), "amount", "90.00")),
                "version",
                version);
        assertProblem(admin.put("/api/pledges/" + id, mismatch), 422, "donations.pledge-schedule-mismatch");

        // the two touched installments stay; the untouched one becomes four
        var fourMore = Map.of(
                "amount",
                "400.00",
                "installments",
                List.of(
                        Map.of("dueOn", start.plusMonths(4).toString(), "amount", "50.00"),
                        Map.of("dueOn", start.plusMonths(2).toString(), "amount", "50.00"),
                        Map.of("dueOn", start.plusMonths(3).toString(), "amount", "50.00"),
                        Map.of("dueOn", start.plusMonths(5).toString(), "amount", "50.00")),
                "notes",
                "Raised at the gala",
                "version",
                version);
        var updated = ok(admin.put("/api/pledges/" + id, fourMore));
        assertThat(updated)
                .containsEntry("amount", "400.00")
                .containsEntry("balance", "280.00")
                .containsEntry("notes", "Raised at the gala");
        assertThat(column(installments(updated), "amount"))
                .containsExactly("100.00", "100.00", "50.00", "50.00", "50.00", "50.00");
        assertThat(column(installments(updated), "sequence")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(column(installments(updated), "paidAmount"))
                .containsExactly("100.00", "20.00", "0.00", "0.00", "0.00", "0.00");
        assertProblem(admin.put("/api/pledges/" + id, fourMore), 409, "common.stale-version");

        created(admin.post("/api/pledges/" + id + "/payments", payment("100.00")));
        var paid = ok(admin.get("/api/pledges/" + id));
        assertThat(column(installments(paid), "paidAmount"))
                .containsExactly("100.00", "100.00", "20.00", "0.00", "0.00", "0.00");
    }

    @Test
    void overdueInstallmentsAreFlaggedAndListed() {
        Api admin = admin();
        UUID donor = donor();
        var body =
                with(pledge(donor, "200.00"), "pledgedOn", TODAY.minusMonths(3).toString());
        body.put("schedule", schedule(2, "MONTHLY", TODAY.minusMonths(1)));
        String id = created(admin.post("/api/pledges", body));
        var pledge = ok(admin.get("/api/pledges/" + id));
        assertThat(pledge).containsEntry("overdueAmount", "100.00");
        assertThat(column(installments(pledge), "overdue")).containsExactly(true, false);
        var overdue = ok(admin.get("/api/pledges?overdue=true&constituentId=" + donor));
        assertThat(overdue).containsEntry("total", 1);
        assertThat(overdue.get("items").toString()).contains("overdue=true");
        created(admin.post("/api/pledges/" + id + "/payments", payment("100.00")));
        assertThat(ok(admin.get("/api/pledges/" + id))).containsEntry("overdueAmount", "0.00");
        assertThat(ok(admin.get("/api/pledges?overdue=true&constituentId=" + donor)))
                .containsEntry("total", 0);
    }

    @Test
    void aMergeMovesPledgesWithTheirPaymentsAndTheUndoMovesExactlyThoseBack() {
        Api admin = admin();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String survivor = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Pat", "lastName", "Promise" + unique))
                .string("id");
        String duplicate = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Patricia", "lastName", "Promise" + unique))
                .string("id");
        String kept = created(admin.post("/api/pledges", pledge(UUID.fromString(survivor), "10")));
        String moved = created(admin.post("/api/pledges", pledge(UUID.fromString(duplicate), "100")));
        String payment = created(admin.post("/api/pledges/" + moved + "/payments", payment("30")));

        var preview = ok(admin.get("/api/constituents/" + survivor + "/merge-preview?duplicateId=" + duplicate));
        assertThat(preview.toString()).contains("pledges");
        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(ok(admin.get("/api/pledges/" + moved))).containsEntry("constituentId", survivor);
        assertThat(ok(admin.get("/api/gifts/" + payment))).containsEntry("constituentId", survivor);
        assertThat(ok(admin.get("/api/pledges?constituentId=" + survivor))).containsEntry("total", 2);
        // the survivor pays the moved pledge; a pledge for the merged donor is refused
        created(admin.post("/api/pledges/" + moved + "/payments", payment("5")));
        var refused = assertProblem(
                admin.post("/api/pledges", pledge(UUID.fromString(duplicate), "5")), 422, "donations.donor-merged");
        assertThat(refused).containsEntry("mergedInto", survivor);

        var merges = admin.get("/api/constituents/" + survivor + "/merges");
        String mergeId = (String) ((Map<?, ?>) merges.jsonList().get(0)).get("id");
        var undone = admin.post("/api/constituents/merges/" + mergeId + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(ok(admin.get("/api/pledges/" + moved))).containsEntry("constituentId", duplicate);
        assertThat(ok(admin.get("/api/pledges/" + kept))).containsEntry("constituentId", survivor);
        assertThat(ok(admin.get("/api/gifts/" + payment))).containsEntry("constituentId", duplicate);
        assertThat(ok(admin.get("/api/pledges/" + moved))).containsEntry("paidAmount", "35.00");
    }

    @Test
    void onlyAdministratorsAndDevelopmentOfficersSeePledges() {
        Api admin = admin();
        String id = created(admin.post("/api/pledges", pledge(donor(), "10")));
        Api anonymous = Api.of(server, json);
        Api officer = TestUsers.withRoles(anonymous, "DEVELOPMENT_OFFICER");
        ok(officer.get("/api/pledges/" + id));
        created(officer.post("/api/pledges/" + id + "/payments", payment("1")));
        for (String role : List.of("BOARD_MEMBER", "EVENT_COORDINATOR")) {
            Api other = TestUsers.withRoles(anonymous, role);
            assertProblem(other.get("/api/pledges/" + id), 403, "auth.forbidden");
            assertProblem(other.get("/api/pledges"), 403, "auth.forbidden");
            assertProblem(other.post("/api/pledges/" + id + "/payments", payment("1")), 403, "auth.forbidden");
        }
    }
}
