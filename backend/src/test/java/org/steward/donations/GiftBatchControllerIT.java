package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;
import static org.steward.support.ProblemAssert.assertViolations;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

@MicronautTest(transactional = false)
class GiftBatchControllerIT {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DataSource dataSource;

    Api admin() {
        return TestUsers.admin(Api.of(server, json));
    }

    UUID donor() {
        return ConstituentRows.individual(
                dataSource, "Bea", "Batch" + UUID.randomUUID().toString().substring(0, 6));
    }

    static Map<String, Object> row(UUID donor, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("receivedOn", LocalDate.now().toString());
        body.put("paymentMethod", "CHEQUE");
        return body;
    }

    static String batch(Api as, int count, String total) {
        var created = as.post(
                "/api/gift-batches",
                Map.of("name", "Monday mail", "currency", "USD", "expectedCount", count, "expectedTotal", total));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.string("id");
    }

    static String addRow(Api as, String batch, Map<String, Object> row) {
        var added = as.post("/api/gift-batches/" + batch + "/rows", row);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.string("id");
    }

    long count(String sql, Object... params) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i].toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long giftsOf(String batch) {
        return count("SELECT COUNT(*) FROM gifts WHERE batch_id = ?", batch);
    }

    @Test
    void aBatchIsPostedOnlyWhenCountAndTotalMatchAndItsGiftsCountInTheRollups() {
        Api admin = admin();
        UUID ann = donor();
        UUID bob = donor();
        String batch = batch(admin, 3, "175.50");
        addRow(admin, batch, row(ann, "100"));
        String bobs = addRow(admin, batch, row(bob, "50.50"));

        var twoRows = admin.post("/api/gift-batches/" + batch + "/post", Map.of());
        var problem = assertProblem(twoRows, 422, "donations.batch-mismatch");
        assertThat(problem)
                .containsEntry("expectedCount", 3)
                .containsEntry("enteredCount", 2)
                .containsEntry("expectedTotal", "175.50")
                .containsEntry("enteredTotal", "150.50")
                .containsEntry("currency", "USD");
        assertThat(giftsOf(batch)).isZero();

        addRow(admin, batch, row(ann, "20.00"));
        assertProblem(admin.post("/api/gift-batches/" + batch + "/post", Map.of()), 422, "donations.batch-mismatch");
        assertThat(giftsOf(batch)).isZero();

        var fixed = admin.put("/api/gift-batches/" + batch + "/rows/" + bobs, row(bob, "55.50"));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        assertThat(fixed.json()).containsEntry("amount", "55.50").containsEntry("rowNumber", 2);

        var open = admin.get("/api/gift-batches/" + batch).json();
        assertThat(open)
                .containsEntry("status", "OPEN")
                .containsEntry("enteredCount", 3)
                .containsEntry("enteredTotal", "175.50")
                .containsEntry("balanced", true);
        assertThat((List<?>) open.get("rows")).hasSize(3);
        assertThat(admin.get("/api/constituents/" + ann + "/giving").json()).containsEntry("lifetimeTotal", "0.00");

        var posted = admin.post("/api/gift-batches/" + batch + "/post", Map.of());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json()).containsEntry("status", "POSTED").containsEntry("postedBy", "admin");
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) posted.json().get("rows");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("giftId")).isNotNull());
        assertThat(giftsOf(batch)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM gifts WHERE batch_id = ? AND status = 'COMPLETED'", batch))
                .isEqualTo(3);

        var gift = admin.get("/api/gifts/" + rows.get(0).get("giftId")).json();
        assertThat(gift).containsEntry("amount", "100.00").containsEntry("paymentMethod", "CHEQUE");
        assertThat(admin.get("/api/constituents/" + ann + "/giving").json())
                .containsEntry("lifetimeTotal", "120.00")
                .containsEntry("giftCount", 2);
        assertThat(admin.get("/api/constituents/" + bob + "/giving").json()).containsEntry("lifetimeTotal", "55.50");
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'gift-batch' AND entity_id = ?", batch))
                .isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM audit_log a JOIN gifts g ON g.id = a.entity_id"
                                + " WHERE a.entity_type = 'gift' AND g.batch_id = ?",
                        batch))
                .isEqualTo(3);

        var list = admin.get("/api/gift-batches?status=POSTED&size=200");
        assertThat(list.items()).anySatisfy(b -> assertThat(b)
                .containsEntry("id", batch)
                .containsEntry("enteredTotal", "175.50")
                .containsEntry("expectedCount", 3));

        assertProblem(admin.post("/api/gift-batches/" + batch + "/post", Map.of()), 409, "donations.batch-posted");
        assertProblem(admin.post("/api/gift-batches/" + batch + "/rows", row(ann, "1")), 409, "donations.batch-posted");
        assertProblem(admin.delete("/api/gift-batches/" + batch + "/rows/" + bobs), 409, "donations.batch-posted");
        assertThat(giftsOf(batch)).isEqualTo(3);
    }

    @Test
    void twoPostsAtTheSameMomentWriteOneSetOfGifts() {
        Api admin = admin();
        UUID donor = donor();
        String batch = batch(admin, 2, "30");
        addRow(admin, batch, row(donor, "10"));
        addRow(admin, batch, row(donor, "20"));
        var replies = Race.together(
                () -> admin.post("/api/gift-batches/" + batch + "/post", Map.of()),
                () -> admin.post("/api/gift-batches/" + batch + "/post", Map.of()));
        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 409);
        int loser = replies.get(0).status() == 409 ? 0 : 1;
        assertProblem(replies.get(loser), 409, "donations.batch-posted");
        assertThat(giftsOf(batch)).isEqualTo(2);
        assertThat(admin.get("/api/constituents/" + donor + "/giving").json())
                .containsEntry("lifetimeTotal", "30.00")
                .containsEntry("giftCount", 2);
    }

    @Test
    void aRowWhoseDonorWasDeletedAfterEntryFailsThePostAndNothingIsWritten() {
        Api admin = admin();
        UUID kept = donor();
        UUID gone = donor();
        String batch = batch(admin, 2, "35");
        addRow(admin, batch, row(kept, "10"));
        String goneRow = addRow(admin, batch, row(gone, "25"));
        assertThat(admin.delete("/api/constituents/" + gone).status()).isEqualTo(204);

        var problem = assertProblem(
                admin.post("/api/gift-batches/" + batch + "/post", Map.of()), 422, "donations.batch-row-invalid");
        assertThat(problem)
                .containsEntry("rowId", goneRow)
                .containsEntry("rowNumber", 2)
                .containsEntry("rowCode", "donations.donor-deleted");
        assertThat(giftsOf(batch)).isZero();
        assertThat(count("SELECT COUNT(*) FROM gifts WHERE constituent_id = ?", kept))
                .isZero();
        assertThat(admin.get("/api/gift-batches/" + batch).json()).containsEntry("status", "OPEN");
        assertThat(admin.get("/api/constituents/" + kept + "/giving").json()).containsEntry("lifetimeTotal", "0.00");
    }

    @Test
    void rowsAreCheckedLikeGiftsWhenEntered() {
        Api admin = admin();
        UUID donor = donor();
        String batch = batch(admin, 1, "10");
        String rows = "/api/gift-batches/" + batch + "/rows";
        assertViolations(admin.post(rows, Map.of("amount", "ten")), "constituentId", "amount", "receivedOn");
        assertProblem(admin.post(rows, row(donor, "0")), 422, "donations.amount-not-positive");
        assertProblem(admin.post(rows, row(donor, "1.234")), 422, "donations.amount-too-precise");
        assertProblem(admin.post(rows, row(UUID.randomUUID(), "5")), 422, "donations.donor-not-found");
        var euros = row(donor, "5");
        euros.put("currency", "EUR");
        assertProblem(admin.post(rows, euros), 422, "donations.batch-currency-mismatch");
        var unknownFund = row(donor, "5");
        unknownFund.put("fundId", UUID.randomUUID().toString());
        assertProblem(admin.post(rows, unknownFund), 422, "donations.unknown-fund");
        assertProblem(admin.put(rows + "/" + UUID.randomUUID(), row(donor, "5")), 404, "donations.batch-row-not-found");
        assertProblem(
                admin.post("/api/gift-batches/" + UUID.randomUUID() + "/rows", row(donor, "5")),
                404,
                "donations.batch-not-found");
        assertThat(admin.get("/api/gift-batches/" + batch).json()).containsEntry("enteredCount", 0);

        String id = addRow(admin, batch, row(donor, "10"));
        assertThat(admin.delete(rows + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/gift-batches/" + batch).json()).containsEntry("enteredCount", 0);

        assertViolations(
                admin.post(
                        "/api/gift-batches",
                        Map.of("name", "", "currency", "usd", "expectedCount", 0, "expectedTotal", "x")),
                "name",
                "currency",
                "expectedCount",
                "expectedTotal");
        assertProblem(
                admin.post(
                        "/api/gift-batches",
                        Map.of("name", "B", "currency", "USD", "expectedCount", 1, "expectedTotal", "-1")),
                422,
                "donations.amount-not-positive");
    }

    @Test
    void onlyAdministratorsAndDevelopmentOfficersEnterBatches() {
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        String batch = batch(officer, 1, "5");
        addRow(officer, batch, row(donor(), "5"));
        for (Api refused : List.of(coordinator, board)) {
            assertProblem(refused.get("/api/gift-batches/" + batch), 403, "auth.forbidden");
            assertProblem(refused.post("/api/gift-batches/" + batch + "/post", Map.of()), 403, "auth.forbidden");
        }
        assertThat(giftsOf(batch)).isZero();
        assertThat(officer.post("/api/gift-batches/" + batch + "/post", Map.of())
                        .status())
                .isEqualTo(200);
    }
}
