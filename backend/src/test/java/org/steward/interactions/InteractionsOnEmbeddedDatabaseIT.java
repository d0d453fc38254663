package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.MergeParticipant;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** The hand-written queries (work order, merge moves) also run on the embedded default database, H2 in MySQL mode. */
@MicronautTest(transactional = false)
@Property(
        name = "datasources.default.url",
        value =
                "jdbc:h2:mem:interactions;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Property(name = "datasources.default.username", value = "sa")
@Property(name = "datasources.default.password", value = "")
class InteractionsOnEmbeddedDatabaseIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    List<MergeParticipant> participants;

    @Test
    void theTimelineTasksAndMergesWorkOnH2() {
        Api admin = TestUsers.admin(Api.of(server, json));
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        UUID twin = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var logged = admin.post(
                "/api/constituents/" + twin + "/interactions",
                Map.of(
                        "channel",
                        "PHONE",
                        "direction",
                        "INBOUND",
                        "subject",
                        "Called",
                        "followUp",
                        Map.of(
                                "title",
                                "Call back",
                                "assignee",
                                "admin",
                                "dueDate",
                                today.minusDays(1).toString())));
        assertThat(logged.status()).as("%s", logged).isEqualTo(201);
        var later = admin.post(
                "/api/tasks",
                Map.of(
                        "title",
                        "Later",
                        "assignee",
                        "admin",
                        "dueDate",
                        today.plusDays(3).toString()));
        assertThat(later.status()).as("%s", later).isEqualTo(201);

        assertThat(admin.get("/api/tasks/mine").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Call back", "Later");
        assertThat(admin.get("/api/constituents/" + twin + "/interactions?channel=PHONE")
                        .items())
                .hasSize(1);

        MergeParticipant interactions = participants.stream()
                .filter(p -> p.name().equals("interactions"))
                .findFirst()
                .orElseThrow();
        List<String> moved = interactions.move(new ConstituentId(twin), new ConstituentId(ada));
        assertThat(moved).containsExactly(logged.string("id"));
        assertThat(admin.get("/api/constituents/" + ada + "/interactions").items())
                .hasSize(1);
        interactions.undo(new ConstituentId(twin), new ConstituentId(ada), moved);
        assertThat(admin.get("/api/constituents/" + ada + "/interactions").items())
                .isEmpty();
        assertThat(admin.get("/api/constituents/" + twin + "/tasks").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Call back");
    }
}
