package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * The golden example of campaign progress and the giving summary, on the real database: a handful of gifts of
 * every kind that must or must not count, with the exact amounts, counts and percentages worked out by hand.
 *
 * <p>The gifts are received in a two-month window of the past that no earlier run used (checked through the summary
 * itself), so the summary's totals are this test's alone; campaigns, funds and donors are new each run.
 */
@MicronautTest(transactional = false)
class GivingAggregatesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin;
    Api board;
    YearMonth m1;
    YearMonth m2;
    UUID d1;
    UUID d2;
    UUID d3;
    UUID d4;
    UUID friend;
    String fundA;
    String fundB;
    String parent;
    String child;
    String grandchild;
    String euroCampaign;
    String appeal1;
    String appeal2;
    String g1;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void ledger() {
        Api api = Api.of(server, json);
        admin = TestUsers.admin(api);
        board = TestUsers.withRoles(api, "BOARD_MEMBER");
        Random random = new Random();
        do {
            m1 = YearMonth.of(1900 + random.nextInt(90), 1 + random.nextInt(12));
            m2 = m1.plusMonths(1);
        } while (!"0.00".equals(summary(admin, m1.atDay(1), m2.atEndOfMonth()).get("raised")));

        d1 = ConstituentRows.individual(dataSource, "Ada", "Golden" + tag);
        d2 = ConstituentRows.individual(dataSource, "Bo", "Golden" + tag);
        d3 = ConstituentRows.individual(dataSource, "Cy", "Golden" + tag);
        d4 = ConstituentRows.organization(dataSource, "Golden Trust " + tag);
        friend = ConstituentRows.individual(dataSource, "Di", "Golden" + tag);
        fundA = created(admin.post("/api/funds", Map.of("code", "A" + tag, "name", "Fund A " + tag)));
        fundB = created(admin.post("/api/funds", Map.of("code", "B" + tag, "name", "Fund B " + tag)));
        parent = created(admin.post(
                "/api/campaigns",
                Map.of(
                        "name", "Capital " + tag,
                        "goal", "1000",
                        "currency", "USD",
                        "startDate", "2026-01-01",
                        "endDate", today.plusDays(10).toString())));
        child = created(admin.post(
                "/api/campaigns",
                Map.of(
                        "name",
                        "Spring " + tag,
                        "goal",
                        "200.00",
                        "currency",
                        "USD",
                        "endDate",
                        today.minusDays(1).toString(),
                        "parentId",
                        parent)));
        grandchild = created(admin.post(
                "/api/campaigns",
                Map.of(
                        "name",
                        "Spring gala " + tag,
                        "startDate",
                        today.plusDays(1).toString(),
                        "parentId",
                        child)));
        euroCampaign =
                created(admin.post("/api/campaigns", Map.of("name", "Euro " + tag, "goal", "500", "currency", "EUR")));
        appeal1 = created(admin.post("/api/appeals", Map.of("campaignId", parent, "name", "Letter " + tag)));
        appeal2 = created(admin.post("/api/appeals", Map.of("campaignId", child, "name", "Email " + tag)));

        LocalDate in1 = m1.atDay(10);
        LocalDate in2 = m2.atDay(20);
        // g1: counts 100.00 (fund A, appeal 1); its soft credit to a friend must not count again.
        var first = gift(d1, "100.00", in1, parent, fundA);
        first.put("appealId", appeal1);
        first.put("softCredits", List.of(Map.of("constituentId", friend.toString(), "amount", "100.00")));
        g1 = record(first);
        // g2: 50.00 split 30/20 over A and B in the child campaign; soft credit to d2, who is a donor too.
        var second = gift(d1, "50", in2, child, null);
        second.put("appealId", appeal2);
        second.put("allocations", List.of(alloc(fundA, "30"), alloc(fundB, "20")));
        second.put("softCredits", List.of(Map.of("constituentId", d2.toString(), "amount", "50")));
        record(second);
        // g3: EUR 100 at 1.10 = 110.00, split 60/40, then EUR 10 (11.00) refunded: counts 99.00 = 59.40 + 39.60.
        var third = gift(d2, "100.00", in1, parent, null);
        third.put("currency", "EUR");
        third.put("exchangeRate", "1.10");
        third.put("exchangeRateDate", in1.toString());
        third.put("allocations", List.of(alloc(fundA, "60"), alloc(fundB, "40")));
        String g3 = record(third);
        ok(admin.post("/api/gifts/" + g3 + "/refund", Map.of("amount", "10.00", "reason", "partly returned")));
        // g4: fully refunded, counts nowhere.
        String g4 = record(gift(d3, "40.00", in1, parent, fundA));
        ok(admin.post("/api/gifts/" + g4 + "/refund", Map.of("reason", "returned")));
        // g5 pending, g8 failed, g9 cancelled: none counts.
        var pending = gift(d3, "500.00", in1, parent, fundA);
        pending.put("status", "PENDING");
        record(pending);
        var failed = gift(d3, "25.00", in2, child, fundB);
        failed.put("status", "FAILED");
        record(failed);
        var cancelled = gift(d4, "33.00", in2, null, fundB);
        cancelled.put("status", "CANCELLED");
        record(cancelled);
        // g6 + g7: 0.10 + 0.20 with no fund, exactly 0.30 (a float sum would not be).
        record(gift(d2, "0.10", in2, child, null));
        record(gift(d2, "0.20", in2, child, null));
        // g10: 80.00 adjusted down to 75.00: counts 75.00 in fund B.
        String g10 = record(gift(d3, "80.00", in1, parent, fundB));
        ok(admin.post("/api/gifts/" + g10 + "/adjustments", Map.of("amount", "75.00", "reason", "typo")));
        // g12: 5.00 to the grandchild campaign (fund A).
        record(gift(d1, "5.00", in2, grandchild, fundA));
        // g13: 10.00 with no campaign (fund B); g14: 20.00 to the EUR-goal campaign, no fund.
        record(gift(d4, "10.00", in2, null, fundB));
        record(gift(d4, "20.00", in1, euroCampaign, null));
    }

    @Test
    void campaignProgressAddsUpCompletedGiftsNetOfRefundsWithSubCampaignsAndBreakdowns() {
        var detail = ok(board.get("/api/campaigns/" + parent + "/progress")).json();
        Map<String, Object> campaign = map(detail.get("campaign"));
        assertThat(campaign)
                .containsEntry("name", "Capital " + tag)
                .containsEntry("currency", "USD")
                .containsEntry("raised", "329.30")
                .containsEntry("giftCount", 7)
                .containsEntry("donorCount", 3)
                .containsEntry("goal", "1000.00")
                .containsEntry("goalCurrency", "USD")
                .containsEntry("percentOfGoal", "32.9300")
                .containsEntry("remaining", "670.70")
                .containsEntry("goalReached", false)
                .containsEntry("phase", "RUNNING")
                .containsEntry("daysLeft", 10)
                .containsEntry("subCampaignCount", 2)
                .containsEntry("asOf", today.toString());

        assertThat(shares(detail.get("byAppeal")))
                .containsExactly(
                        List.of(appeal1, "Letter " + tag, "100.00", 1),
                        List.of(appeal2, "Email " + tag, "50.00", 1),
                        java.util.Arrays.asList(null, null, "179.30", 5));
        assertThat(shares(detail.get("byFund")))
                .containsExactly(
                        List.of(fundA, "Fund A " + tag, "194.40", 4),
                        List.of(fundB, "Fund B " + tag, "134.60", 3),
                        java.util.Arrays.asList(null, null, "0.30", 2));
        assertThat(map(detail.get("direct"))).containsEntry("raised", "274.00").containsEntry("giftCount", 3);
        List<Map<String, Object>> subs = list(detail.get("subCampaigns"));
        assertThat(subs).hasSize(1);
        assertThat(subs.get(0))
                .containsEntry("campaignId", child)
                .containsEntry("raised", "55.30")
                .containsEntry("giftCount", 4)
                .containsEntry("donorCount", 2)
                .containsEntry("percentOfGoal", "27.6500")
                .containsEntry("phase", "ENDED")
                .containsEntry("daysLeft", 0)
                .containsEntry("subCampaignCount", 1);

        var grand = map(ok(board.get("/api/campaigns/" + grandchild + "/progress"))
                .json()
                .get("campaign"));
        assertThat(grand)
                .containsEntry("raised", "5.00")
                .containsEntry("phase", "UPCOMING")
                .doesNotContainKey("percentOfGoal")
                .doesNotContainKey("daysLeft");
        var euro = map(ok(board.get("/api/campaigns/" + euroCampaign + "/progress"))
                .json()
                .get("campaign"));
        assertThat(euro)
                .containsEntry("raised", "20.00")
                .containsEntry("goalCurrency", "EUR")
                .doesNotContainKey("percentOfGoal")
                .doesNotContainKey("remaining");
    }

    @Test
    void theListRollsUpSubCampaignsAndFiltersByDay() {
        List<Map<String, Object>> all =
                list(ok(board.get("/api/campaigns/progress")).jsonList());
        assertThat(byId(all, parent)).containsEntry("raised", "329.30").containsEntry("donorCount", 3);
        assertThat(byId(all, child)).containsEntry("raised", "55.30");
        assertThat(byId(all, grandchild)).containsEntry("raised", "5.00");

        List<Map<String, Object>> running =
                list(ok(board.get("/api/campaigns/progress?activeOnly=true&runningOn=" + today))
                        .jsonList());
        assertThat(running).anyMatch(c -> parent.equals(c.get("campaignId")));
        assertThat(running).noneMatch(c -> child.equals(c.get("campaignId")) || grandchild.equals(c.get("campaignId")));
    }

    @Test
    void theSummaryGivesTotalsByMonthFundAndCampaign() {
        var summary = summary(board, m1.atDay(1), m2.atEndOfMonth());
        assertThat(summary)
                .containsEntry("currency", "USD")
                .containsEntry("raised", "359.30")
                .containsEntry("giftCount", 9)
                .containsEntry("donorCount", 4)
                .containsEntry("averageGift", "39.92");
        assertThat(list(summary.get("byMonth")))
                .extracting(m -> List.of(m.get("month"), m.get("raised"), m.get("giftCount"), m.get("donorCount")))
                .containsExactly(List.of(m1.toString(), "294.00", 4, 4), List.of(m2.toString(), "65.30", 5, 3));
        assertThat(shares(summary.get("byFund")))
                .containsExactly(
                        List.of(fundA, "Fund A " + tag, "194.40", 4),
                        List.of(fundB, "Fund B " + tag, "144.60", 4),
                        java.util.Arrays.asList(null, null, "20.30", 3));
        assertThat(shares(summary.get("byCampaign")))
                .containsExactly(
                        List.of(parent, "Capital " + tag, "274.00", 3),
                        List.of(child, "Spring " + tag, "50.30", 3),
                        List.of(euroCampaign, "Euro " + tag, "20.00", 1),
                        List.of(grandchild, "Spring gala " + tag, "5.00", 1),
                        java.util.Arrays.asList(null, null, "10.00", 1));

        var firstMonth = summary(board, m1.atDay(1), m1.atEndOfMonth());
        assertThat(firstMonth).containsEntry("raised", "294.00").containsEntry("averageGift", "73.50");
        assertProblem(
                board.get("/api/giving/summary?from=" + m2.atDay(1) + "&to=" + m1.atDay(1)),
                422,
                "donations.invalid-period");
    }

    @Test
    void boardMembersReadAggregatesButNoNamedGiftsAndNothingNamesADonor() {
        String progress =
                ok(board.get("/api/campaigns/" + parent + "/progress")).body();
        String summary = ok(board.get("/api/giving/summary?from=" + m1.atDay(1) + "&to=" + m2.atEndOfMonth()))
                .body();
        String listed = ok(board.get("/api/campaigns/progress")).body();
        for (String body : List.of(progress, summary, listed)) {
            assertThat(body)
                    .doesNotContain("Golden" + tag)
                    .doesNotContain(d1.toString())
                    .doesNotContain(friend.toString())
                    .doesNotContain(g1);
        }
        assertProblem(board.get("/api/gifts"), 403, "auth.forbidden");
        assertProblem(board.get("/api/gifts/" + g1), 403, "auth.forbidden");
        assertProblem(board.get("/api/gifts?campaignId=" + parent), 403, "auth.forbidden");
        assertProblem(board.get("/api/constituents/" + d1 + "/giving"), 403, "auth.forbidden");
        assertProblem(board.get("/api/constituents/" + d1 + "/summary"), 403, "auth.forbidden");

        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        assertProblem(coordinator.get("/api/campaigns/progress"), 403, "auth.forbidden");
        assertProblem(coordinator.get("/api/campaigns/" + parent + "/progress"), 403, "auth.forbidden");
        assertProblem(coordinator.get("/api/giving/summary"), 403, "auth.forbidden");

        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        assertThat(map(ok(officer.get("/api/campaigns/" + parent + "/progress"))
                        .json()
                        .get("campaign")))
                .containsEntry("raised", "329.30");
        assertProblem(
                board.get("/api/campaigns/" + UUID.randomUUID() + "/progress"), 404, "campaigns.campaign-not-found");
    }

    // helpers

    Map<String, Object> summary(Api as, LocalDate from, LocalDate to) {
        return ok(as.get("/api/giving/summary?from=" + from + "&to=" + to)).json();
    }

    static Map<String, Object> gift(UUID donor, String amount, LocalDate on, String campaign, String fund) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", on.toString());
        body.put("campaignId", campaign);
        body.put("fundId", fund);
        return body;
    }

    static Map<String, Object> alloc(String fund, String amount) {
        return Map.of("fundId", fund, "amount", amount);
    }

    String record(Map<String, Object> body) {
        return created(admin.post("/api/gifts", body));
    }

    static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    static Api.Reply ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    static List<List<Object>> shares(Object value) {
        return list(value).stream()
                .map(s -> java.util.Arrays.asList(s.get("id"), s.get("name"), s.get("raised"), s.get("giftCount")))
                .toList();
    }

    static Map<String, Object> byId(List<Map<String, Object>> all, String id) {
        return all.stream()
                .filter(c -> id.equals(c.get("campaignId")))
                .findFirst()
                .orElseThrow();
    }
}
