package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.constituents.ConstituentId;
import org.steward.constituents.ConstituentSummarySection;
import org.steward.constituents.MergeParticipant;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** What the constituents module calls: the summary sections and the merge participants. */
@MicronautTest(transactional = false)
class InteractionConstituentHooksIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    List<MergeParticipant> participants;

    @Inject
    List<ConstituentSummarySection> sections;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    String log(UUID constituentId, String subject, int daysAgo) {
        var reply = admin().post(
                        "/api/constituents/" + constituentId + "/interactions",
                        Map.of(
                                "channel",
                                "PHONE",
                                "direction",
                                "OUTBOUND",
                                "subject",
                                subject,
                                "occurredAt",
                                Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString()));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    String task(UUID constituentId, String title, LocalDate due) {
        var reply = admin().post(
                        "/api/tasks",
                        Map.of(
                                "constituentId",
                                constituentId.toString(),
                                "title",
                                title,
                                "assignee",
                                "admin",
                                "dueDate",
                                due.toString()));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    List<Object> timelineIds(UUID constituentId) {
        return admin().get("/api/constituents/" + constituentId + "/interactions?size=200").items().stream()
                .map(i -> i.get("id"))
                .toList();
    }

    List<Object> taskIds(UUID constituentId) {
        return admin().get("/api/constituents/" + constituentId + "/tasks?status=ALL").items().stream()
                .map(t -> t.get("id"))
                .toList();
    }

    MergeParticipant participant(String name) {
        return participants.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    ConstituentSummarySection section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aMergeMovesTheDuplicatesInteractionsAndTasksAndItsUndoMovesExactlyThoseBack() {
        var survivor = new ConstituentId(ConstituentRows.individual(dataSource, "Ada", "Lovelace"));
        var duplicate = new ConstituentId(ConstituentRows.individual(dataSource, "Ada", "Lovelace"));
        String survivorsOwn = log(survivor.value(), "Survivor's call", 3);
        String visible = log(duplicate.value(), "Duplicate's call", 2);
        String deleted = log(duplicate.value(), "Deleted call", 1);
        assertThat(admin().delete("/api/interactions/" + deleted).status()).isEqualTo(204);
        String survivorsTask = task(survivor.value(), "Survivor's task", LocalDate.now(ZoneOffset.UTC));
        String duplicatesTask = task(duplicate.value(), "Duplicate's task", LocalDate.now(ZoneOffset.UTC));
        MergeParticipant interactions = participant("interactions");
        MergeParticipant tasks = participant("tasks");

        assertThat(interactions.countFor(duplicate, survivor)).isEqualTo(2);
        assertThat(tasks.countFor(duplicate, survivor)).isEqualTo(1);

        List<String> movedInteractions = interactions.move(duplicate, survivor);
        List<String> movedTasks = tasks.move(duplicate, survivor);

        assertThat(movedInteractions).containsExactlyInAnyOrder(visible, deleted);
        assertThat(movedTasks).containsExactly(duplicatesTask);
        assertThat(timelineIds(survivor.value())).containsExactly(visible, survivorsOwn);
        assertThat(timelineIds(duplicate.value())).isEmpty();
        assertThat(taskIds(survivor.value())).containsExactlyInAnyOrder(survivorsTask, duplicatesTask);
        assertThat(taskIds(duplicate.value())).isEmpty();
        assertThat(interactions.countFor(duplicate, survivor)).isZero();
        var moveAudit = admin().get("/api/audit?entityType=interaction&entityId=" + visible)
                .items()
                .get(0);
        assertThat(moveAudit).containsEntry("action", "UPDATED");
        assertThat((String) moveAudit.get("reason")).startsWith("Merged constituent " + duplicate);
        assertThat(admin().get("/api/interactions/" + visible).json()).containsEntry("version", 1);

        String loggedAfterTheMerge = log(survivor.value(), "After the merge", 0);
        interactions.undo(duplicate, survivor, movedInteractions);
        tasks.undo(duplicate, survivor, movedTasks);

        assertThat(timelineIds(duplicate.value())).containsExactly(visible);
        assertThat(timelineIds(survivor.value())).containsExactly(loggedAfterTheMerge, survivorsOwn);
        assertThat(taskIds(duplicate.value())).containsExactly(duplicatesTask);
        assertThat(taskIds(survivor.value())).containsExactly(survivorsTask);
        assertThat(interactions.countFor(duplicate, survivor)).isEqualTo(2);
        assertThat(admin().get("/api/audit?entityType=task&entityId=" + duplicatesTask)
                        .items()
                        .get(0)
                        .get("reason"))
                .asString()
                .startsWith("Undid the merge");
    }

    @Test
    void theSummaryShowsTheFiveNewestInteractionsAndTheUnfinishedTasks() {
        var ada = new ConstituentId(ConstituentRows.individual(dataSource, "Ada", "Lovelace"));
        for (int day = 7; day >= 1; day--) {
            log(ada.value(), "Call " + day, day);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        task(ada.value(), "Later", today.plusDays(5));
        task(ada.value(), "Late", today.minusDays(2));
        String finished = task(ada.value(), "Finished", today);
        var done = admin().get("/api/tasks/" + finished).json();
        assertThat(admin().put(
                                "/api/tasks/" + finished,
                                Map.of(
                                        "title",
                                        "Finished",
                                        "assignee",
                                        "admin",
                                        "status",
                                        "DONE",
                                        "version",
                                        done.get("version")))
                        .status())
                .isEqualTo(200);

        var interactions = (InteractionsSummary) section("interactions").sectionFor(ada);
        var openTasks = (OpenTasksSummary) section("openTasks").sectionFor(ada);

        assertThat(interactions.total()).isEqualTo(7);
        assertThat(interactions.recent())
                .extracting(InteractionView::subject)
                .containsExactly("Call 1", "Call 2", "Call 3", "Call 4", "Call 5");
        assertThat(interactions.recent().get(0).staffDisplayName()).isNotBlank();
        assertThat(openTasks.total()).isEqualTo(2);
        assertThat(openTasks.items()).extracting(TaskView::title).containsExactly("Late", "Later");
        assertThat(openTasks.items().get(0).overdue()).isTrue();

        var summary = admin().get("/api/constituents/" + ada + "/summary");
        assertThat(summary.status()).as("%s", summary).isEqualTo(200);
        var interactionsJson = asMap(summary.json().get("interactions"));
        assertThat(interactionsJson).containsEntry("total", 7);
        assertThat((List<?>) interactionsJson.get("recent")).hasSize(5);
        assertThat(asMap(((List<?>) interactionsJson.get("recent")).get(0)))
                .containsEntry("subject", "Call 1")
                .containsEntry("constituentId", ada.toString());
        var openTasksJson = asMap(summary.json().get("openTasks"));
        assertThat(openTasksJson).containsEntry("total", 2);
        assertThat((List<?>) openTasksJson.get("items")).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
