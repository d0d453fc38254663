package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.Race;
import org.steward.support.TestUsers;

@MicronautTest
class TaskControllerIT {

    static final String NOBODY = "00000000-0000-0000-0000-000000000000";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

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

    static Map<String, Object> task(String title, String assignee, LocalDate due, UUID constituentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("assignee", assignee);
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        if (constituentId != null) {
            body.put("constituentId", constituentId.toString());
        }
        return body;
    }

    Map<String, Object> created(Map<String, Object> body) {
        var reply = admin().post("/api/tasks", body);
        assertThat(reply.status()).as("create task: %s", reply).isEqualTo(201);
        return reply.json();
    }

    static Map<String, Object> change(Map<String, Object> task, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", task.get("title"));
        body.put("notes", task.get("notes"));
        body.put("assignee", task.get("assignee"));
        body.put("dueDate", task.get("dueDate"));
        body.put("status", status);
        body.put("version", task.get("version"));
        return body;
    }

    @Test
    void aTaskIsCreatedAboutAConstituentAndDoneRecordsWhen() {
        String officer = TestUsers.uniqueName("officer");
        TestUsers.create(api(), officer, "DEVELOPMENT_OFFICER");
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");

        var reply = admin().post("/api/tasks", task(" Thank Ada ", officer, TODAY.plusDays(3), ada));

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/tasks/" + reply.string("id"));
        var task = reply.json();
        assertThat(task)
                .containsEntry("title", "Thank Ada")
                .containsEntry("assignee", officer)
                .containsEntry("assigneeDisplayName", "Test " + officer)
                .containsEntry("status", "OPEN")
                .containsEntry("overdue", false)
                .containsEntry("version", 0)
                .doesNotContainKey("completedAt");
        assertThat(asMap(task.get("constituent")))
                .containsEntry("id", ada.toString())
                .containsEntry("displayName", "Ada Lovelace")
                .containsEntry("type", "INDIVIDUAL");

        var done = admin().put("/api/tasks/" + task.get("id"), change(task, "DONE"));
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(done.json()).containsEntry("status", "DONE").containsEntry("version", 1);
        assertThat(done.string("completedAt")).isNotNull();
        assertProblem(admin().put("/api/tasks/" + task.get("id"), change(task, "DONE")), 409, "common.stale-version");
        var reopened = admin().put("/api/tasks/" + task.get("id"), change(done.json(), "IN_PROGRESS"));
        assertThat(reopened.json()).containsEntry("status", "IN_PROGRESS").doesNotContainKey("completedAt");

        var audit = admin().get("/api/audit?entityType=task&entityId=" + task.get("id"))
                .items();
        assertThat(audit).extracting(e -> e.get("action")).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(audit.get(1).get("changes").toString()).contains("status", "OPEN", "DONE", "completedAt");
    }

    @Test
    void twoUpdatesOfOneVersionAtTheSameMomentGiveOneWinnerAndOneStaleRefusal() {
        String officer = TestUsers.uniqueName("officer");
        TestUsers.create(api(), officer, "DEVELOPMENT_OFFICER");
        Api admin = admin();
        var current = created(task("Race me", officer, TODAY.plusDays(1), null));
        String path = "/api/tasks/" + current.get("id");
        for (int round = 0; round < 15; round++) {
            var a = change(current, "IN_PROGRESS");
            a.put("title", "Alma's title " + round);
            a.put("dueDate", TODAY.plusDays(2 + round).toString());
            var b = change(current, "OPEN");
            b.put("title", "Bert's title " + round);
            b.put("notes", "Bert's note " + round);

            var replies = Race.together(() -> admin.put(path, a), () -> admin.put(path, b));

            int winner = Race.oneWinsOneIsStale(replies);
            var won = winner == 0 ? a : b;
            var stored = admin.get(path).json();
            assertThat(stored)
                    .as("round %d", round)
                    .isEqualTo(replies.get(winner).json());
            assertThat(stored)
                    .containsEntry("title", won.get("title"))
                    .containsEntry("status", won.get("status"))
                    .containsEntry("dueDate", won.get("dueDate"))
                    .containsEntry("version", round + 1);
            assertThat(stored.get("notes")).isEqualTo(won.get("notes"));
            current = stored;
        }
    }

