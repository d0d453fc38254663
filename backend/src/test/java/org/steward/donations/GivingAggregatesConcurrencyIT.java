package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.donations.GivingFacts.Dimension;
import org.steward.donations.GivingFacts.DimensionTotal;
import org.steward.donations.internal.AggregatesCheck;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * 16 clients record, refund and adjust gifts for one campaign, appeal and month at once on the real database, so
 * that every transaction adds to the same summary rows (and several to the same donors): no request fails, and
 * afterwards the aggregates equal the ledger and the test's own sums.
 */
@MicronautTest(transactional = false)
class GivingAggregatesConcurrencyIT {

    static final int CLIENTS = 16;
    static final int OPERATIONS = 8;

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

    @Inject
    AggregatesCheck check;

    /** What the test expects a gift to count for: net amount (zero once fully refunded). */
    record Expected(BigDecimal net, BigDecimal amount) {}

    @Test
    void manyClientsAddingToOneCampaignMonthLeaveExactAggregates() throws Exception {
        Api admin = TestUsers.admin(Api.of(server, json));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Random window = new Random();
        LocalDate month;
        do {
            month = LocalDate.of(1000 + window.nextInt(800), 1 + window.nextInt(12), 1);
        } while (!ledger.totalsBy(Dimension.MONTH, month, month.plusMonths(1), EnumSet.allOf(GiftKind.class))
                .isEmpty());
        LocalDate first = month;
        List<UUID> donors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            donors.add(ConstituentRows.individual(dataSource, "Conc" + i, "Aggregates" + tag));
        }
        String fundA = admin.post("/api/funds", Map.of("code", "CA" + tag, "name", "Conc A " + tag))
                .string("id");
        String fundB = admin.post("/api/funds", Map.of("code", "CB" + tag, "name", "Conc B " + tag))
                .string("id");
        String campaign =
                admin.post("/api/campaigns", Map.of("name", "Conc " + tag)).string("id");
        String appeal = admin.post("/api/appeals", Map.of("campaignId", campaign, "name", "Conc appeal " + tag))
                .string("id");

        Map<String, Expected> expected = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long seed = 7000L + client;
            running.add(pool.submit(() -> {
                Random random = new Random(seed);
                List<String> mine = new ArrayList<>();
                for (int op = 0; op < OPERATIONS; op++) {
                    int choice = random.nextInt(10);
                    if (mine.isEmpty() || choice < 6) {
                        String amount = (1 + random.nextInt(300)) + "." + (10 + random.nextInt(90));
                        UUID donor = donors.get(random.nextInt(donors.size()));
                        Map<String, Object> body = new HashMap<>();
                        body.put("constituentId", donor.toString());
                        body.put("amount", amount);
                        body.put("currency", "USD");
                        body.put(
                                "receivedOn", first.plusDays(random.nextInt(28)).toString());
                        body.put("appealId", appeal);
                        if (random.nextBoolean()) {
                            body.put("fundId", fundA);
                        } else {
                            BigDecimal total = new BigDecimal(amount);
                            BigDecimal part = total.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
                            body.put(
                                    "allocations",
                                    List.of(
                                            Map.of("fundId", fundA, "amount", part.toPlainString()),
                                            Map.of(
                                                    "fundId",
                                                    fundB,
                                                    "amount",
                                                    total.subtract(part).toPlainString())));
                        }
                        UUID credited = donors.get(random.nextInt(donors.size()));
                        if (!credited.equals(donor)) {
                            body.put(
                                    "softCredits",
                                    List.of(Map.of("constituentId", credited.toString(), "amount", "1.00")));
                        }
                        var reply = admin.post("/api/gifts", body);
                        if (reply.status() != 201) {
                            failures.add("record: " + reply);
                            continue;
                        }
                        BigDecimal value = new BigDecimal(amount);
                        expected.put(reply.string("id"), new Expected(value, value));
                        mine.add(reply.string("id"));
                    } else if (choice < 8) {
                        String id = mine.get(random.nextInt(mine.size()));
                        Expected was = expected.get(id);
                        if (was.net().compareTo(new BigDecimal("1.00")) <= 0) {
                            continue;
                        }
                        boolean full = random.nextBoolean();
                        Map<String, Object> body = new HashMap<>(Map.of("reason", "concurrent refund"));
                        if (!full) {
                            body.put("amount", "0.50");
                        }
                        var reply = admin.post("/api/gifts/" + id + "/refund", body);
                        if (reply.status() != 200) {
                            failures.add("refund: " + reply);
                            continue;
                        }
                        expected.put(
                                id,
                                new Expected(
                                        full ? BigDecimal.ZERO : was.net().subtract(new BigDecimal("0.50")),
                                        was.amount()));
                    } else {
                        String id = mine.get(random.nextInt(mine.size()));
                        Expected was = expected.get(id);
                        if (was.net().compareTo(was.amount()) != 0) {
                            continue; // adjust only gifts without refunds, to keep the model simple
                        }
                        BigDecimal amount = was.amount().add(new BigDecimal("3.00"));
                        BigDecimal part = amount.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
                        var reply = admin.post(
                                "/api/gifts/" + id + "/adjustments",
                                Map.of(
                                        "amount",
                                        amount.toPlainString(),
                                        "allocations",
                                        List.of(
                                                Map.of("fundId", fundB, "amount", part.toPlainString()),
                                                Map.of(
                                                        "fundId",
                                                        fundA,
                                                        "amount",
                                                        amount.subtract(part).toPlainString())),
                                        "reason",
                                        "concurrent fix"));
                        if (reply.status() != 200) {
                            failures.add("adjust: " + reply);
                            continue;
                        }
                        expected.put(id, new Expected(amount, amount));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(failures).as("requests that failed").isEmpty();

        AggregatesCheck.Result result = check.run();
        assertThat(result.examples()).as("aggregates unlike the ledger").isEmpty();
        assertThat(result.ok()).isTrue();

        BigDecimal total = expected.values().stream()
                .map(Expected::net)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        long counted =
                expected.values().stream().filter(e -> e.net().signum() > 0).count();
        LocalDate next = first.plusMonths(1);
        assertThat(aggregated.totalsBy(Dimension.CAMPAIGN, first, next, GivingFacts.DEFAULT_KINDS))
                .containsExactly(new DimensionTotal(campaign, total, counted));
        assertThat(aggregated.totalsBy(Dimension.APPEAL, first, next, GivingFacts.DEFAULT_KINDS))
                .containsExactly(new DimensionTotal(appeal, total, counted));
        assertThat(aggregated.totalsBy(Dimension.MONTH, first, next, GivingFacts.DEFAULT_KINDS))
                .containsExactly(new DimensionTotal(first.toString().substring(0, 7), total, counted));
        for (Dimension dimension : Dimension.values()) {
            assertThat(aggregated.totalsBy(dimension, first, next, GivingFacts.DEFAULT_KINDS))
                    .isEqualTo(ledger.totalsBy(dimension, first, next, GivingFacts.DEFAULT_KINDS));
        }
    }
}
