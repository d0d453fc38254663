package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.donations.GivingFacts.Dimension;
import org.steward.donations.internal.AggregateMath;
import org.steward.donations.internal.AggregateStore;
import org.steward.donations.internal.AggregatesBackfill;
import org.steward.donations.internal.AggregatesCheck;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/**
 * Property test of the giving aggregates on the real database: a fixed-seed random sequence of 300 ledger changes
 * over 15 donors (gifts of several kinds and currencies, split over funds, with campaigns, appeals and soft credits;
 * partial and full refunds; adjustments of amount, date, donor and allocations; status changes; campaign and appeal
 * changes; merges and their undo), through the API as users make them. At checkpoints and at the end: the stored
 * aggregates equal a full recomputation from the ledger ({@link AggregatesCheck}, over the whole database), and the
 * aggregates' answers equal the ledger's for random half-open periods that start and end inside months.
 *
 * <p>The gifts fall in three years of the distant past that no earlier run used, so totals by campaign, appeal, fund
 * and month there are this test's own; per-donor totals are compared for every constituent.
 *
 * <p>At the end, the bulk rebuild ({@link AggregatesBackfill#rebuild()}, the start-up back-fill: a thousand donors a
 * transaction) from emptied tables gives exactly the rows the per-donor refreshes of the 300 changes left: every month,
 * year and designation row of the test's donors, their rollups, and the whole summary, to the cent.
 */
@MicronautTest(transactional = false)
class GivingAggregatesPropertyIT {

    static final long SEED = 20261208L;
    static final int OPERATIONS = 300;
    static final int DONORS = 15;
    static final int CHECKPOINT = 100;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    GivingFacts aggregated;

    @Inject
    @Named("ledger")
    GivingFacts ledger;

    @Inject
    AggregatesCheck check;

    @Inject
    AggregatesBackfill backfill;

    @Inject
    Snapshot snapshot;

    @Inject
    DataSource dataSource;

    Api admin;
    Random random;
    int year;
    final List<String> active = new ArrayList<>();
    final List<UUID> everyone = new ArrayList<>();
    final List<String> funds = new ArrayList<>();
    final List<String> campaigns = new ArrayList<>();
    final Map<String, String> appeals = new LinkedHashMap<>(); // appeal -> campaign
    final List<String> gifts = new ArrayList<>();
    final List<String[]> merges = new ArrayList<>(); // mergeId, survivor, duplicate
    final Map<String, Integer> done = new TreeMap<>();
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void randomLedgerChangesLeaveAggregatesEqualToTheLedger() {
        admin = TestUsers.admin(Api.of(server, json));
        Random window = new Random();
        do {
            year = 1000 + window.nextInt(800);
        } while (!ledger.totalsBy(
                        Dimension.MONTH,
                        LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year + 4, 1, 1),
                        EnumSet.allOf(GiftKind.class))
                .isEmpty());
        random = new Random(SEED);
        for (int i = 0; i < DONORS; i++) {
            active.add(created(admin.post(
                    "/api/constituents",
                    Map.of("type", "INDIVIDUAL", "firstName", "Prop" + i, "lastName", "Aggregates" + tag))));
            everyone.add(UUID.fromString(active.get(active.size() - 1)));
        }
        for (int i = 0; i < 3; i++) {
            funds.add(created(admin.post("/api/funds", Map.of("code", "P" + i + tag, "name", "Prop fund " + i + tag))));
            String campaign = created(admin.post("/api/campaigns", Map.of("name", "Prop campaign " + i + tag)));
            campaigns.add(campaign);
            for (int j = 0; j < 2; j++) {
                appeals.put(
                        created(admin.post(
                                "/api/appeals", Map.of("campaignId", campaign, "name", "Prop appeal " + i + j + tag))),
                        campaign);
            }
        }

