package org.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** The newcomer's path: the embedded default database (H2 in MySQL mode) migrates and serves the API. */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:smoke;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class EmbeddedDatabaseSmokeIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void runsOnTheEmbeddedDatabase() throws SQLException {
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                .getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:smoke");
            assertThat(connection.getTransactionIsolation())
                    .as("READ COMMITTED on the embedded database too (docs/adr/0007)")
                    .isEqualTo(java.sql.Connection.TRANSACTION_READ_COMMITTED);
        }
        Api api = Api.of(server, json);
        assertThat(api.get("/health").json()).containsEntry("status", "UP");

        String username = TestUsers.uniqueName("h2");
        TestUsers.create(api, username, "DEVELOPMENT_OFFICER");
        Api user = api.signedIn(username, TestUsers.PASSWORD);

        assertThat(user.get("/api/me").json()).containsEntry("username", username);
        assertThat(TestUsers.admin(api).get("/api/audit?entityType=user").items())
                .isNotEmpty();
        assertThat(TestUsers.admin(api)
                        .put(
                                "/api/users/" + user.get("/api/me").string("id") + "/roles",
                                Map.of("roles", List.of("BOARD_MEMBER")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theClusteredSchedulerStoresItsTasksOnTheEmbeddedDatabase() throws Exception {
        // Quartz's flags are VARCHAR(1): written as booleans, H2 refused them and no task was ever stored
        List<String> jobs = List.of();
        long deadline = System.nanoTime() + 20_000_000_000L; // the scheduler starts beside the application
        while (System.nanoTime() < deadline) {
            jobs = storedJobs();
            if (jobs.containsAll(List.of("donations.recurring-gifts", "platform.mail-delivery"))) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(jobs).contains("donations.recurring-gifts", "platform.mail-delivery");
    }

    private List<String> storedJobs() throws SQLException {
        List<String> names = new java.util.ArrayList<>();
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource)
                        .getConnection();
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT JOB_NAME FROM QRTZ_JOB_DETAILS WHERE IS_DURABLE IN ('0', '1')")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
