package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/**
 * Campaign progress and the giving summary on the embedded default database (H2 in MySQL mode): the same SQL
 * (YEAR/MONTH grouping, DECIMAL sums checked on read, REPEATABLE READ reads) as on MariaDB.
 */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:aggregates;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class GivingAggregatesOnEmbeddedDatabaseIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void progressAndSummaryWorkOnH2() {
        Api admin = TestUsers.admin(Api.of(server, json));
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        UUID donor = ConstituentRows.individual(dataSource, "Hana", "Embedded");
        String fundA =
                admin.post("/api/funds", Map.of("code", "HA", "name", "A")).string("id");
        String fundB =
                admin.post("/api/funds", Map.of("code", "HB", "name", "B")).string("id");
        String parent = admin.post("/api/campaigns", Map.of("name", "P", "goal", "300", "currency", "USD"))
                .string("id");
        String child = admin.post("/api/campaigns", Map.of("name", "C", "parentId", parent))
                .string("id");
        Map<String, Object> gift = new HashMap<>(Map.of(
                "constituentId",
                donor.toString(),
                "amount",
                "100.00",
                "currency",
                "USD",
                "receivedOn",
                "2020-02-03",
                "campaignId",
                child,
                "allocations",
                List.of(Map.of("fundId", fundA, "amount", "50"), Map.of("fundId", fundB, "amount", "50"))));
        String id = admin.post("/api/gifts", gift).string("id");
        assertThat(admin.post("/api/gifts/" + id + "/refund", Map.of("amount", "0.01", "reason", "fee"))
                        .status())
                .isEqualTo(200);

        var progress = board.get("/api/campaigns/" + parent + "/progress");
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var campaign = (Map<String, Object>) progress.json().get("campaign");
        assertThat(campaign)
                .containsEntry("raised", "99.99")
                .containsEntry("percentOfGoal", "33.3300")
                .containsEntry("donorCount", 1);
        assertThat(progress.json().get("byFund").toString()).contains("raised=50.00", "raised=49.99");

        var summary = board.get("/api/giving/summary?from=2020-01-01&to=2020-03-31");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.json()).containsEntry("raised", "99.99").containsEntry("averageGift", "99.99");
        assertThat(summary.json().get("byMonth").toString()).contains("month=2020-02, raised=99.99");
        assertThat(board.get("/api/campaigns/progress").status()).isEqualTo(200);
    }
}
