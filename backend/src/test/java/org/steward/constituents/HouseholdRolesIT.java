package org.steward.constituents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.constituents.ConstituentFixtures.aHousehold;
import static org.steward.constituents.ConstituentFixtures.anIndividual;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

/** Household members' roles: set on joining or later, shown head first, one head per household even under races. */
@MicronautTest(transactional = false)
class HouseholdRolesIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api officer;
    String unique;

    @BeforeEach
    void signIn() {
        officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        unique = UUID.randomUUID().toString().substring(0, 6);
    }

    String person(String first) {
        var reply = officer.post(
                "/api/constituents", anIndividual(first, "Roe" + unique).build());
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    String household() {
        var reply = officer.post("/api/constituents", aHousehold().build());
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.string("id");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> members(Api.Reply view) {
        return (List<Map<String, Object>>) view.json().get("members");
    }

    @SuppressWarnings("unchecked")
    static String nameOf(Map<String, Object> member) {
        return (String) ((Map<String, Object>) member.get("member")).get("displayName");
    }

    @Test
    void membersJoinWithARoleAreListedHeadFirstAndChangeRoles() {
        String household = household();
        String kid = person("Kim");
        String jane = person("Jane");
        String john = person("John");
        String lodger = person("Lou");

        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", kid, "role", "CHILD"));
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", lodger));
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", john, "role", "SPOUSE_PARTNER"));
        var view =
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", jane, "role", "HEAD"));

        assertThat(view.status()).as("%s", view).isEqualTo(200);
        assertThat(members(view))
                .extracting(HouseholdRolesIT::nameOf)
                .containsExactly("Jane Roe" + unique, "John Roe" + unique, "Kim Roe" + unique, "Lou Roe" + unique);
        assertThat(members(view))
                .extracting(m -> m.get("role"))
                .containsExactly("HEAD", "SPOUSE_PARTNER", "CHILD", null);
        assertThat(members(view).get(3)).as("no role: the field is left out").doesNotContainKey("role");

        var changed = officer.put("/api/constituents/" + household + "/members/" + lodger, Map.of("role", "OTHER"));
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(members(changed).get(3)).containsEntry("role", "OTHER");
        var again =
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", kid, "role", "OTHER"));
        assertThat(members(again))
                .as("adding a member again changes their role only")
                .filteredOn(m -> nameOf(m).startsWith("Kim"))
                .singleElement()
                .satisfies(m -> assertThat(m).containsEntry("role", "OTHER"));
        var cleared = officer.put("/api/constituents/" + household + "/members/" + lodger, Map.of());
        assertThat(members(cleared))
                .filteredOn(m -> nameOf(m).startsWith("Lou"))
                .singleElement()
                .satisfies(m -> assertThat(m).doesNotContainKey("role"));

        assertThat(officer.get("/api/constituents/" + jane + "/summary")
                        .json()
                        .get("household")
                        .toString())
                .contains("role=HEAD", "role=SPOUSE_PARTNER");
        assertThat(officer.get("/api/constituents/" + household + "/household-history")
                        .jsonList()
                        .toString())
                .contains("role=HEAD", "role=SPOUSE_PARTNER");
        var audit = TestUsers.admin(Api.of(server, json))
                .get("/api/audit?entityType=constituent&entityId=" + household)
                .items();
        assertThat(audit.get(0).get("changes").toString())
                .contains("memberRole", "Lou Roe" + unique + ": OTHER")
                .doesNotContain("to=");
        assertThat(audit.get(1).get("changes").toString()).contains("memberRole", "Kim Roe" + unique + ": CHILD");
    }

    @Test
    void aHouseholdHasOneHead() {
        String household = household();
        String jane = person("Jane");
        String john = person("John");
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", jane, "role", "HEAD"));

        assertProblem(
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", john, "role", "HEAD")),
                422,
                "constituents.household-head-taken");
        assertThat(officer.get("/api/constituents/" + john).json()).doesNotContainKey("household");
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", john));
        assertProblem(
                officer.put("/api/constituents/" + household + "/members/" + john, Map.of("role", "HEAD")),
                422,
                "constituents.household-head-taken");
        assertThat(officer.put("/api/constituents/" + household + "/members/" + jane, Map.of("role", "HEAD"))
                        .status())
                .as("the head again: nothing changes")
                .isEqualTo(200);

        officer.put("/api/constituents/" + household + "/members/" + jane, Map.of("role", "SPOUSE_PARTNER"));
        var handedOver = officer.put("/api/constituents/" + household + "/members/" + john, Map.of("role", "HEAD"));
        assertThat(members(handedOver)).extracting(m -> m.get("role")).containsExactly("HEAD", "SPOUSE_PARTNER");
        assertThat(nameOf(members(handedOver).get(0))).startsWith("John");
    }

    @Test
    void eachFailureHasItsCode() {
        String household = household();
        String jane = person("Jane");
        String stranger = person("Stan");
        officer.post("/api/constituents/" + household + "/members", Map.of("memberId", jane));

        assertViolations(
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", jane, "role", "BOSS")),
                "role");
        assertViolations(
                officer.put("/api/constituents/" + household + "/members/" + jane, Map.of("role", "head")), "role");
        assertProblem(
                officer.put("/api/constituents/" + household + "/members/" + stranger, Map.of("role", "CHILD")),
                422,
                "constituents.not-a-member");
        assertProblem(
                officer.put("/api/constituents/" + jane + "/members/" + stranger, Map.of("role", "CHILD")),
                422,
                "constituents.not-a-household");
        assertProblem(
                officer.put("/api/constituents/" + UUID.randomUUID() + "/members/" + jane, Map.of("role", "CHILD")),
                404,
                "constituents.not-found");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        assertProblem(
                coordinator.put("/api/constituents/" + household + "/members/" + jane, Map.of("role", "HEAD")),
                403,
                "auth.forbidden");
        assertProblem(
                Api.of(server, json).put("/api/constituents/" + household + "/members/" + jane, Map.of("role", "HEAD")),
                401,
                "auth.unauthenticated");
        assertThat(members(officer.get("/api/constituents/" + household + "/members"))
                        .get(0))
                .doesNotContainKey("role");
    }

    @Test
    void clientsNamingDifferentHeadsAtOnceLeaveExactlyOne() throws Exception {
        int clients = 6;
        for (int round = 0; round < 3; round++) {
            String household = household();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String id = person("P" + i);
                officer.post("/api/constituents/" + household + "/members", Map.of("memberId", id));
                people.add(id);
            }
            CyclicBarrier start = new CyclicBarrier(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String person = people.get(i);
                boolean byChange = i % 2 == 0;
                replies.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    // half name a head by changing a role, half by adding the member again with the role
                    return byChange
                            ? officer.put(
                                    "/api/constituents/" + household + "/members/" + person, Map.of("role", "HEAD"))
                            : officer.post(
                                    "/api/constituents/" + household + "/members",
                                    Map.of("memberId", person, "role", "HEAD"));
                }));
            }
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answers.add(reply.get(120, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(answers)
                    .as("round %d: one head named, the others refused: %s", round, answers)
                    .extracting(Api.Reply::status)
                    .containsOnly(200, 422)
                    .filteredOn(status -> status == 200)
                    .hasSize(1);
            answers.stream()
                    .filter(a -> a.status() == 422)
                    .forEach(a -> assertProblem(a, 422, "constituents.household-head-taken"));
            assertThat(members(officer.get("/api/constituents/" + household + "/members")))
                    .filteredOn(m -> "HEAD".equals(m.get("role")))
                    .hasSize(1);
        }
    }
}
