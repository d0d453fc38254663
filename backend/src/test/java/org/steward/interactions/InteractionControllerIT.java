package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

@MicronautTest
class InteractionControllerIT {

    static final String NOBODY = "00000000-0000-0000-0000-000000000000";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api api() {
        return Api.of(server, json);
    }

    Api admin() {
        return TestUsers.admin(api());
    }

    UUID constituent() {
        return ConstituentRows.individual(dataSource, "Ada", "Lovelace");
    }

    static Map<String, Object> interaction(String channel, String subject, Instant occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", channel);
        body.put("direction", "OUTBOUND");
        body.put("subject", subject);
        if (occurredAt != null) {
            body.put("occurredAt", occurredAt.toString());
        }
        return body;
    }

    static Instant daysAgo(int days) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(days, ChronoUnit.DAYS);
    }

    Api.Reply log(Api as, UUID constituentId, Map<String, Object> body) {
        return as.post("/api/constituents/" + constituentId + "/interactions", body);
    }

    String logged(Api as, UUID constituentId, Map<String, Object> body) {
        var reply = log(as, constituentId, body);
        assertThat(reply.status()).as("log interaction: %s", reply).isEqualTo(201);
        return reply.string("id");
    }

    @Test
    void theTimelineListsInteractionsNewestFirstInPages() {
        String username = TestUsers.uniqueName("officer");
        TestUsers.create(api(), username, "DEVELOPMENT_OFFICER");
        Api officer = api().signedIn(username, TestUsers.PASSWORD);
        UUID ada = constituent();

        var created = log(officer, ada, interaction("PHONE", "Oldest", daysAgo(3)));
        logged(officer, ada, interaction("EMAIL", "Newest", daysAgo(1)));
        logged(officer, ada, interaction("MEETING", "Middle", daysAgo(2)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/interactions/" + created.string("id"));
        assertThat(created.json())
                .containsEntry("constituentId", ada.toString())
                .containsEntry("channel", "PHONE")
                .containsEntry("direction", "OUTBOUND")
                .containsEntry("staffUsername", username)
                .containsEntry("staffDisplayName", "Test " + username)
                .containsEntry("createdBy", username)
                .containsEntry("version", 0);
        var first = officer.get("/api/constituents/" + ada + "/interactions?page=0&size=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.items()).extracting(i -> i.get("subject")).containsExactly("Newest", "Middle");
        assertThat(first.json())
                .containsEntry("page", 0)
                .containsEntry("size", 2)
                .containsEntry("total", 3);
        assertThat(first.items().get(0)).containsEntry("staffDisplayName", "Test " + username);
        var second = officer.get("/api/constituents/" + ada + "/interactions?page=1&size=2");
        assertThat(second.items()).extracting(i -> i.get("subject")).containsExactly("Oldest");
    }

    @Test
    void theTimelineFiltersByChannel() {
        UUID ada = constituent();
        logged(admin(), ada, interaction("PHONE", "Call", daysAgo(2)));
        logged(admin(), ada, interaction("EMAIL", "Mail one", daysAgo(1)));
        logged(admin(), ada, interaction("EMAIL", "Mail two", null));

        var emails = admin().get("/api/constituents/" + ada + "/interactions?channel=EMAIL");

        assertThat(emails.items()).extracting(i -> i.get("subject")).containsExactly("Mail two", "Mail one");
        assertThat(emails.json()).containsEntry("total", 2);
        assertThat(admin().get("/api/constituents/" + ada + "/interactions?channel=")
                        .items())
                .hasSize(3);
        assertViolations(admin().get("/api/constituents/" + ada + "/interactions?channel=FAX"), "channel");
    }

    @Test
    void aFollowUpTaskIsCreatedWithTheInteraction() {
        String assignee = TestUsers.uniqueName("assignee");
        TestUsers.create(api(), assignee, "EVENT_COORDINATOR");
        UUID ada = constituent();
        var body = interaction("MEETING", "Lunch with Ada", daysAgo(0));
        body.put("followUp", Map.of("title", "Send the annual report", "assignee", assignee, "dueDate", "2030-01-15"));

        var reply = log(admin(), ada, body);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        @SuppressWarnings("unchecked")
        var task = (Map<String, Object>) reply.json().get("followUpTask");
        assertThat(task)
                .containsEntry("interactionId", reply.string("id"))
                .containsEntry("title", "Send the annual report")
                .containsEntry("assignee", assignee)
                .containsEntry("dueDate", "2030-01-15")
                .containsEntry("status", "OPEN");
        assertThat(asMap(task.get("constituent"))).containsEntry("id", ada.toString());
        var tasks = admin().get("/api/constituents/" + ada + "/tasks");
        assertThat(tasks.items()).extracting(t -> t.get("id")).containsExactly(task.get("id"));
        assertThat(admin().get("/api/tasks/" + task.get("id")).json())
                .containsEntry("interactionId", reply.string("id"));

        // afterwards, the interaction shows its follow-ups wherever it is read, with their current status
        Map<String, Object> done =
                new HashMap<>(admin().get("/api/tasks/" + task.get("id")).json());
        done.put("status", "DONE");
        assertThat(admin().put("/api/tasks/" + task.get("id"), done).status()).isEqualTo(200);
        var timelineEntry = admin().get("/api/constituents/" + ada + "/interactions")
                .items()
                .get(0);
        var single = admin().get("/api/interactions/" + reply.string("id")).json();
        @SuppressWarnings("unchecked")
        var inSummary = ((List<Map<String, Object>>) asMap(admin().get("/api/constituents/" + ada + "/summary")
                                .json()
                                .get("interactions"))
                        .get("recent"))
                .get(0);
        for (Map<String, Object> read : List.of(timelineEntry, single, inSummary)) {
            assertThat(read).doesNotContainKey("followUpTask");
            assertThat((List<Object>) read.get("followUpTasks")).singleElement().satisfies(t -> assertThat(asMap(t))
                    .containsEntry("id", task.get("id"))
                    .containsEntry("title", "Send the annual report")
                    .containsEntry("status", "DONE")
                    .doesNotContainKey("constituent"));
        }
        var another = log(admin(), ada, interaction("PHONE", "No follow-up", daysAgo(0)));
        assertThat((List<Object>) admin().get("/api/interactions/" + another.string("id"))
                        .json()
                        .get("followUpTasks"))
                .isEmpty();
    }

    @Test
    void aFollowUpForAnUnknownAssigneeSavesNeitherTheInteractionNorTheTask() {
        UUID ada = constituent();
        var body = interaction("PHONE", "Call", null);
        body.put(
                "followUp",
                Map.of("title", "Call back", "assignee", "nobody-" + UUID.randomUUID(), "dueDate", "2030-01-15"));

        assertProblem(log(admin(), ada, body), 422, "tasks.unknown-assignee");

        assertThat(admin().get("/api/constituents/" + ada + "/interactions").json())
                .containsEntry("total", 0);
        assertThat(admin().get("/api/constituents/" + ada + "/tasks?status=ALL").json())
                .containsEntry("total", 0);
    }

    @Test
    void missingAndInvalidFieldsAreAllListed() {
        UUID ada = constituent();

        assertViolations(log(admin(), ada, Map.of("direction", "INBOUND")), "channel", "subject");
        assertViolations(
                log(admin(), ada, Map.of("channel", "FAX", "direction", "SIDEWAYS", "subject", "x".repeat(301))),
                "channel",
                "direction",
                "subject");
        var withBadFollowUp = interaction("PHONE", "Call", null);
        withBadFollowUp.put("followUp", Map.of("title", ""));
        assertViolations(log(admin(), ada, withBadFollowUp), "followUp.title", "followUp.assignee", "followUp.dueDate");
        assertThat(admin().get("/api/constituents/" + ada + "/interactions").json())
                .containsEntry("total", 0);
    }

    @Test
    void eachFailureHasItsCode() {
        UUID ada = constituent();

        assertProblem(
                log(
                        admin(),
                        ada,
                        interaction("PHONE", "Next week", Instant.now().plus(2, ChronoUnit.DAYS))),
                422,
                "interactions.future-date");
        var byGhost = interaction("PHONE", "Call", null);
        byGhost.put("staffUsername", "ghost-" + UUID.randomUUID().toString().substring(0, 8));
        assertProblem(log(admin(), ada, byGhost), 422, "interactions.unknown-staff");
        assertProblem(
                log(admin(), UUID.fromString(NOBODY), interaction("PHONE", "Call", null)),
                404,
                "constituents.not-found");
        assertProblem(admin().get("/api/constituents/" + NOBODY + "/interactions"), 404, "constituents.not-found");
        assertProblem(admin().get("/api/interactions/" + NOBODY), 404, "interactions.not-found");
        assertProblem(admin().delete("/api/interactions/" + NOBODY), 404, "interactions.not-found");
        assertProblem(admin().get("/api/interactions/not-a-uuid"), 400, "validation.failed");
        assertThat(admin().get("/api/constituents/" + ada + "/interactions").json())
                .containsEntry("total", 0);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndIsAudited() {
        String staffer = TestUsers.uniqueName("staffer");
        TestUsers.create(api(), staffer, "DEVELOPMENT_OFFICER");
        UUID ada = constituent();
        String id = logged(admin(), ada, interaction("PHONE", "Call", daysAgo(1)));
        Map<String, Object> change = new HashMap<>(Map.of(
                "channel", "MEETING",
                "direction", "INBOUND",
                "subject", "Visit",
                "notes", "Came by the office",
                "occurredAt", daysAgo(2).toString(),
                "staffUsername", staffer,
                "version", 0));

        var updated = admin().put("/api/interactions/" + id, change);

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.json())
                .containsEntry("channel", "MEETING")
                .containsEntry("subject", "Visit")
                .containsEntry("staffUsername", staffer)
                .containsEntry("staffDisplayName", "Test " + staffer)
                .containsEntry("version", 1);
        assertProblem(admin().put("/api/interactions/" + id, change), 409, "common.stale-version");
        change.put("version", 1);
        change.put("occurredAt", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        assertProblem(admin().put("/api/interactions/" + id, change), 422, "interactions.future-date");
        change.put("occurredAt", daysAgo(2).toString());
        change.put("staffUsername", "ghost-" + UUID.randomUUID().toString().substring(0, 8));
        assertProblem(admin().put("/api/interactions/" + id, change), 422, "interactions.unknown-staff");
        assertViolations(
                admin().put("/api/interactions/" + id, Map.of("subject", "x")),
                "channel",
                "direction",
                "occurredAt",
                "staffUsername",
                "version");

        var audit =
                admin().get("/api/audit?entityType=interaction&entityId=" + id).items();
        assertThat(audit).extracting(e -> e.get("action")).containsExactly("UPDATED", "CREATED");
        assertThat(audit.get(0).get("actor")).isEqualTo("admin");
        assertThat(audit.get(0).get("changes").toString())
                .contains("channel", "PHONE", "MEETING", "subject", "Visit", "staffUsername", staffer);
        assertThat(audit.get(1).get("changes").toString()).contains("constituentId", ada.toString());
    }

    @Test
    void aDeletedInteractionLeavesTheTimelineButNotTheAuditTrail() {
        UUID ada = constituent();
        String kept = logged(admin(), ada, interaction("PHONE", "Kept", daysAgo(2)));
        String deleted = logged(admin(), ada, interaction("PHONE", "Deleted", daysAgo(1)));

        var reply = admin().delete("/api/interactions/" + deleted);

        assertThat(reply.status()).isEqualTo(204);
        var timeline = admin().get("/api/constituents/" + ada + "/interactions");
        assertThat(timeline.items()).extracting(i -> i.get("id")).containsExactly(kept);
        assertThat(timeline.json()).containsEntry("total", 1);
        assertProblem(admin().get("/api/interactions/" + deleted), 404, "interactions.not-found");
        assertProblem(admin().delete("/api/interactions/" + deleted), 404, "interactions.not-found");
        assertThat(admin().get("/api/audit?entityType=interaction&entityId=" + deleted)
                        .items())
                .extracting(e -> e.get("action"))
                .containsExactly("DELETED", "CREATED");
    }

    @Test
    void anEventCoordinatorLogsInteractionsButChangesOnlyTheirOwn() {
        String coordinatorName = TestUsers.uniqueName("coordinator");
        TestUsers.create(api(), coordinatorName, "EVENT_COORDINATOR");
        Api coordinator = api().signedIn(coordinatorName, TestUsers.PASSWORD);
        UUID ada = constituent();
        String others = logged(admin(), ada, interaction("PHONE", "Admin's call", daysAgo(2)));
        String own = logged(coordinator, ada, interaction("EVENT", "Met at the gala", daysAgo(1)));
        Map<String, Object> change = Map.of(
                "channel",
                "EVENT",
                "direction",
                "INBOUND",
                "subject",
                "Changed",
                "occurredAt",
                daysAgo(1).toString(),
                "staffUsername",
                coordinatorName,
                "version",
                0);

        assertThat(coordinator.get("/api/constituents/" + ada + "/interactions").items())
                .hasSize(2);
        assertThat(coordinator.get("/api/interactions/" + others).status()).isEqualTo(200);
        assertProblem(coordinator.put("/api/interactions/" + others, change), 403, "interactions.not-yours");
        assertProblem(coordinator.delete("/api/interactions/" + others), 403, "interactions.not-yours");
        assertThat(admin().get("/api/interactions/" + others).json()).containsEntry("subject", "Admin's call");

        assertThat(coordinator.put("/api/interactions/" + own, change).json()).containsEntry("subject", "Changed");
        assertThat(coordinator.delete("/api/interactions/" + own).status()).isEqualTo(204);
    }

    @Test
    void aBoardMemberIsRefusedEverythingAndStrangersMustSignIn() {
        Api board = TestUsers.withRoles(api(), "BOARD_MEMBER");
        UUID ada = constituent();
        String id = logged(admin(), ada, interaction("PHONE", "Call", null));
        Map<String, Object> change = Map.of(
                "channel", "PHONE",
                "direction", "INBOUND",
                "subject", "Changed",
                "occurredAt", daysAgo(1).toString(),
                "staffUsername", "admin",
                "version", 0);

        assertProblem(log(board, ada, interaction("PHONE", "Call", null)), 403, "auth.forbidden");
        assertProblem(board.get("/api/constituents/" + ada + "/interactions"), 403, "auth.forbidden");
        assertProblem(board.get("/api/interactions/" + id), 403, "auth.forbidden");
        assertProblem(board.put("/api/interactions/" + id, change), 403, "auth.forbidden");
        assertProblem(board.delete("/api/interactions/" + id), 403, "auth.forbidden");

        assertProblem(log(api(), ada, interaction("PHONE", "Call", null)), 401, "auth.unauthenticated");
        assertProblem(api().get("/api/constituents/" + ada + "/interactions"), 401, "auth.unauthenticated");
        assertProblem(api().get("/api/interactions/" + id), 401, "auth.unauthenticated");
        assertProblem(api().put("/api/interactions/" + id, change), 401, "auth.unauthenticated");
        assertProblem(api().delete("/api/interactions/" + id), 401, "auth.unauthenticated");
        assertThat(admin().get("/api/interactions/" + id).json()).containsEntry("subject", "Call");
    }

    @Test
    void theInteractionsAndTasksAreDescribedInTheApiDocument() {
        var document = admin().getAny("/api/openapi.yml").body();
        assertThat(document)
                .contains(
                        "/api/constituents/{id}/interactions:",
                        "/api/interactions/{id}:",
                        "/api/tasks/mine:",
                        "/api/constituents/{id}/tasks:",
                        "- Interactions",
                        "- Tasks");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
