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
import org.steward.donations.internal.GivingMath;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * Many clients pay the same pledge at the same moment, some refunding as they go: none gets a 500, the payments
 * refused are exactly those that would have paid more than the balance, and the pledge, its installments and the
 * donor's rollup add up to what was accepted.
 */
@MicronautTest(transactional = false)
class PledgeConcurrencyIT {

    static final int CLIENTS = 12;
    static final int PAYMENTS_EACH = 3;

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

    @Test
    void clientsPayingOnePledgeAtOnceNeverOverpayIt() throws Exception {
        Api admin = TestUsers.admin(Api.of(server, json));
        UUID donor = ConstituentRows.individual(
                dataSource, "Rush", "Payer" + UUID.randomUUID().toString().substring(0, 6));
        // 36 payments of 7.00 offered, 1 of them refunded 2.00 each round: 250.00 cannot take them all
        var pledge = admin.post(
                "/api/pledges",
                Map.of(
                        "constituentId", donor.toString(),
                        "amount", "250.00",
                        "currency", "USD",
                        "pledgedOn", LocalDate.now().toString(),
                        "schedule",
                                Map.of(
                                        "count",
                                        7,
                                        "frequency",
                                        "MONTHLY",
                                        "firstDueOn",
                                        LocalDate.now().toString())));
        assertThat(pledge.status()).as(pledge.toString()).isEqualTo(201);
        String id = pledge.string("id");

        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                List<String> outcomes = new ArrayList<>();
                for (int i = 0; i < PAYMENTS_EACH; i++) {
                    var reply = admin.post(
                            "/api/pledges/" + id + "/payments",
                            Map.of(
                                    "amount",
                                    "7.00",
                                    "receivedOn",
                                    LocalDate.now().toString()));
                    if (reply.status() == 201) {
                        outcomes.add("paid");
                        if (client % 4 == 0) {
                            var refund = admin.post(
                                    "/api/gifts/" + reply.string("id") + "/refund",
                                    Map.of("amount", "2.00", "reason", "partly returned"));
                            outcomes.add(refund.status() == 200 ? "refunded" : "refund " + refund);
                        }
                    } else if (reply.status() == 422
                            && "donations.pledge-overpayment"
                                    .equals(reply.json().get("code"))) {
                        outcomes.add("refused");
                    } else if (reply.status() == 422
                            && "donations.pledge-not-open".equals(reply.json().get("code"))) {
                        outcomes.add("closed");
                    } else {
                        outcomes.add("unexpected " + reply);
                    }
                }
                return outcomes;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : results) {
            all.addAll(f.get(180, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(all)
                .as("every answer is a payment, a refund or a documented refusal")
                .allMatch(o -> o.equals("paid") || o.equals("refunded") || o.equals("refused") || o.equals("closed"));

        long paid = all.stream().filter("paid"::equals).count();
        long refunded = all.stream().filter("refunded"::equals).count();
        BigDecimal net = new BigDecimal("7.00")
                .multiply(BigDecimal.valueOf(paid))
                .subtract(new BigDecimal("2.00").multiply(BigDecimal.valueOf(refunded)));
        assertThat(net).isLessThanOrEqualTo(new BigDecimal("250.00"));
        assertThat(paid)
                .as("payments refused only once less than 7.00 was left")
                .satisfies(p -> {
                    if (p < (long) CLIENTS * PAYMENTS_EACH) {
                        assertThat(new BigDecimal("250.00").subtract(net)).isLessThan(new BigDecimal("7.00"));
                    }
                });

        Map<String, Object> after = admin.get("/api/pledges/" + id).json();
        assertThat(after).containsEntry("paidAmount", net.setScale(2).toPlainString());
        assertThat(after)
                .containsEntry(
                        "balance",
                        new BigDecimal("250.00").subtract(net).setScale(2).toPlainString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> installments = (List<Map<String, Object>>) after.get("installments");
        BigDecimal sumPaid = installments.stream()
                .map(i -> new BigDecimal((String) i.get("paidAmount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sumPaid).isEqualByComparingTo(net);
        installments.forEach(i -> assertThat(new BigDecimal((String) i.get("paidAmount")))
                .isLessThanOrEqualTo(new BigDecimal((String) i.get("amount"))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> payments = (List<Map<String, Object>>) after.get("payments");
        assertThat(payments).hasSize((int) paid);
        assertThat(admin.get("/api/constituents/" + donor + "/giving").json())
                .containsEntry("lifetimeTotal", net.setScale(2).toPlainString());
        GivingMath.Rollup stored = transactions.executeRead(s -> recomputer.stored(donor));
        GivingMath.Rollup computed = transactions.executeRead(s -> recomputer.compute(donor));
        assertThat(stored).isEqualTo(computed);
    }
}
