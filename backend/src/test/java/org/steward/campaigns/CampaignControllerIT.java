package org.steward.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class CampaignControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fundsAreCreatedChangedAndRetiredWithUniqueCodes() {
        Api admin = admin();
        String code = "gen-" + unique();
        var created = admin.post("/api/funds", Map.of("code", code, "name", "General", "restricted", false));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json())
                .containsEntry("code", code.toUpperCase())
                .containsEntry("active", true)
                .containsEntry("version", 0);
        String id = created.string("id");

        assertProblem(
                admin.post("/api/funds", Map.of("code", code, "name", "Other")), 409, "campaigns.fund-code-taken");
        assertViolations(admin.post("/api/funds", Map.of("code", "no spaces", "name", "")), "code", "name");

        var retired =
                admin.put("/api/funds/" + id, Map.of("code", code, "name", "General", "active", false, "version", 0));
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json()).containsEntry("active", false).containsEntry("version", 1);
        assertProblem(
                admin.put("/api/funds/" + id, Map.of("code", code, "name", "Again", "version", 0)),
                409,
                "common.stale-version");
        assertProblem(admin.get("/api/funds/" + UUID.randomUUID()), 404, "campaigns.fund-not-found");
        assertThat(admin.get("/api/funds?activeOnly=true").jsonList())
                .noneMatch(f -> id.equals(((Map<?, ?>) f).get("id")));
    }

    @Test
    void campaignsHaveGoalsAsStringsParentsAndRules() {
        Api admin = admin();
        var parent = admin.post(
                "/api/campaigns",
                Map.of("name", "Capital " + unique(), "goal", "50000", "currency", "EUR", "startDate", "2026-01-01"));
        assertThat(parent.status()).as(parent.toString()).isEqualTo(201);
        assertThat(parent.json()).containsEntry("goal", "50000.00").containsEntry("currency", "EUR");
        String parentId = parent.string("id");

        var child =
                admin.post("/api/campaigns", Map.of("name", "Spring appeal drive " + unique(), "parentId", parentId));
        assertThat(child.status()).isEqualTo(201);
        String childId = child.string("id");

        Map<String, Object> cycle = new HashMap<>(Map.of("name", "Capital", "parentId", childId, "version", 0));
        assertProblem(admin.put("/api/campaigns/" + parentId, cycle), 422, "campaigns.parent-cycle");
        assertProblem(
                admin.post("/api/campaigns", Map.of("name", "X", "goal", "10.001", "currency", "USD")),
                422,
                "campaigns.invalid-goal");
        assertProblem(
                admin.post("/api/campaigns", Map.of("name", "X", "goal", "-5", "currency", "USD")),
                422,
                "campaigns.invalid-goal");
        assertProblem(
                admin.post("/api/campaigns", Map.of("name", "X", "goal", "5", "currency", "ZZZ")),
                422,
                "campaigns.invalid-goal");
        assertProblem(
                admin.post("/api/campaigns", Map.of("name", "X", "startDate", "2026-05-01", "endDate", "2026-04-01")),
                422,
                "campaigns.dates");
        assertProblem(
                admin.post(
                        "/api/campaigns",
                        Map.of("name", "X", "parentId", UUID.randomUUID().toString())),
                422,
                "campaigns.unknown-parent");
        assertViolations(admin.post("/api/campaigns", Map.of("name", "X", "goal", "ten")), "goal");

        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        assertThat(board.get("/api/campaigns/" + parentId).status()).isEqualTo(200);
        assertProblem(board.post("/api/campaigns", Map.of("name", "Mine")), 403, "auth.forbidden");
    }

    @Test
    void appealsBelongToACampaign() {
        Api admin = admin();
        String campaignId = admin.post("/api/campaigns", Map.of("name", "Year end " + unique()))
                .string("id");
        var appeal = admin.post("/api/appeals", Map.of("campaignId", campaignId, "name", "December letter"));
        assertThat(appeal.status()).as(appeal.toString()).isEqualTo(201);
        assertThat(admin.get("/api/appeals?campaignId=" + campaignId).jsonList())
                .hasSize(1);
        assertProblem(
                admin.post(
                        "/api/appeals", Map.of("campaignId", UUID.randomUUID().toString(), "name", "Lost")),
                422,
                "campaigns.unknown-campaign");
        assertProblem(admin.get("/api/appeals/" + UUID.randomUUID()), 404, "campaigns.appeal-not-found");
        var retired = admin.put(
                "/api/appeals/" + appeal.string("id"),
                Map.of("campaignId", campaignId, "name", "December letter", "active", false, "version", 0));
        assertThat(retired.json()).containsEntry("active", false);
    }
}
