package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.donations.GivingFacts.Dimension;
import org.steward.donations.GivingFacts.DimensionTotal;
import org.steward.donations.internal.AggregateStore;
import org.steward.donations.internal.AggregatesCheck;
import org.steward.donations.internal.RollupRecomputer;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * The giving aggregates on the embedded default database (H2 in MySQL mode): the migration, the start-up fill, the
 * refresh of a gift's transaction (upserts into the summary), the reads (whole years, months and edge days) and the
 * repair all run there as on MariaDB.
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:givingfacts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class GivingFactsOnEmbeddedDatabaseIT {

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

    @Inject
    AggregateStore store;

    @Inject
    RollupRecomputer recomputer;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aggregatesAreKeptAndReadOnH2() {
        assertThat((boolean) transactions.executeRead(s -> store.built()))
                .as("filled at start-up")
                .isTrue();
        Api admin = TestUsers.admin(Api.of(server, json));
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Embedded");
        UUID bo = ConstituentRows.individual(dataSource, "Bo", "Embedded");
        String fundA =
                admin.post("/api/funds", Map.of("code", "EA", "name", "A")).string("id");
        String fundB =
                admin.post("/api/funds", Map.of("code", "EB", "name", "B")).string("id");
        String campaign =
                admin.post("/api/campaigns", Map.of("name", "Embedded")).string("id");
        Map<String, Object> split = gift(ada, "90.00", "2021-03-31");
        split.put("campaignId", campaign);
        split.put(
                "allocations",
                List.of(Map.of("fundId", fundA, "amount", "30"), Map.of("fundId", fundB, "amount", "60")));
        var recorded = admin.post("/api/gifts", split);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String splitId = recorded.string("id");
        assertThat(admin.post("/api/gifts/" + splitId + "/refund", Map.of("amount", "0.01", "reason", "fee"))
                        .status())
                .isEqualTo(200);
        Map<String, Object> euro = gift(bo, "10.00", "2022-01-01");
        euro.put("currency", "EUR");
        euro.put("exchangeRate", "1.10");
        euro.put("exchangeRateDate", "2022-01-01");
        euro.put("softCredits", List.of(Map.of("constituentId", ada.toString(), "amount", "0.35")));
        assertThat(admin.post("/api/gifts", euro).status()).isEqualTo(201);
        assertThat(admin.post("/api/gifts", gift(bo, "7.00", "2022-02-14")).status())
                .isEqualTo(201);

        AggregatesCheck.Result result = check.run();
        assertThat(result.examples()).isEmpty();
        assertThat(result.rows()).isGreaterThan(0);

        // 89.99 apportioned 30:60 = 30.00 + 59.99 (the cent left over goes to the larger remainder)
        assertThat(aggregated.totalsBy(Dimension.FUND, LocalDate.of(2021, 3, 31), LocalDate.of(2021, 4, 1), kinds()))
                .containsExactlyInAnyOrder(
                        new DimensionTotal(fundA, new BigDecimal("30.00"), 1),
                        new DimensionTotal(fundB, new BigDecimal("59.99"), 1));
        for (Dimension dimension : Dimension.values()) {
            for (LocalDate[] range : List.of(
                    new LocalDate[] {LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1)},
                    new LocalDate[] {LocalDate.of(2021, 3, 15), LocalDate.of(2022, 2, 14)},
                    new LocalDate[] {null, LocalDate.of(2022, 2, 15)})) {
                assertThat(aggregated.totalsBy(dimension, range[0], range[1], kinds()))
                        .isEqualTo(ledger.totalsBy(dimension, range[0], range[1], kinds()));
            }
        }
        for (List<LocalDate> boundaries : List.of(
                Arrays.asList(null, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)),
                List.of(LocalDate.of(2020, 7, 15), LocalDate.of(2021, 7, 15), LocalDate.of(2022, 2, 14)),
                List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1)))) {
            assertThat(totals(aggregated, boundaries)).isEqualTo(totals(ledger, boundaries));
        }
        assertThat(totals(aggregated, Arrays.asList(null, LocalDate.of(2023, 1, 1))))
                .containsEntry(ada + "/0", "89.99 x1, soft 0.38 x1")
                .containsEntry(bo + "/0", "18.00 x2, soft 0.00 x0");

        // the repair finds nothing to do, and fixes a summary row that was damaged
        assertThat((int) transactions.executeWrite(s -> recomputer.repairSummary()))
                .isZero();
        transactions.executeWrite(s -> {
            try (var st = s.getConnection().createStatement()) {
                st.executeUpdate("UPDATE giving_summary_months SET raised = raised + 1 WHERE dimension = 'FUND'");
            }
            return null;
        });
        assertThat(check.run().ok()).isFalse();
        assertThat((int) transactions.executeWrite(s -> recomputer.repairSummary()))
                .isPositive();
        assertThat(check.run().examples()).isEmpty();
    }

    static java.util.Set<GiftKind> kinds() {
        return GivingFacts.DEFAULT_KINDS;
    }

    static Map<String, String> totals(GivingFacts facts, List<LocalDate> boundaries) {
        Map<String, String> answer = new HashMap<>();
        facts.donorTotals(
                boundaries,
                kinds(),
                (id, period, hard, hardCount, soft, softCount) ->
                        answer.put(id + "/" + period, hard + " x" + hardCount + ", soft " + soft + " x" + softCount));
        return answer;
    }

    static Map<String, Object> gift(UUID donor, String amount, String on) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", on);
        return body;
    }
}
