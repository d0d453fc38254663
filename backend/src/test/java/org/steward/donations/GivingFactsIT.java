package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.donations.GivingFacts.CreditedGift;
import org.steward.donations.GivingFacts.Dimension;
import org.steward.donations.GivingFacts.DimensionTotal;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * The definitions of {@link GivingFacts} on the real database, with amounts worked out by hand: kinds, statuses,
 * refunds, adjustments, soft credits at the gift's rate (half-even), a soft credit left on the donor's own gift by a
 * merge, split gifts apportioned over funds, and half-open periods. Each test's gifts are received in years of the
 * distant past that no other run used (checked through the facts themselves), so totals by key are the test's own;
 * per-donor totals are filtered to the test's donors.
 */
@MicronautTest(transactional = false)
class GivingFactsIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    GivingFacts aggregated;

    @Inject
    @Named("ledger")
    GivingFacts ledger;

    /** The implementation under test: each test's assertions run on the aggregates and on the ledger alike. */
    GivingFacts facts;

    Api admin;
    int y;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    static final Set<GiftKind> ALL_KINDS = EnumSet.allOf(GiftKind.class);

    @BeforeEach
    void window() {
        facts = ledger;
        admin = TestUsers.admin(Api.of(server, json));
        Random random = new Random();
        do {
            y = 1100 + random.nextInt(700);
        } while (!facts.totalsBy(Dimension.MONTH, day(y - 4, 1, 1), day(y + 1, 1, 1), ALL_KINDS)
                .isEmpty());
    }

    @Test
    void theIssuesGoldenExampleByPeriod() {
        // the issue's golden ledger, moved to the years y-3 .. y ("this year" = y, asOf = y-06-30)
        UUID a = donor("A");
        UUID b = donor("B");
        UUID c = donor("C");
        UUID d = donor("D");
        UUID e = donor("E");
        UUID f = donor("F");
        record(gift(a, "100", day(y - 1, 3, 1)));
        record(gift(a, "150", day(y, 2, 1)));
        record(gift(b, "50", day(y - 1, 11, 15)));
        record(gift(c, "500", day(y - 3, 5, 1)));
        record(gift(d, "20", day(y, 4, 1)));
        record(gift(e, "30", day(y - 2, 7, 1)));
        record(gift(e, "40", day(y, 5, 1)));
        String refunded = record(gift(f, "200", day(y - 1, 8, 1)));
        ok(admin.post("/api/gifts/" + refunded + "/refund", Map.of("reason", "returned")));

        for (GivingFacts implementation : List.of(aggregated, ledger)) {
            facts = implementation;
            goldenAnswers(a, b, c, d, e, f);
        }
    }

    void goldenAnswers(UUID a, UUID b, UUID c, UUID d, UUID e, UUID f) {
        Map<String, String> totals = donorTotals(
                Arrays.asList(null, day(y - 1, 1, 1), day(y, 1, 1), day(y, 7, 1)),
                GivingFacts.DEFAULT_KINDS,
                Set.of(a, b, c, d, e, f));
        assertThat(totals)
                .containsOnly(
                        Map.entry(a + "/1", "100.00 x1, soft 0.00 x0"),
                        Map.entry(a + "/2", "150.00 x1, soft 0.00 x0"),
                        Map.entry(b + "/1", "50.00 x1, soft 0.00 x0"),
                        Map.entry(c + "/0", "500.00 x1, soft 0.00 x0"),
                        Map.entry(d + "/2", "20.00 x1, soft 0.00 x0"),
                        Map.entry(e + "/0", "30.00 x1, soft 0.00 x0"),
                        Map.entry(e + "/2", "40.00 x1, soft 0.00 x0"));
        assertThat(facts.totalsBy(Dimension.MONTH, day(y, 1, 1), day(y, 7, 1), GivingFacts.DEFAULT_KINDS))
                .containsExactly(
                        total(y + "-02", "150.00", 1), total(y + "-04", "20.00", 1), total(y + "-05", "40.00", 1));
    }

    @Test
    void kindsStatusesRefundsAdjustmentsSoftCreditsSplitsAndMergesCountAsDefined() {
        UUID d1 = donor("One");
        UUID d2 = donor("Two");
        UUID d3 = donor("Three");
        String x = created(admin.post(
                "/api/constituents", Map.of("type", "INDIVIDUAL", "firstName", "Xena", "lastName", "Facts" + tag)));
        String yy = created(admin.post(
                "/api/constituents", Map.of("type", "INDIVIDUAL", "firstName", "Yann", "lastName", "Facts" + tag)));
        String fundA = created(admin.post("/api/funds", Map.of("code", "FA" + tag, "name", "Facts A " + tag)));
        String fundB = created(admin.post("/api/funds", Map.of("code", "FB" + tag, "name", "Facts B " + tag)));
        String campaign = created(admin.post("/api/campaigns", Map.of("name", "Facts " + tag)));
        String appeal = created(admin.post("/api/appeals", Map.of("campaignId", campaign, "name", "Letter " + tag)));

        // g1: 100.00, campaign + appeal, fund A; soft credit of 50.00 to d2
        var g1 = gift(d1, "100.00", day(y, 1, 10));
        g1.put("campaignId", campaign);
        g1.put("appealId", appeal);
        g1.put("fundId", fundA);
        g1.put("softCredits", List.of(Map.of("constituentId", d2.toString(), "amount", "50.00")));
        String g1Id = record(g1);
        // g2: 50.00 on the first of February split 30/20 over A and B, then 10.00 refunded: 40.00 = 24.00 + 16.00
        var g2 = gift(d1, "50.00", day(y, 2, 1));
        g2.put("allocations", List.of(alloc(fundA, "30"), alloc(fundB, "20")));
        String g2Id = record(g2);
        ok(admin.post("/api/gifts/" + g2Id + "/refund", Map.of("amount", "10.00", "reason", "partly")));
        // g3: EUR 100.00 at 1.10 = 110.00 (fund B, the campaign); a soft credit of EUR 0.35 to d3 = 0.385 -> 0.38
        var g3 = gift(d2, "100.00", day(y, 1, 31));
        g3.put("currency", "EUR");
        g3.put("exchangeRate", "1.10");
        g3.put("exchangeRateDate", day(y, 1, 31).toString());
        g3.put("fundId", fundB);
        g3.put("campaignId", campaign);
        g3.put("softCredits", List.of(Map.of("constituentId", d3.toString(), "amount", "0.35")));
        String g3Id = record(g3);
        // g4: a matching claim (not a default kind); g5: in kind (a default kind); g6: pending
        var g4 = gift(d3, "70.00", day(y, 1, 15));
        g4.put("kind", "MATCHING_CLAIM");
        record(g4);
        var g5 = gift(d3, "25.00", day(y, 3, 1));
        g5.put("kind", "IN_KIND");
        g5.put("description", "Books");
        String g5Id = record(g5);
        var g6 = gift(d3, "500.00", day(y, 1, 20));
        g6.put("status", "PENDING");
        record(g6);
        // g7: fully refunded; g8: 80.00 adjusted to 75.00, moved to 15 March and to d2
        String g7 = record(gift(d2, "30.00", day(y, 3, 31)));
        ok(admin.post("/api/gifts/" + g7 + "/refund", Map.of("reason", "returned")));
        String g8 = record(gift(d1, "80.00", day(y, 2, 15)));
        ok(admin.post(
                "/api/gifts/" + g8 + "/adjustments",
                Map.of(
                        "amount",
                        "75.00",
                        "receivedOn",
                        day(y, 3, 15).toString(),
                        "constituentId",
                        d2.toString(),
                        "reason",
                        "typo")));
        // g9: x gives 40.00 soft-crediting yy; g10: yy gives 15.00; yy is merged into x: the soft credit is now on
        // x's own gift and counts nowhere, g10 is x's
        var g9 = gift(UUID.fromString(x), "40.00", day(y, 2, 10));
        g9.put("softCredits", List.of(Map.of("constituentId", yy, "amount", "40.00")));
        String g9Id = record(g9);
        String g10Id = record(gift(UUID.fromString(yy), "15.00", day(y, 2, 11)));
        ok(admin.post("/api/constituents/" + x + "/merge", Map.of("duplicateId", yy)));

        for (GivingFacts implementation : List.of(aggregated, ledger)) {
            facts = implementation;
            definitionAnswers(
                    d1,
                    d2,
                    d3,
                    UUID.fromString(x),
                    UUID.fromString(yy),
                    fundA,
                    fundB,
                    campaign,
                    appeal,
                    List.of(g1Id, g2Id, g3Id, g5Id, g8, g9Id, g10Id));
        }
    }

    void definitionAnswers(
            UUID d1,
            UUID d2,
            UUID d3,
            UUID ux,
            UUID uy,
            String fundA,
            String fundB,
            String campaign,
            String appeal,
            List<String> ids) {
        String g1Id = ids.get(0);
        String g2Id = ids.get(1);
        String g3Id = ids.get(2);
        String g5Id = ids.get(3);
        String g8 = ids.get(4);
        String g9Id = ids.get(5);
        String g10Id = ids.get(6);
        Set<UUID> mine = Set.of(d1, d2, d3, ux, uy);
        List<LocalDate> months = List.of(day(y, 1, 1), day(y, 2, 1), day(y, 3, 1), day(y + 1, 1, 1));
        assertThat(donorTotals(months, GivingFacts.DEFAULT_KINDS, mine))
                .containsOnly(
                        Map.entry(d1 + "/0", "100.00 x1, soft 0.00 x0"),
                        Map.entry(d1 + "/1", "40.00 x1, soft 0.00 x0"),
                        Map.entry(d2 + "/0", "110.00 x1, soft 50.00 x1"),
                        Map.entry(d2 + "/2", "75.00 x1, soft 0.00 x0"),
                        Map.entry(d3 + "/0", "0.00 x0, soft 0.38 x1"),
                        Map.entry(d3 + "/2", "25.00 x1, soft 0.00 x0"),
                        Map.entry(ux + "/1", "55.00 x2, soft 0.00 x0"));
        assertThat(donorTotals(months, ALL_KINDS, Set.of(d3)))
                .containsOnly(
                        Map.entry(d3 + "/0", "70.00 x1, soft 0.38 x1"), Map.entry(d3 + "/2", "25.00 x1, soft 0.00 x0"));
        assertThat(donorTotals(months, Set.of(GiftKind.IN_KIND), mine))
                .containsOnly(Map.entry(d3 + "/2", "25.00 x1, soft 0.00 x0"));

        LocalDate from = day(y, 1, 1);
        LocalDate to = day(y + 1, 1, 1);
        var kinds = GivingFacts.DEFAULT_KINDS;
        assertThat(facts.totalsBy(Dimension.CAMPAIGN, from, to, kinds))
                .containsExactly(total(campaign, "210.00", 2), total(null, "195.00", 5));
        assertThat(facts.totalsBy(Dimension.APPEAL, from, to, kinds))
                .containsExactly(total(appeal, "100.00", 1), total(null, "305.00", 6));
        assertThat(facts.totalsBy(Dimension.FUND, from, to, kinds))
                .containsExactlyInAnyOrder(
                        total(fundA, "124.00", 2), total(fundB, "126.00", 2), total(null, "155.00", 4));
        assertThat(facts.totalsBy(Dimension.MONTH, from, to, kinds))
                .containsExactly(
                        total(y + "-01", "210.00", 2), total(y + "-02", "95.00", 3), total(y + "-03", "100.00", 2));
        // half-open: the last day of January alone, the first of February alone
        assertThat(facts.totalsBy(Dimension.MONTH, day(y, 1, 31), day(y, 2, 1), kinds))
                .containsExactly(total(y + "-01", "110.00", 1));
        assertThat(facts.totalsBy(Dimension.FUND, day(y, 2, 1), day(y, 2, 2), kinds))
                .containsExactlyInAnyOrder(total(fundA, "24.00", 1), total(fundB, "16.00", 1));
        assertThat(facts.totalsBy(Dimension.CAMPAIGN, day(y, 1, 11), day(y, 1, 31), kinds))
                .isEmpty();
        assertThat(facts.totalsBy(Dimension.MONTH, null, day(y, 1, 11), kinds)).contains(total(y + "-01", "100.00", 1));
        assertThat(facts.totalsBy(Dimension.MONTH, from, to, Set.of())).isEmpty();

        assertThat(facts.creditedGifts(List.of(d2), from, to, kinds, true))
                .extracting(CreditedGift::giftId, CreditedGift::credit, CreditedGift::credited, CreditedGift::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id(g1Id), "SOFT", money("50.00"), money("50.00")),
                        org.assertj.core.groups.Tuple.tuple(id(g3Id), "HARD", money("110.00"), money("100.00")),
                        org.assertj.core.groups.Tuple.tuple(id(g8), "HARD", money("75.00"), money("75.00")));
        CreditedGift soft =
                facts.creditedGifts(List.of(d2), from, to, kinds, true).get(0);
        assertThat(soft.donorId()).isEqualTo(d1);
        assertThat(soft.creditedId()).isEqualTo(d2);
        assertThat(soft.campaignId()).isEqualTo(id(campaign));
        assertThat(soft.appealId()).isEqualTo(id(appeal));
        assertThat(soft.currency()).isEqualTo("USD");
        assertThat(facts.creditedGifts(List.of(d2), from, to, kinds, false))
                .extracting(CreditedGift::giftId)
                .containsExactly(id(g3Id), id(g8));
        assertThat(facts.creditedGifts(List.of(d3), from, to, kinds, true))
                .extracting(CreditedGift::giftId, CreditedGift::credit, CreditedGift::credited, CreditedGift::currency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id(g3Id), "SOFT", money("0.38"), "EUR"),
                        org.assertj.core.groups.Tuple.tuple(id(g5Id), "HARD", money("25.00"), "USD"));
        assertThat(facts.creditedGifts(List.of(ux, uy), from, to, kinds, true))
                .extracting(CreditedGift::giftId, CreditedGift::creditedId, CreditedGift::credit)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(id(g9Id), ux, "HARD"),
                        org.assertj.core.groups.Tuple.tuple(id(g10Id), ux, "HARD"));
        assertThat(facts.creditedGifts(List.of(d1), day(y, 2, 1), day(y, 2, 2), kinds, true))
                .extracting(CreditedGift::giftId, CreditedGift::credited, CreditedGift::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id(g2Id), money("40.00"), money("40.00")));
    }

    @Test
    void boundariesMustIncrease() {
        assertThatThrownBy(() -> facts.donorTotals(List.of(day(y, 1, 1)), GivingFacts.DEFAULT_KINDS, sink()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> facts.donorTotals(List.of(day(y, 2, 1), day(y, 1, 1)), GivingFacts.DEFAULT_KINDS, sink()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> facts.donorTotals(Arrays.asList(day(y, 1, 1), null), GivingFacts.DEFAULT_KINDS, sink()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(facts.baseCurrency()).isEqualTo("USD");
    }

    // helpers

    private static GivingFacts.PeriodSink sink() {
        return (id, period, hard, hardCount, soft, softCount) -> {};
    }

    /** "id/period" -> "hard xN, soft S xM" for the given constituents; each key must come once. */
    Map<String, String> donorTotals(List<LocalDate> boundaries, Set<GiftKind> kinds, Set<UUID> only) {
        Map<String, String> result = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        facts.donorTotals(boundaries, kinds, (id, period, hard, hardCount, soft, softCount) -> {
            assertThat(hard.scale()).isEqualTo(2);
            assertThat(soft.scale()).isEqualTo(2);
            if (only.contains(id)) {
                String key = id + "/" + period;
                if (result.put(key, hard + " x" + hardCount + ", soft " + soft + " x" + softCount) != null) {
                    duplicates.add(key);
                }
            }
        });
        assertThat(duplicates).as("keys given twice").isEmpty();
        return result;
    }

    static DimensionTotal total(String key, String raised, long count) {
        return new DimensionTotal(key, money(raised), count);
    }

    static BigDecimal money(String text) {
        return new BigDecimal(text).setScale(2);
    }

    static UUID id(String text) {
        return UUID.fromString(text);
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    UUID donor(String first) {
        return ConstituentRows.individual(dataSource, first, "Facts" + tag);
    }

    static Map<String, Object> gift(UUID donor, String amount, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", on.toString());
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
}