    @Test
    void aTaskCanFollowUpAnInteractionOfItsConstituentOnly() {
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        UUID other = ConstituentRows.organization(dataSource, "Analytical Engines Ltd");
        var interaction = admin().post(
                        "/api/constituents/" + ada + "/interactions",
                        Map.of("channel", "PHONE", "direction", "INBOUND", "subject", "Asked for a visit"));
        assertThat(interaction.status()).as("%s", interaction).isEqualTo(201);
        String interactionId = interaction.string("id");

        var body = task("Arrange a visit", "admin", null, null);
        body.put("interactionId", interactionId);
        var followUp = created(body);
        assertThat(followUp).containsEntry("interactionId", interactionId).doesNotContainKey("dueDate");
        assertThat(asMap(followUp.get("constituent"))).containsEntry("id", ada.toString());

        body.put("constituentId", other.toString());
        assertProblem(admin().post("/api/tasks", body), 422, "tasks.constituent-mismatch");
        body.put("interactionId", NOBODY);
        assertProblem(admin().post("/api/tasks", body), 404, "interactions.not-found");
        var free = created(task("Order stationery", "admin", null, null));
        assertThat(free).doesNotContainKeys("constituent", "interactionId");
    }

    @Test
    void eachFailureHasItsCode() {
        assertProblem(
                admin().post("/api/tasks", task("Call", "nobody-" + UUID.randomUUID(), null, null)),
                422,
                "tasks.unknown-assignee");
        assertProblem(
                admin().post("/api/tasks", task("Call", "admin", null, UUID.fromString(NOBODY))),
                404,
                "constituents.not-found");
        assertViolations(admin().post("/api/tasks", Map.of("notes", "no title")), "title", "assignee");
        assertProblem(admin().get("/api/tasks/" + NOBODY), 404, "tasks.not-found");
        var someTask = created(task("Call", "admin", null, null));
        assertProblem(admin().put("/api/tasks/" + NOBODY, change(someTask, "DONE")), 404, "tasks.not-found");
        var reassigned = change(someTask, "OPEN");
        reassigned.put("assignee", "nobody-" + UUID.randomUUID());
        assertProblem(admin().put("/api/tasks/" + someTask.get("id"), reassigned), 422, "tasks.unknown-assignee");
        assertViolations(
                admin().put("/api/tasks/" + someTask.get("id"), Map.of("title", "x", "status", "FINISHED")),
                "assignee",
                "status",
                "version");
        assertViolations(admin().get("/api/tasks/mine?status=SOME"), "status");
        assertProblem(admin().get("/api/constituents/" + NOBODY + "/tasks"), 404, "constituents.not-found");
    }

    @Test
    void myTasksAreMineOnlyOverdueFirstThenByDueDate() {
        String me = TestUsers.uniqueName("coordinator");
        TestUsers.create(api(), me, "EVENT_COORDINATOR");
        String colleague = TestUsers.uniqueName("colleague");
        TestUsers.create(api(), colleague, "DEVELOPMENT_OFFICER");
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        UUID grace = ConstituentRows.individual(dataSource, "Grace", "Hopper");
        created(task("Undated", me, null, null));
        created(task("Next week", me, TODAY.plusDays(7), ada));
        created(task("Three days late", me, TODAY.minusDays(3), grace));
        created(task("Tomorrow", me, TODAY.plusDays(1), ada));
        created(task("Yesterday", me, TODAY.minusDays(1), null));
        created(task("Colleague's", colleague, TODAY.minusDays(5), ada));
        var finished = created(task("Done long ago", me, TODAY.minusDays(10), ada));
        assertThat(admin().put("/api/tasks/" + finished.get("id"), change(finished, "DONE"))
                        .status())
                .isEqualTo(200);
        Api mine = api().signedIn(me, TestUsers.PASSWORD);

        var open = mine.get("/api/tasks/mine");

        assertThat(open.status()).as("%s", open).isEqualTo(200);
        assertThat(open.items())
                .extracting(t -> t.get("title"))
                .containsExactly("Three days late", "Yesterday", "Tomorrow", "Next week", "Undated");
        assertThat(open.items()).extracting(t -> t.get("overdue")).containsExactly(true, true, false, false, false);
        assertThat(open.json()).containsEntry("total", 5);
        assertThat(asMap(open.items().get(0).get("constituent"))).containsEntry("displayName", "Grace Hopper");
        assertThat(open.items().get(1)).doesNotContainKey("constituent");
        assertThat(asMap(open.items().get(2).get("constituent"))).containsEntry("displayName", "Ada Lovelace");

        var all = mine.get("/api/tasks/mine?status=ALL");
        assertThat(all.items())
                .extracting(t -> t.get("title"))
                .containsExactly("Three days late", "Yesterday", "Done long ago", "Tomorrow", "Next week", "Undated");
        var paged = mine.get("/api/tasks/mine?page=1&size=2");
        assertThat(paged.items()).extracting(t -> t.get("title")).containsExactly("Tomorrow", "Next week");
        assertThat(paged.json()).containsEntry("total", 5).containsEntry("page", 1);
    }