        for (int op = 1; op <= OPERATIONS; op++) {
            int choice = random.nextInt(100);
            if (gifts.size() < 5 || choice < 38) {
                recordGift();
            } else if (choice < 50) {
                refund();
            } else if (choice < 66) {
                adjust();
            } else if (choice < 76) {
                changeStatus();
            } else if (choice < 86) {
                changeDesignation();
            } else if (choice < 93) {
                merge();
            } else {
                undoMerge();
            }
            if (op % CHECKPOINT == 0) {
                assertAggregatesEqualTheLedger("after operation " + op);
            }
        }
        assertThat(done)
                .as("each kind of change was made")
                .containsKeys(
                        "record", "refund full", "refund part", "adjust", "status", "designation", "merge", "undo");
        assertThat(done.get("record")).isGreaterThan(80);
        assertThat(done.get("adjust")).isGreaterThan(20);

        theRebuildGivesWhatTheRefreshesLeft();
    }

    /** Empties the aggregates, rebuilds them in bulk and compares with what the per-donor refreshes had written. */
    void theRebuildGivesWhatTheRefreshesLeft() {
        Snapshot.Taken before = snapshot.take(everyone);
        assertThat(before.rows().values().stream()
                        .anyMatch(r -> !r.designations().isEmpty()))
                .isTrue();
        try (var db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var st = db.createStatement()) {
            for (String table : List.of(
                    "giving_donor_months",
                    "giving_donor_years",
                    "giving_donor_designations",
                    "giving_summary_months")) {
                st.executeUpdate("DELETE FROM " + table);
            }
            st.executeUpdate("UPDATE giving_rollups SET lifetime_total = 0, gift_count = 0 WHERE constituent_id IN ('"
                    + String.join("', '", everyone.stream().map(UUID::toString).toList()) + "')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(snapshot.take(everyone)).isNotEqualTo(before);
        assertThat(backfill.rebuild()).isGreaterThanOrEqualTo(DONORS);
        Snapshot.Taken after = snapshot.take(everyone);
        assertThat(after.rows()).as("month, year and designation rows").isEqualTo(before.rows());
        assertThat(after.rollups()).as("rollups").isEqualTo(before.rollups());
        assertThat(after.summary()).as("the whole summary").isEqualTo(before.summary());
        assertAggregatesEqualTheLedger("after the rebuild");
    }

    /** The stored aggregates of some donors, their rollups and the whole summary, in one snapshot. */
    @jakarta.inject.Singleton
    static class Snapshot {
        final AggregateStore store;
        final RollupRecomputer recomputer;

        Snapshot(AggregateStore store, RollupRecomputer recomputer) {
            this.store = store;
            this.recomputer = recomputer;
        }

        record Taken(
                Map<UUID, AggregateMath.DonorRows> rows,
                Map<UUID, ?> rollups,
                Map<AggregateMath.SummaryKey, AggregateMath.Raised> summary) {}

        @Transactional(readOnly = true)
        public Taken take(List<UUID> ids) {
            return new Taken(
                    new TreeMap<>(store.stored(ids)), new TreeMap<>(recomputer.storedAll(ids)), store.summary());
        }
    }

    // the checks

    void assertAggregatesEqualTheLedger(String when) {
        AggregatesCheck.Result result = check.run();
        assertThat(result.examples()).as("aggregates unlike the ledger " + when).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).isGreaterThan(0);

        Set<GiftKind> everything = EnumSet.allOf(GiftKind.class);
        Set<GiftKind> some = EnumSet.of(GiftKind.ONE_TIME, GiftKind.MATCHING_CLAIM);
        for (int i = 0; i < 12; i++) {
            Set<GiftKind> kinds = i % 3 == 0 ? GivingFacts.DEFAULT_KINDS : i % 3 == 1 ? everything : some;
            LocalDate from = day();
            LocalDate to = from.plusDays(1 + random.nextInt(i % 2 == 0 ? 40 : 900));
            for (Dimension dimension : Dimension.values()) {
                assertThat(aggregated.totalsBy(dimension, from, to, kinds))
                        .as("%s in [%s, %s) for %s %s", dimension, from, to, kinds, when)
                        .isEqualTo(ledger.totalsBy(dimension, from, to, kinds));
            }
            assertThat(aggregated.totalsBy(Dimension.FUND, null, to, kinds))
                    .as("funds before %s %s", to, when)
                    .isEqualTo(ledger.totalsBy(Dimension.FUND, null, to, kinds));

            List<LocalDate> boundaries = new ArrayList<>();
            boundaries.add(i % 4 == 0 ? null : from);
            LocalDate at = from;
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                at = at.plusDays(1 + random.nextInt(400));
                boundaries.add(at);
            }
            assertThat(donorTotals(aggregated, boundaries, kinds))
                    .as("donor totals for %s, %s %s", boundaries, kinds, when)
                    .isEqualTo(donorTotals(ledger, boundaries, kinds));
            Set<Integer> within = new java.util.TreeSet<>();
            for (int w = 0; w < 1 + random.nextInt(2); w++) {
                within.add(random.nextInt(boundaries.size() - 1));
            }
            boolean soft = random.nextBoolean();
            Map<String, String> narrowed = donorTotals(aggregated, boundaries, kinds, within, soft);
            assertThat(narrowed)
                    .as("donor totals for %s, %s within %s, soft %s %s", boundaries, kinds, within, soft, when)
                    .isEqualTo(donorTotals(ledger, boundaries, kinds, within, soft))
                    .isEqualTo(narrowed(donorTotals(ledger, boundaries, kinds), within, soft));
        }
        // a period since the beginning ending before, inside and after the window, and whole years
        for (LocalDate end :
                List.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 6, 17), LocalDate.of(year + 5, 1, 1))) {
            List<LocalDate> boundaries = Arrays.asList(null, end, end.plusYears(1));
            assertThat(donorTotals(aggregated, boundaries, GivingFacts.DEFAULT_KINDS))
                    .as("donor totals for %s %s", boundaries, when)
                    .isEqualTo(donorTotals(ledger, boundaries, GivingFacts.DEFAULT_KINDS));
        }
        List<LocalDate> years = List.of(
                LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1),
                LocalDate.of(year + 2, 1, 1),
                LocalDate.of(year + 3, 1, 1));
        assertThat(donorTotals(aggregated, years, everything)).isEqualTo(donorTotals(ledger, years, everything));
    }

    static Map<String, String> donorTotals(GivingFacts facts, List<LocalDate> boundaries, Set<GiftKind> kinds) {
        Map<String, String> answer = new HashMap<>();
        facts.donorTotals(boundaries, kinds, (id, period, hard, hardCount, soft, softCount) -> {
            String was = answer.put(id + "/" + period, hard + " x" + hardCount + ", soft " + soft + " x" + softCount);
            assertThat(was).as("%s/%s given once", id, period).isNull();
        });
        return answer;
    }

    static Map<String, String> donorTotals(
            GivingFacts facts, List<LocalDate> boundaries, Set<GiftKind> kinds, Set<Integer> within, boolean soft) {
        Map<String, String> answer = new HashMap<>();
        facts.donorTotals(boundaries, kinds, within, soft, (id, period, hard, hardCount, softAmount, softCount) -> {
            String was =
                    answer.put(id + "/" + period, hard + " x" + hardCount + ", soft " + softAmount + " x" + softCount);
            assertThat(was).as("%s/%s given once", id, period).isNull();
        });
        return answer;
    }

    /** What the narrowed donorTotals must answer, worked out from the full answer. */
    static Map<String, String> narrowed(Map<String, String> full, Set<Integer> within, boolean soft) {
        java.util.regex.Pattern line =
                java.util.regex.Pattern.compile("(-?[0-9.]+) x([0-9]+), soft (-?[0-9.]+) x([0-9]+)");
        Map<String, String> kept = new HashMap<>();
        full.forEach((key, value) -> {
            var m = line.matcher(value);
            assertThat(m.matches()).isTrue();
            if (soft) {
                kept.put(key, value);
            } else if (!"0".equals(m.group(2))) {
                kept.put(key, m.group(1) + " x" + m.group(2) + ", soft 0.00 x0");
            }
        });
        Set<String> present = new java.util.HashSet<>();
        kept.forEach((key, value) -> {
            int period = Integer.parseInt(key.substring(key.indexOf('/') + 1));
            var m = line.matcher(value);
            assertThat(m.matches()).isTrue();
            if (within.contains(period) && (!"0".equals(m.group(2)) || (soft && !"0".equals(m.group(4))))) {
                present.add(key.substring(0, key.indexOf('/')));
            }
        });
        kept.keySet().removeIf(key -> !present.contains(key.substring(0, key.indexOf('/'))));
        return kept;
    }

    // the changes

    void recordGift() {
        Map<String, Object> body = new HashMap<>();
        String donor = pick(active);
        body.put("constituentId", donor);
        BigDecimal amount = amount();
        body.put("amount", amount.toPlainString());
        body.put("receivedOn", day().toString());
        int currency = random.nextInt(20);
        if (currency < 12) {
            body.put("currency", "USD");
        } else {
            body.put("currency", currency < 17 ? "EUR" : "GBP");
            body.put(
                    "exchangeRate",
                    new BigDecimal(0.6 + random.nextDouble())
                            .setScale(2 + random.nextInt(5), RoundingMode.HALF_UP)
                            .toPlainString());
            body.put("exchangeRateDate", LocalDate.of(year, 1, 1).toString());
        }
        int kind = random.nextInt(20);
        if (kind < 12) {
            body.put("kind", "ONE_TIME");
        } else if (kind < 15) {
            body.put("kind", "RECURRING_PAYMENT");
        } else if (kind < 17) {
            body.put("kind", "IN_KIND");
            body.put("description", "Goods");
        } else {
            body.put("kind", "MATCHING_CLAIM");
        }
        int designation = random.nextInt(10);
        if (designation < 3) {
            body.put("appealId", pick(new ArrayList<>(appeals.keySet())));
        } else if (designation < 6) {
            body.put("campaignId", pick(campaigns));
        }
        int allocation = random.nextInt(10);
        if (allocation < 4) {
            body.put("fundId", pick(funds));
        } else if (allocation < 7) {
            body.put("allocations", split(amount));
        }
        if (random.nextInt(4) == 0) {
            List<Map<String, String>> credits = new ArrayList<>();
            List<String> others = new ArrayList<>(active);
            others.remove(donor);
            java.util.Collections.shuffle(others, random);
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                credits.add(Map.of(
                        "constituentId",
                        others.get(i),
                        "amount",
                        amount.multiply(BigDecimal.valueOf(random.nextInt(101)))
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                                .max(new BigDecimal("0.01"))
                                .toPlainString()));
            }
            body.put("softCredits", credits);
        }
        if (random.nextInt(7) == 0) {
            body.put("status", "PENDING");
        }
        gifts.add(created(admin.post("/api/gifts", body)));
        done.merge("record", 1, Integer::sum);
    }

    void refund() {
        String id = pick(gifts);
        Map<String, Object> gift = gift(id);
        if (!"COMPLETED".equals(gift.get("status"))) {
            return;
        }
        BigDecimal remaining = new BigDecimal((String) gift.get("amount"))
                .subtract(new BigDecimal((String) gift.get("refundedAmount")));
        Map<String, Object> body = new HashMap<>(Map.of("reason", "property test"));
        boolean full = random.nextInt(3) == 0 || remaining.compareTo(new BigDecimal("0.02")) < 0;
        if (!full) {
            body.put(
                    "amount",
                    remaining
                            .multiply(BigDecimal.valueOf(1 + random.nextInt(90)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                            .max(new BigDecimal("0.01"))
                            .toPlainString());
        }
        ok(admin.post("/api/gifts/" + id + "/refund", body));
        done.merge(full ? "refund full" : "refund part", 1, Integer::sum);
    }

    void adjust() {
        String id = pick(gifts);
        Map<String, Object> gift = gift(id);
        Object status = gift.get("status");
        if (!"COMPLETED".equals(status) && !"PENDING".equals(status)) {
            return;
        }
        BigDecimal amount = new BigDecimal((String) gift.get("amount"));
        BigDecimal refunded = new BigDecimal((String) gift.get("refundedAmount"));
        List<?> allocations = (List<?>) gift.get("allocations");
        Map<String, Object> body = new HashMap<>(Map.of("reason", "property test"));
        int what = random.nextInt(4);
        BigDecimal newAmount = amount;
        if (what == 0 || what == 3) {
            newAmount = refunded.add(amount()).setScale(2, RoundingMode.DOWN);
            body.put("amount", newAmount.toPlainString());
        }
        if (what == 1 || what == 3) {
            body.put("receivedOn", day().toString());
        }
        if (what == 2 || (what == 3 && random.nextBoolean())) {
            String donor = pick(active);
            if (!donor.equals(gift.get("constituentId"))) {
                body.put("constituentId", donor);
            }
        }
        if (allocations.size() > 1 && body.containsKey("amount") || random.nextInt(5) == 0) {
            body.put("allocations", split(newAmount));
        }
        if (body.size() == 1) {
            return;
        }
        var reply = admin.post("/api/gifts/" + id + "/adjustments", body);
        if (reply.status() == 422 && reply.body().contains("soft-credit")) {
            return; // the new donor holds a soft credit on this gift
        }
        ok(reply);
        done.merge("adjust", 1, Integer::sum);
    }

    void changeStatus() {
        String id = pick(gifts);
        Map<String, Object> gift = gift(id);
        if (!"PENDING".equals(gift.get("status"))) {
            return;
        }
        String to = List.of("COMPLETED", "COMPLETED", "FAILED", "CANCELLED").get(random.nextInt(4));
        ok(admin.put("/api/gifts/" + id, update(gift, to, gift.get("campaignId"), gift.get("appealId"))));
        done.merge("status", 1, Integer::sum);
    }

    void changeDesignation() {
        String id = pick(gifts);
        Map<String, Object> gift = gift(id);
        int designation = random.nextInt(3);
        Object campaign = null;
        Object appeal = null;
        if (designation == 0) {
            appeal = pick(new ArrayList<>(appeals.keySet()));
        } else if (designation == 1) {
            campaign = pick(campaigns);
        }
        ok(admin.put("/api/gifts/" + id, update(gift, gift.get("status"), campaign, appeal)));
        done.merge("designation", 1, Integer::sum);
    }

    void merge() {
        if (active.size() <= 6) {
            return;
        }
        String survivor = pick(active);
        String duplicate = pick(active);
        if (survivor.equals(duplicate)) {
            return;
        }
        var reply = ok(admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate)));
        active.remove(duplicate);
        merges.add(new String[] {reply.string("mergeId"), survivor, duplicate});
        done.merge("merge", 1, Integer::sum);
    }

    void undoMerge() {
        if (merges.isEmpty()) {
            return;
        }
        String[] merge = merges.remove(merges.size() - 1);
        if (!active.contains(merge[1])) {
            return; // the survivor was merged since: that merge is undone first
        }
        var reply = admin.post("/api/constituents/merges/" + merge[0] + "/undo", Map.of());
        if (reply.status() == 409) {
            return;
        }
        ok(reply);
        active.add(merge[2]);
        done.merge("undo", 1, Integer::sum);
    }

    // helpers

    Map<String, Object> update(Map<String, Object> gift, Object status, Object campaign, Object appeal) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("campaignId", campaign);
        body.put("appealId", appeal);
        body.put("anonymous", gift.get("anonymous"));
        body.put("version", gift.get("version"));
        return body;
    }

    /** A day in the three years, a third of them the first or last day of a month. */
    LocalDate day() {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(3 * 365));
        return switch (random.nextInt(6)) {
            case 0 -> day.withDayOfMonth(1);
            case 1 -> day.withDayOfMonth(day.lengthOfMonth());
            default -> day;
        };
    }

    BigDecimal amount() {
        return BigDecimal.valueOf(1 + random.nextInt(50_000), 2);
    }

    List<Map<String, String>> split(BigDecimal amount) {
        List<String> shuffled = new ArrayList<>(funds);
        java.util.Collections.shuffle(shuffled, random);
        int parts = amount.compareTo(new BigDecimal("0.03")) < 0 ? 1 : 2 + random.nextInt(2);
        long cents = amount.movePointRight(2).longValueExact();
        List<Map<String, String>> result = new ArrayList<>();
        long left = cents;
        for (int i = 0; i < parts; i++) {
            long part = i == parts - 1 ? left : 1 + (long) (random.nextDouble() * (left - (parts - i - 1) - 1));
            left -= part;
            result.add(Map.of(
                    "fundId",
                    shuffled.get(i),
                    "amount",
                    BigDecimal.valueOf(part, 2).toPlainString()));
        }
        return result;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    Map<String, Object> gift(String id) {
        return ok(admin.get("/api/gifts/" + id)).json();
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
