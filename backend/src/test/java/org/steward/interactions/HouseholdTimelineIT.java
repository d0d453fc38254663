package org.steward.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

/** A household's timeline and summary show its current members' interactions with its own, each labelled. */
@MicronautTest
class HouseholdTimelineIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    static String hoursAgo(int hours) {
        return Instant.now()
                .truncatedTo(ChronoUnit.SECONDS)
                .minus(hours, ChronoUnit.HOURS)
                .toString();
    }

    void log(Object constituentId, String channel, String subject, int hoursAgo) {
        var reply = admin().post(
                        "/api/constituents/" + constituentId + "/interactions",
                        Map.of(
                                "channel",
                                channel,
                                "direction",
                                "OUTBOUND",
                                "subject",
                                subject,
                                "occurredAt",
                                hoursAgo(hoursAgo)));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void aHouseholdsTimelineHasItsCurrentMembersInteractionsLabelledWithTheMember() {
        Api admin = admin();
        String household =
                admin.post("/api/constituents", Map.of("type", "HOUSEHOLD")).string("id");
        UUID jane = ConstituentRows.individual(dataSource, "Jane", "Hill");
        UUID john = ConstituentRows.individual(dataSource, "John", "Hill");
        UUID neighbour = ConstituentRows.individual(dataSource, "Ned", "Bor");
        for (UUID member : List.of(jane, john)) {
            assertThat(admin.post("/api/constituents/" + household + "/members", Map.of("memberId", member))
                            .status())
                    .isEqualTo(200);
        }
        log(household, "MAIL", "Holiday card to the Hills", 50);
        log(jane, "PHONE", "Jane called about the gala", 40);
        log(john, "EMAIL", "John asked for a receipt", 30);
        log(neighbour, "PHONE", "Ned, not a member", 20);
        log(jane, "MEETING", "Coffee with Jane", 10);

        var timeline = admin.get("/api/constituents/" + household + "/interactions");

        assertThat(timeline.items())
                .extracting(i -> i.get("subject"))
                .containsExactly(
                        "Coffee with Jane",
                        "John asked for a receipt",
                        "Jane called about the gala",
                        "Holiday card to the Hills");
        assertThat(timeline.json()).containsEntry("total", 4);
        assertThat(asMap(timeline.items().get(0).get("member")))
                .containsEntry("id", jane.toString())
                .containsEntry("displayName", "Jane Hill")
                .containsEntry("type", "INDIVIDUAL");
        assertThat(timeline.items().get(0)).containsEntry("constituentId", jane.toString());
        assertThat(asMap(timeline.items().get(1).get("member"))).containsEntry("displayName", "John Hill");
        assertThat(timeline.items().get(3))
                .as("the household's own: no member label")
                .doesNotContainKey("member")
                .containsEntry("constituentId", household);
        assertThat(admin.get("/api/constituents/" + household + "/interactions?channel=PHONE&size=1")
                        .json())
                .containsEntry("total", 1);
        var paged = admin.get("/api/constituents/" + household + "/interactions?page=1&size=3");
        assertThat(paged.items()).extracting(i -> i.get("subject")).containsExactly("Holiday card to the Hills");

        var summary = asMap(
                admin.get("/api/constituents/" + household + "/summary").json().get("interactions"));
        assertThat(summary).containsEntry("total", 4);
        @SuppressWarnings("unchecked")
        var recent = (List<Map<String, Object>>) summary.get("recent");
        assertThat(recent).extracting(i -> i.get("subject")).startsWith("Coffee with Jane");
        assertThat(asMap(recent.get(0).get("member"))).containsEntry("displayName", "Jane Hill");

        var janes = admin.get("/api/constituents/" + jane + "/interactions");
        assertThat(janes.items())
                .as("a member's own timeline is theirs only, without a label")
                .extracting(i -> i.get("subject"))
                .containsExactly("Coffee with Jane", "Jane called about the gala");
        assertThat(janes.items()).allSatisfy(i -> assertThat(i).doesNotContainKey("member"));

        assertThat(admin.delete("/api/constituents/" + household + "/members/" + john)
                        .status())
                .isEqualTo(200);
        assertThat(admin.get("/api/constituents/" + household + "/interactions").items())
                .as("a member who left takes their interactions along")
                .extracting(i -> i.get("subject"))
                .containsExactly("Coffee with Jane", "Jane called about the gala", "Holiday card to the Hills");
    }
}
