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
import org.steward.support.Race;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class GiftControllerIT {

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
                dataSource, "Grace", "Giver" + UUID.randomUUID().toString().substring(0, 6));
    }

    static Map<String, Object> gift(UUID donor, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", LocalDate.now().toString());
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> giving(Api as, UUID id) {
        var reply = as.get("/api/constituents/" + id + "/giving");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    String fund(Api admin) {
        return admin.post(
                        "/api/funds",
                        Map.of("code", "F" + UUID.randomUUID().toString().substring(0, 8), "name", "F"))
                .string("id");
    }

    @Test
    void aHouseholdsGivingAddsUpItsMembersAndAnUnknownConstituentHasNone() {
        Api admin = admin();
        var household = admin.post("/api/constituents", Map.of("type", "HOUSEHOLD"));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        UUID home = UUID.fromString(household.string("id"));
        UUID member = donor();
        var joined = admin.post("/api/constituents/" + home + "/members", Map.of("memberId", member.toString()));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat(admin.post("/api/gifts", gift(member, "30")).status()).isEqualTo(201);
        assertThat(admin.post("/api/gifts", gift(home, "12.50")).status()).isEqualTo(201);

        assertThat(giving(admin, home))
                .containsEntry("lifetimeTotal", "42.50")
                .containsEntry("includesHouseholdMembers", true);
        assertThat(giving(admin, member))
                .containsEntry("lifetimeTotal", "30.00")
                .containsEntry("includesHouseholdMembers", false);
        assertProblem(admin.get("/api/constituents/" + UUID.randomUUID() + "/giving"), 404, "constituents.not-found");
    }

    @Test
    void aGiftIsRecordedWithAmountsAsStringsAndShowsInTheListAndTheGiving() {
        Api admin = admin();
        UUID donor = donor();
        UUID friend = donor();
        String general = fund(admin);
        String building = fund(admin);
        var body = with(
                gift(donor, "100"),
                "allocations",
                List.of(Map.of("fundId", general, "amount", "60.00"), Map.of("fundId", building, "amount", "40")));
        body.put("softCredits", List.of(Map.of("constituentId", friend.toString(), "amount", "100", "role", "spouse")));
        body.put(
                "tribute", Map.of("type", "IN_MEMORY", "honoreeName", "Ada", "notifyConstituentId", friend.toString()));
        var created = admin.post("/api/gifts", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/gifts/" + created.string("id"));
        assertThat(created.json())
                .containsEntry("amount", "100.00")
                .containsEntry("baseAmount", "100.00")
                .containsEntry("exchangeRate", "1")
                .containsEntry("status", "COMPLETED")
                .containsEntry("kind", "ONE_TIME")
                .containsEntry("netAmount", "100.00");
        assertThat((List<?>) created.json().get("allocations")).hasSize(2);

        var list = admin.get("/api/gifts?constituentId=" + donor);
        assertThat(list.json()).containsEntry("total", 1);
        assertThat(list.items().get(0)).containsEntry("amount", "100.00");
        var donorGiving = giving(admin, donor);
        assertThat(donorGiving)
                .containsEntry("lifetimeTotal", "100.00")
                .containsEntry("giftCount", 1)
                .containsEntry("softCreditTotal", "0.00")
                .containsEntry("consecutiveYears", 1)
                .containsEntry("currency", "USD");
        assertThat(giving(admin, friend))
                .containsEntry("lifetimeTotal", "0.00")
                .containsEntry("softCreditTotal", "100.00");
        var summary = admin.get("/api/constituents/" + donor + "/summary");
        assertThat(((Map<?, ?>) summary.json().get("giving")).get("lifetimeTotal"))
                .isEqualTo("100.00");
    }

    @Test
    void aForeignGiftCarriesItsRateAndTheBaseAmountIsRoundedHalfEven() {
        Api admin = admin();
        UUID donor = donor();
        var foreign = with(gift(donor, "10.00"), "currency", "EUR");
        assertProblem(admin.post("/api/gifts", foreign), 422, "donations.exchange-rate-required");
        foreign.put("exchangeRate", "1.23455");
        foreign.put("exchangeRateDate", "2026-01-02");
        var created = admin.post("/api/gifts", foreign);
        assertThat(created.json()).containsEntry("baseAmount", "12.35").containsEntry("currency", "EUR");
        assertProblem(
                admin.post("/api/gifts", with(gift(donor, "5"), "exchangeRate", "1.1")),
                422,
                "donations.invalid-exchange-rate");
    }

    @Test
    void badMoneyAndBadReferencesHaveTheirOwnCodes() {
        Api admin = admin();
        UUID donor = donor();
        assertProblem(admin.post("/api/gifts", gift(donor, "-5")), 422, "donations.amount-not-positive");
        assertProblem(admin.post("/api/gifts", gift(donor, "0")), 422, "donations.amount-not-positive");
        assertProblem(admin.post("/api/gifts", gift(donor, "1.005")), 422, "donations.amount-too-precise");
        assertProblem(
                admin.post("/api/gifts", with(gift(donor, "5"), "currency", "XYZ")), 422, "donations.unknown-currency");
        assertViolations(
                admin.post("/api/gifts", with(with(gift(donor, "five"), "currency", "usd"), "receivedOn", null)),
                "amount",
                "currency",
                "receivedOn");
        String fund = fund(admin);
        assertProblem(
                admin.post(
                        "/api/gifts",
                        with(gift(donor, "10"), "allocations", List.of(Map.of("fundId", fund, "amount", "9.99")))),
                422,
                "donations.allocations-mismatch");
        assertProblem(
                admin.post(
                        "/api/gifts",
                        with(
                                gift(donor, "10"),
                                "softCredits",
                                List.of(Map.of("constituentId", donor.toString(), "amount", "10")))),
                422,
                "donations.soft-credit-to-donor");
        assertProblem(
                admin.post(
                        "/api/gifts",
                        with(
                                gift(donor, "10"),
                                "softCredits",
                                List.of(Map.of("constituentId", donor().toString(), "amount", "11")))),
                422,
                "donations.soft-credit-too-large");
        assertProblem(
                admin.post(
                        "/api/gifts",
                        with(gift(donor, "10"), "fundId", UUID.randomUUID().toString())),
                422,
                "donations.unknown-fund");
        assertProblem(admin.post("/api/gifts", gift(UUID.randomUUID(), "10")), 422, "donations.donor-not-found");
        UUID deleted = donor();
        assertThat(admin.delete("/api/constituents/" + deleted).status()).isEqualTo(204);
        assertProblem(admin.post("/api/gifts", gift(deleted, "10")), 422, "donations.donor-deleted");
        assertProblem(admin.get("/api/gifts/" + UUID.randomUUID()), 404, "donations.not-found");
    }

    @Test
    void theSameIdempotencyKeyRecordsOneGift() {
        Api admin = admin();
        UUID donor = donor();
        String key = UUID.randomUUID().toString();
        Api keyed = admin.withHeader("Idempotency-Key", key);
        var first = keyed.post("/api/gifts", gift(donor, "20"));
        var again = keyed.post("/api/gifts", gift(donor, "20"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertProblem(keyed.post("/api/gifts", gift(donor, "21")), 409, "donations.idempotency-key-reused");

        // another user's key is another key: the same value records their own gift, and never replays this one
        Api officer =
                TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER").withHeader("Idempotency-Key", key);
        var theirs = officer.post("/api/gifts", gift(donor, "21"));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(theirs.string("id")).isNotEqualTo(first.string("id"));
        assertThat(officer.post("/api/gifts", gift(donor, "21")).string("id")).isEqualTo(theirs.string("id"));

        UUID racer = donor();
        Api raceKeyed = admin.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var replies = Race.together(
                () -> raceKeyed.post("/api/gifts", gift(racer, "30")),
                () -> raceKeyed.post("/api/gifts", gift(racer, "30")));
        assertThat(replies).extracting(Api.Reply::status).containsExactly(201, 201);
        assertThat(replies.get(0).string("id")).isEqualTo(replies.get(1).string("id"));
        assertThat(admin.get("/api/gifts?constituentId=" + racer).json()).containsEntry("total", 1);
        assertThat(giving(admin, racer)).containsEntry("lifetimeTotal", "30.00");
    }

    @Test
    void refundsAndAdjustmentsKeepTheOriginalAndUpdateTheRollups() {
        Api admin = admin();
        UUID donor = donor();
        UUID other = donor();
        String id = admin.post("/api/gifts", with(gift(donor, "100"), "receivedOn", "2025-03-01"))
                .string("id");

        var partial = admin.post("/api/gifts/" + id + "/refund", Map.of("amount", "30", "reason", "card dispute"));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.json()).containsEntry("status", "COMPLETED").containsEntry("netAmount", "70.00");
        assertThat(giving(admin, donor)).containsEntry("lifetimeTotal", "70.00");
        assertProblem(
                admin.post("/api/gifts/" + id + "/refund", Map.of("amount", "70.01", "reason", "too much")),
                422,
                "donations.refund-too-large");

        var adjusted = admin.post(
                "/api/gifts/" + id + "/adjustments",
                Map.of(
                        "amount",
                        "150",
                        "receivedOn",
                        "2025-04-01",
                        "constituentId",
                        other.toString(),
                        "reason",
                        "typo"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        assertThat(adjusted.json()).containsEntry("amount", "150.00").containsEntry("constituentId", other.toString());
        var history = (List<Map<String, Object>>) adjusted.json().get("adjustments");
        assertThat(history).hasSize(1);
        assertThat(history.get(0))
                .containsEntry("previousAmount", "100.00")
                .containsEntry("newAmount", "150.00")
                .containsEntry("previousConstituentId", donor.toString())
                .containsEntry("previousReceivedOn", "2025-03-01");
        assertThat((List<?>) adjusted.json().get("refunds")).hasSize(1);
        assertThat(giving(admin, donor)).containsEntry("lifetimeTotal", "0.00").containsEntry("giftCount", 0);
        assertThat(giving(admin, other)).containsEntry("lifetimeTotal", "120.00");
        assertProblem(
                admin.post("/api/gifts/" + id + "/adjustments", Map.of("reason", "nothing")),
                422,
                "donations.nothing-to-adjust");

        var full = admin.post("/api/gifts/" + id + "/refund", Map.of("reason", "returned"));
        assertThat(full.json()).containsEntry("status", "REFUNDED").containsEntry("netAmount", "0.00");
        assertThat(giving(admin, other)).containsEntry("lifetimeTotal", "0.00");
        assertProblem(
                admin.post("/api/gifts/" + id + "/refund", Map.of("reason", "again")), 422, "donations.not-refundable");
    }

    @Test
    void nonMoneyFieldsChangeWithAVersionAndPendingGiftsCountOnlyOnceCompleted() {
        Api admin = admin();
        UUID donor = donor();
        var pending = admin.post("/api/gifts", with(gift(donor, "40"), "status", "PENDING"));
        String id = pending.string("id");
        assertThat(giving(admin, donor)).containsEntry("giftCount", 0);
        var done =
                admin.put("/api/gifts/" + id, Map.of("status", "COMPLETED", "notes", "cheque cleared", "version", 0));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json()).containsEntry("notes", "cheque cleared").containsEntry("version", 1);
        assertThat(giving(admin, donor)).containsEntry("lifetimeTotal", "40.00");
        assertProblem(
                admin.put("/api/gifts/" + id, Map.of("status", "COMPLETED", "notes", "x", "version", 0)),
                409,
                "common.stale-version");
        assertProblem(
                admin.put("/api/gifts/" + id, Map.of("status", "CANCELLED", "version", 1)),
                422,
                "donations.invalid-status");
    }

    @Test
    void onlyAdministratorsAndDevelopmentOfficersSeeGifts() {
        Api admin = admin();
        UUID donor = donor();
        String id = admin.post("/api/gifts", gift(donor, "10")).string("id");
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        assertThat(officer.get("/api/gifts/" + id).status()).isEqualTo(200);
        for (Api refused : List.of(coordinator, board)) {
            assertProblem(refused.get("/api/gifts/" + id), 403, "auth.forbidden");
            assertProblem(refused.post("/api/gifts", gift(donor, "10")), 403, "auth.forbidden");
            assertProblem(refused.get("/api/constituents/" + donor + "/giving"), 403, "auth.forbidden");
        }
        var summary = coordinator.get("/api/constituents/" + donor + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("giving")).isNull();
    }
}