    @Test
    void aConstituentsTasksAreListedUnfinishedByDefault() {
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        created(task("Later", "admin", TODAY.plusDays(9), ada));
        created(task("Soon", "admin", TODAY.plusDays(2), ada));
        var done = created(task("Finished", "admin", TODAY, ada));
        admin().put("/api/tasks/" + done.get("id"), change(done, "DONE"));

        assertThat(admin().get("/api/constituents/" + ada + "/tasks").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Soon", "Later");
        assertThat(admin().get("/api/constituents/" + ada + "/tasks?status=ALL").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Finished", "Soon", "Later");
    }

    @Test
    void anEventCoordinatorSeesAndUpdatesTheStatusOfTheirOwnTasksOnly() {
        String me = TestUsers.uniqueName("coordinator");
        TestUsers.create(api(), me, "EVENT_COORDINATOR");
        Api coordinator = api().signedIn(me, TestUsers.PASSWORD);
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        var own = created(task("Book the venue", me, TODAY.plusDays(4), ada));
        var others = created(task("Thank the sponsor", "admin", TODAY.plusDays(4), ada));

        assertThat(coordinator.get("/api/tasks/" + own.get("id")).status()).isEqualTo(200);
        var started = coordinator.put("/api/tasks/" + own.get("id"), change(own, "IN_PROGRESS"));
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        assertThat(started.json()).containsEntry("status", "IN_PROGRESS");
        var retitled = change(started.json(), "DONE");
        retitled.put("title", "Book a bigger venue");
        assertProblem(coordinator.put("/api/tasks/" + own.get("id"), retitled), 403, "tasks.status-only");
        var handedOver = change(started.json(), "OPEN");
        handedOver.put("assignee", "admin");
        assertProblem(coordinator.put("/api/tasks/" + own.get("id"), handedOver), 403, "tasks.status-only");

        assertProblem(coordinator.get("/api/tasks/" + others.get("id")), 403, "tasks.not-yours");
        assertProblem(
                coordinator.put("/api/tasks/" + others.get("id"), change(others, "DONE")), 403, "tasks.not-yours");
        assertProblem(coordinator.get("/api/constituents/" + ada + "/tasks"), 403, "auth.forbidden");
        assertProblem(coordinator.get("/api/tasks"), 403, "auth.forbidden");
        assertProblem(coordinator.get("/api/tasks?assignee=" + me), 403, "auth.forbidden");
        assertProblem(coordinator.get("/api/tasks/team"), 403, "auth.forbidden");
        assertThat(admin().get("/api/tasks/" + others.get("id")).json()).containsEntry("status", "OPEN");
    }

    @Test
    void anEventCoordinatorCreatesTasksOnTheirOwnAsWithFollowUps() {
        String me = TestUsers.uniqueName("coordinator");
        TestUsers.create(api(), me, "EVENT_COORDINATOR");
        Api coordinator = api().signedIn(me, TestUsers.PASSWORD);
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");

        var own = coordinator.post("/api/tasks", task("Print the badges", me, TODAY.plusDays(2), null));
        var forAda = coordinator.post("/api/tasks", task("Seat Ada near the stage", me, null, ada));
        var forAColleague = coordinator.post("/api/tasks", task("Thank Ada's company", "admin", null, ada));

        assertThat(own.status()).as("%s", own).isEqualTo(201);
        assertThat(own.json()).containsEntry("assignee", me).containsEntry("createdBy", me);
        assertThat(forAda.status()).as("%s", forAda).isEqualTo(201);
        assertThat(asMap(forAda.json().get("constituent"))).containsEntry("id", ada.toString());
        assertThat(forAColleague.status())
                .as("a colleague, as with a follow-up")
                .isEqualTo(201);
        assertThat(coordinator.get("/api/tasks/mine").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Print the badges", "Seat Ada near the stage");
        assertProblem(coordinator.get("/api/tasks/" + forAColleague.string("id")), 403, "tasks.not-yours");
    }

    @Test
    void aManagerReassignsAndRedatesATaskAndTheAuditSaysSo() {
        String alma = TestUsers.uniqueName("alma");
        TestUsers.create(api(), alma, "DEVELOPMENT_OFFICER");
        String bert = TestUsers.uniqueName("bert");
        TestUsers.create(api(), bert, "EVENT_COORDINATOR");
        Api officer = api().signedIn(alma, TestUsers.PASSWORD);
        var task = officer.post("/api/tasks", task("Call the caterer", alma, TODAY.minusDays(2), null))
                .json();
        assertThat(task).containsEntry("overdue", true);

        var handedOver = change(task, "OPEN");
        handedOver.put("assignee", " " + bert.toUpperCase() + " ");
        handedOver.put("dueDate", TODAY.plusDays(5).toString());
        handedOver.put("notes", "Menu for 80");
        var reply = officer.put("/api/tasks/" + task.get("id"), handedOver);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json())
                .containsEntry("assignee", bert)
                .containsEntry("assigneeDisplayName", "Test " + bert)
                .containsEntry("dueDate", TODAY.plusDays(5).toString())
                .containsEntry("overdue", false)
                .containsEntry("notes", "Menu for 80")
                .containsEntry("version", 1);
        Api coordinator = api().signedIn(bert, TestUsers.PASSWORD);
        assertThat(coordinator.get("/api/tasks/mine").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Call the caterer");
        assertThat(officer.get("/api/tasks/mine").items()).isEmpty();
        var undated = change(reply.json(), "OPEN");
        undated.remove("dueDate");
        assertThat(officer.put("/api/tasks/" + task.get("id"), undated).json()).doesNotContainKey("dueDate");
        var changes = admin().get("/api/audit?entityType=task&entityId=" + task.get("id"))
                .items()
                .get(1)
                .get("changes")
                .toString();
        assertThat(changes)
                .contains("assignee", alma, bert, "dueDate", TODAY.minusDays(2).toString(), "notes");
    }

    @Test
    void theTeamViewGroupsUnfinishedTasksByAssigneeMostOverdueFirst() {
        String busy = TestUsers.uniqueName("busy");
        TestUsers.create(api(), busy, "DEVELOPMENT_OFFICER");
        String late = TestUsers.uniqueName("late");
        TestUsers.create(api(), late, "EVENT_COORDINATOR");
        String idle = TestUsers.uniqueName("idle");
        TestUsers.create(api(), idle, "DEVELOPMENT_OFFICER");
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        created(task("Busy: next month", busy, TODAY.plusDays(30), null));
        created(task("Busy: undated", busy, null, ada));
        created(task("Busy: yesterday", busy, TODAY.minusDays(1), ada));
        created(task("Busy: tomorrow", busy, TODAY.plusDays(1), null));
        created(task("Late: last week", late, TODAY.minusDays(7), null));
        created(task("Late: two days ago", late, TODAY.minusDays(2), null));
        var finished = created(task("Idle: finished", idle, TODAY.minusDays(9), null));
        assertThat(admin().put("/api/tasks/" + finished.get("id"), change(finished, "DONE"))
                        .status())
                .isEqualTo(200);
        Api officer = TestUsers.withRoles(api(), "DEVELOPMENT_OFFICER");

        var team = officer.get("/api/tasks/team?perAssignee=3");

        assertThat(team.status()).as("%s", team).isEqualTo(200);
        List<Map<String, Object>> groups = groups(team);
        var mine = groups.stream()
                .filter(g -> List.of(busy, late, idle).contains(g.get("assignee")))
                .toList();
        assertThat(mine)
                .as("the one with more overdue tasks first; nobody without unfinished tasks")
                .extracting(g -> g.get("assignee"))
                .containsExactly(late, busy);
        assertThat(mine.get(0))
                .containsEntry("assigneeDisplayName", "Test " + late)
                .containsEntry("open", 2)
                .containsEntry("overdue", 2);
        assertThat(titles(mine.get(0))).containsExactly("Late: last week", "Late: two days ago");
        assertThat(mine.get(1)).containsEntry("open", 4).containsEntry("overdue", 1);
        assertThat(titles(mine.get(1)))
                .as("overdue first, then by due date, at most perAssignee")
                .containsExactly("Busy: yesterday", "Busy: tomorrow", "Busy: next month");
        assertThat(asMap(firstTask(mine.get(1)).get("constituent"))).containsEntry("displayName", "Ada Lovelace");
        assertThat(groups)
                .extracting(g -> ((Number) g.get("overdue")).longValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(((Number) team.json().get("open")).longValue())
                .isEqualTo(groups.stream()
                        .mapToLong(g -> ((Number) g.get("open")).longValue())
                        .sum());

        var all = officer.get("/api/tasks?assignee=" + busy);
        assertThat(all.items())
                .extracting(t -> t.get("title"))
                .containsExactly("Busy: yesterday", "Busy: tomorrow", "Busy: next month", "Busy: undated");
        assertThat(all.json()).containsEntry("total", 4);
        assertThat(officer.get("/api/tasks?assignee=" + idle + "&status=ALL").items())
                .extracting(t -> t.get("title"))
                .containsExactly("Idle: finished");
        var everyone = officer.get("/api/tasks?size=200");
        assertThat(everyone.items())
                .as("everyone's, overdue first")
                .extracting(t -> (Boolean) t.get("overdue"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(everyone.items()).noneMatch(t -> t.get("title").equals("Idle: finished"));
        assertViolations(officer.get("/api/tasks/team?perAssignee=0"), "perAssignee");
        assertViolations(officer.get("/api/tasks/team?perAssignee=51"), "perAssignee");
        assertViolations(officer.get("/api/tasks?status=SOME"), "status");
    }

    @Test
    void aDisabledColleaguesTasksStayInTheTeamViewToBeHandedOver() {
        String leaver = TestUsers.uniqueName("leaver");
        String leaverId = TestUsers.create(api(), leaver, "DEVELOPMENT_OFFICER");
        var task = created(task("Finish the grant report", leaver, TODAY.minusDays(1), null));
        assertThat(admin().post("/api/users/" + leaverId + "/disable", Map.of()).status())
                .isEqualTo(200);

        var group = groups(admin().get("/api/tasks/team")).stream()
                .filter(g -> g.get("assignee").equals(leaver))
                .findFirst()
                .orElseThrow();

        assertThat(group).containsEntry("assigneeDisplayName", leaver).containsEntry("overdue", 1);
        var handedOver = change(task, "OPEN");
        handedOver.put("assignee", "admin");
        assertThat(admin().put("/api/tasks/" + task.get("id"), handedOver).json())
                .containsEntry("assignee", "admin");
        assertThat(groups(admin().get("/api/tasks/team")))
                .noneMatch(g -> g.get("assignee").equals(leaver));
        var back = change(admin().get("/api/tasks/" + task.get("id")).json(), "OPEN");
        back.put("assignee", leaver);
        assertProblem(admin().put("/api/tasks/" + task.get("id"), back), 422, "tasks.unknown-assignee");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> groups(Api.Reply team) {
        return (List<Map<String, Object>>) team.json().get("assignees");
    }

    @SuppressWarnings("unchecked")
    static List<Object> titles(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("tasks"))
                .stream().map(t -> t.get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstTask(Map<String, Object> group) {
        return ((List<Map<String, Object>>) group.get("tasks")).get(0);
    }

    @Test
    void aBoardMemberIsRefusedEverythingAndStrangersMustSignIn() {
        Api board = TestUsers.withRoles(api(), "BOARD_MEMBER");
        UUID ada = ConstituentRows.individual(dataSource, "Ada", "Lovelace");
        var task = created(task("Call", "admin", null, ada));
        String path = "/api/tasks/" + task.get("id");

        assertProblem(board.get("/api/tasks/mine"), 403, "auth.forbidden");
        assertProblem(board.post("/api/tasks", task("Call", "admin", null, null)), 403, "auth.forbidden");
        assertProblem(board.get(path), 403, "auth.forbidden");
        assertProblem(board.put(path, change(task, "DONE")), 403, "auth.forbidden");
        assertProblem(board.get("/api/constituents/" + ada + "/tasks"), 403, "auth.forbidden");
        assertProblem(board.get("/api/tasks"), 403, "auth.forbidden");
        assertProblem(board.get("/api/tasks/team"), 403, "auth.forbidden");

        assertProblem(api().get("/api/tasks/mine"), 401, "auth.unauthenticated");
        assertProblem(api().post("/api/tasks", task("Call", "admin", null, null)), 401, "auth.unauthenticated");
        assertProblem(api().get(path), 401, "auth.unauthenticated");
        assertProblem(api().put(path, change(task, "DONE")), 401, "auth.unauthenticated");
        assertProblem(api().get("/api/constituents/" + ada + "/tasks"), 401, "auth.unauthenticated");
        assertProblem(api().get("/api/tasks"), 401, "auth.unauthenticated");
        assertProblem(api().get("/api/tasks/team"), 401, "auth.unauthenticated");
        assertThat(admin().get(path).json()).containsEntry("status", "OPEN");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
