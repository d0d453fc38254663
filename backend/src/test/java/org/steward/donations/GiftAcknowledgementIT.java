package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.shared.security.Roles;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.TestUsers;

@MicronautTest(transactional = false)
class GiftAcknowledgementIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    static String gift(Api as, UUID donor, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", "25");
        body.put("currency", "USD");
        body.put("receivedOn", LocalDate.now().toString());
        body.put("status", status);
        var reply = as.post("/api/gifts", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    @Test
    void aThankYouIsRecordedShownFilteredOnAndAudited() {
        Api admin = TestUsers.admin(Api.of(server, json));
        Api officer = TestUsers.withRoles(Api.of(server, json), Roles.DEVELOPMENT_OFFICER);
        UUID donor = ConstituentRows.individual(
                dataSource, "Tess", "Thanks" + UUID.randomUUID().toString().substring(0, 6));
        String thanked = gift(officer, donor, "COMPLETED");
        String waiting = gift(officer, donor, "COMPLETED");
        assertThat(officer.get("/api/gifts/" + thanked).json().get("acknowledgement"))
                .isNull();

        var reply = officer.post(
                "/api/gifts/" + thanked + "/acknowledgement",
                Map.of("method", "LETTER", "acknowledgedOn", "2026-12-01", "notes", "hand-signed"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> ack = (Map<String, Object>) reply.json().get("acknowledgement");
        assertThat(ack)
                .containsEntry("method", "LETTER")
                .containsEntry("acknowledgedOn", "2026-12-01")
                .containsEntry("notes", "hand-signed")
                .containsKey("recordedBy");

        var again = officer.post(
                "/api/gifts/" + thanked + "/acknowledgement",
                Map.of("method", "PHONE", "acknowledgedOn", "2026-12-02"));
        assertThat(((Map<?, ?>) again.json().get("acknowledgement")).get("method"))
                .isEqualTo("PHONE");

        var notYet = officer.get("/api/gifts?constituentId=" + donor + "&acknowledged=false");
        assertThat(notYet.items()).extracting(i -> i.get("id")).containsExactly(waiting);
        var done = officer.get("/api/gifts?constituentId=" + donor + "&acknowledged=true");
        assertThat(done.items()).extracting(i -> i.get("id")).containsExactly(thanked);

        var audit = admin.get("/api/audit?entityType=gift&entityId=" + thanked);
        assertThat(audit.items()).extracting(i -> i.get("action")).contains("ACKNOWLEDGED");

        String failed = gift(officer, donor, "PENDING");
        admin.put("/api/gifts/" + failed, Map.of("status", "FAILED", "anonymous", false, "version", 0));
        assertProblem(
                officer.post(
                        "/api/gifts/" + failed + "/acknowledgement",
                        Map.of("method", "EMAIL", "acknowledgedOn", "2026-12-01")),
                422,
                "donations.not-acknowledgeable");
        assertThat(officer.post(
                                "/api/gifts/" + thanked + "/acknowledgement",
                                Map.of("method", "FAX", "acknowledgedOn", "2026-12-01"))
                        .status())
                .isEqualTo(400);
        for (String role : List.of(Roles.EVENT_COORDINATOR, Roles.BOARD_MEMBER)) {
            assertProblem(
                    TestUsers.withRoles(Api.of(server, json), role)
                            .post(
                                    "/api/gifts/" + thanked + "/acknowledgement",
                                    Map.of("method", "EMAIL", "acknowledgedOn", "2026-12-01")),
                    403,
                    "auth.forbidden");
        }
    }
}
