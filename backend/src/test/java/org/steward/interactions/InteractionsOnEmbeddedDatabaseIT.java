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

/**
 * The hand-written queries (work order, the team view's ranking, merge moves, household roles) also run on the
 * embedded default database, H2 in MySQL mode.
 */
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

    @Test
    void theTeamViewHouseholdTimelineAndMemberRolesWorkOnH2() {
        Api admin = TestUsers.admin(Api.of(server, json));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String colleague = TestUsers.uniqueName("colleague");
        TestUsers.create(Api.of(server, json), colleague, "DEVELOPMENT_OFFICER");
        for (int days : List.of(4, -2, 1)) {
            admin.post(
                    "/api/tasks",
                    Map.of(
                            "title",
                            "In " + days + " days",
                            "assignee",
                            colleague,
                            "dueDate",
                            today.plusDays(days).toString()));
        }

        var team = admin.get("/api/tasks/team?perAssignee=2");

        assertThat(team.status()).as("%s", team).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var group = ((List<Map<String, Object>>) team.json().get("assignees"))
                .stream()
                        .filter(g -> g.get("assignee").equals(colleague))
                        .findFirst()
                        .orElseThrow();
        assertThat(group).containsEntry("open", 3).containsEntry("overdue", 1);
        assertThat(group.get("tasks").toString())
                .contains("In -2 days", "In 1 days")
                .doesNotContain("In 4 days");
        assertThat(admin.get("/api/tasks?assignee=" + colleague).items())
                .extracting(t -> t.get("title"))
                .containsExactly("In -2 days", "In 1 days", "In 4 days");

        String household =
                admin.post("/api/constituents", Map.of("type", "HOUSEHOLD")).string("id");
        UUID jane = ConstituentRows.individual(dataSource, "Jane", "Hill");
        var joined = admin.post(
                "/api/constituents/" + household + "/members", Map.of("memberId", jane.toString(), "role", "HEAD"));
        assertThat(joined.json().get("members").toString()).contains("role=HEAD");
        admin.post(
                "/api/constituents/" + jane + "/interactions",
                Map.of("channel", "PHONE", "direction", "INBOUND", "subject", "Jane called"));
        var timeline = admin.get("/api/constituents/" + household + "/interactions");
        assertThat(timeline.items()).extracting(i -> i.get("subject")).containsExactly("Jane called");
        assertThat(timeline.items().get(0).get("member").toString()).contains("Jane Hill");
    }
}
