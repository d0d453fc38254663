package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.steward.donations.internal.GivingMath;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * 16 clients record gifts, refund and adjust them for the same few donors at once; no request fails, and the stored
 * rollups equal both a recomputation from the ledger and the test's own sums. Merges and their undo move exactly
 * the gifts and soft credits, and the rollups follow.
 */
@MicronautTest(transactional = false)
class GiftRollupsIT {

    static final int CLIENTS = 16;
    static final int OPERATIONS = 6;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    RollupRecomputer recomputer;

    @Inject
    TransactionOperations<Connection> transactions;

    /** What the test expects a gift to count for: donor and net amount (zero once fully refunded). */
    record Expected(UUID donor, BigDecimal net, BigDecimal amount) {}

    @Test
    void sixteenClientsAtOnceLeaveExactRollups() throws Exception {
        Api admin = TestUsers.admin(Api.of(server, json));
        List<UUID> donors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            donors.add(ConstituentRows.individual(
                    dataSource,
                    "Rolly",
                    "Donor" + i + UUID.randomUUID().toString().substring(0, 4)));
        }
        Map<String, Expected> expected = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            long seed = 1000L + client;
            done.add(pool.submit(() -> {
                Random random = new Random(seed);
                List<String> mine = new ArrayList<>();
                for (int op = 0; op < OPERATIONS; op++) {
                    int choice = random.nextInt(10);
                    if (mine.isEmpty() || choice < 6) {
                        UUID donor = donors.get(random.nextInt(donors.size()));
                        UUID credited = donors.get(random.nextInt(donors.size()));
                        String amount = (1 + random.nextInt(500)) + "." + (10 + random.nextInt(90));
                        Map<String, Object> body = new HashMap<>();
                        body.put("constituentId", donor.toString());
                        body.put("amount", amount);
                        body.put("currency", "USD");
                        body.put(
                                "receivedOn",
                                LocalDate.now().minusDays(random.nextInt(1500)).toString());
                        if (!credited.equals(donor)) {
                            body.put(
                                    "softCredits",
                                    List.of(Map.of("constituentId", credited.toString(), "amount", "1.00")));
                        }
                        var reply = admin.withHeader(
                                        "Idempotency-Key", UUID.randomUUID().toString())
                                .post("/api/gifts", body);
                        if (reply.status() != 201) {
                            failures.add("record: " + reply);
                            continue;
                        }
                        BigDecimal value = new BigDecimal(amount);
                        expected.put(reply.string("id"), new Expected(donor, value, value));
                        mine.add(reply.string("id"));
                    } else if (choice < 8) {
                        String id = mine.get(random.nextInt(mine.size()));
                        Expected was = expected.get(id);
                        if (was.net().signum() == 0) {
                            continue;
                        }
                        boolean full = random.nextBoolean();
                        Map<String, Object> body = new HashMap<>(Map.of("reason", "test refund"));
                        BigDecimal refund = full ? was.net() : new BigDecimal("0.50");
                        if (!full) {
                            body.put("amount", "0.50");
                        }
                        if (!full && was.net().compareTo(refund) <= 0) {
                            continue;
                        }
                        var reply = admin.post("/api/gifts/" + id + "/refund", body);
                        if (reply.status() != 200) {
                            failures.add("refund: " + reply);
                            continue;
                        }
                        expected.put(id, new Expected(was.donor(), was.net().subtract(refund), was.amount()));
                    } else {
                        String id = mine.get(random.nextInt(mine.size()));
                        Expected was = expected.get(id);
                        if (was.net().signum() == 0 || was.net().compareTo(was.amount()) != 0) {
                            continue; // adjust only gifts without refunds, to keep the model simple
                        }
                        UUID donor = donors.get(random.nextInt(donors.size()));
                        BigDecimal amount = was.amount().add(new BigDecimal("2.00"));
                        var reply = admin.post(
                                "/api/gifts/" + id + "/adjustments",
                                Map.of(
                                        "amount",
                                        amount.toPlainString(),
                                        "constituentId",
                                        donor.toString(),
                                        "reason",
                                        "fix"));
                        if (reply.status() == 422) {
                            continue; // the new donor holds a soft credit on this gift
                        }
                        if (reply.status() != 200) {
                            failures.add("adjust: " + reply);
                            continue;
                        }
                        expected.put(id, new Expected(donor, amount, amount));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(failures).as("requests that failed").isEmpty();

        for (UUID donor : donors) {
            BigDecimal total = expected.values().stream()
                    .filter(e -> e.donor().equals(donor))
                    .map(Expected::net)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2);
            GivingMath.Rollup stored = transactions.executeRead(s -> recomputer.stored(donor));
            GivingMath.Rollup computed = transactions.executeRead(s -> recomputer.compute(donor));
            assertThat(stored)
                    .as("stored rollup of %s equals the recomputation", donor)
                    .isEqualTo(computed);
            assertThat(stored.lifetimeTotal()).as("lifetime total of %s", donor).isEqualTo(total);
            var giving = admin.get("/api/constituents/" + donor + "/giving");
            assertThat(giving.json()).containsEntry("lifetimeTotal", total.toPlainString());
        }
    }

    @Test
    void aMergeMovesGiftsAndSoftCreditsAndTheUndoMovesExactlyThoseBack() {
        Api admin = TestUsers.admin(Api.of(server, json));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String survivor = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Sam", "lastName", "Merge" + unique))
                .string("id");
        String duplicate = admin.post(
                        "/api/constituents",
                        Map.of("type", "INDIVIDUAL", "firstName", "Samuel", "lastName", "Merge" + unique))
                .string("id");
        UUID third = ConstituentRows.individual(dataSource, "Third", "Party" + unique);
        String survivorGift = record(admin, survivor, "10.00", null);
        String duplicateGift = record(admin, duplicate, "25.00", third.toString());
        String creditedGift = record(admin, third.toString(), "40.00", duplicate);

        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(admin.get("/api/gifts/" + duplicateGift).json()).containsEntry("constituentId", survivor);
        assertThat(admin.get("/api/constituents/" + survivor + "/giving").json())
                .containsEntry("lifetimeTotal", "35.00")
                .containsEntry("giftCount", 2)
                .containsEntry("softCreditTotal", "1.00");
        assertThat(admin.get("/api/gifts/" + survivorGift).status()).isEqualTo(200);

        var merges = admin.get("/api/constituents/" + survivor + "/merges");
        String mergeId = (String) ((Map<?, ?>) merges.jsonList().get(0)).get("id");
        var undone = admin.post("/api/constituents/merges/" + mergeId + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(admin.get("/api/gifts/" + duplicateGift).json()).containsEntry("constituentId", duplicate);
        assertThat(admin.get("/api/gifts/" + survivorGift).json()).containsEntry("constituentId", survivor);
        assertThat(admin.get("/api/gifts/" + creditedGift)
                        .json()
                        .get("softCredits")
                        .toString())
                .contains(duplicate);
        assertThat(admin.get("/api/constituents/" + survivor + "/giving").json())
                .containsEntry("lifetimeTotal", "10.00")
                .containsEntry("softCreditTotal", "0.00");
        assertThat(admin.get("/api/constituents/" + duplicate + "/giving").json())
                .containsEntry("lifetimeTotal", "25.00")
                .containsEntry("softCreditTotal", "1.00");
        for (String id : List.of(survivor, duplicate, third.toString())) {
            UUID c = UUID.fromString(id);
            GivingMath.Rollup stored = transactions.executeRead(s -> recomputer.stored(c));
            GivingMath.Rollup computed = transactions.executeRead(s -> recomputer.compute(c));
            assertThat(stored).as("rollup of %s", id).isEqualTo(computed);
        }
    }

    private static String record(Api admin, String donor, String amount, String softCreditTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor);
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", LocalDate.now().toString());
        if (softCreditTo != null) {
            body.put("softCredits", List.of(Map.of("constituentId", softCreditTo, "amount", "1.00")));
        }
        var reply = admin.post("/api/gifts", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }
}
