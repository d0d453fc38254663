package org.steward.donations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.support.ProblemAssert.assertProblem;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.steward.shared.security.Roles;
import org.steward.support.Api;
import org.steward.support.ConstituentRows;
import org.steward.support.Race;
import org.steward.support.TestUsers;

/**
 * Tax receipts on the real database. The test database is kept between runs, so every test receipts gifts of a
 * year of its own, drawn at random far in the future: its serials start at 1.
 */
@MicronautTest(transactional = false)
class ReceiptLedgerIT {

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
                dataSource, "Rita", "Receipt" + UUID.randomUUID().toString().substring(0, 6));
    }

    static int freshYear() {
        return ThreadLocalRandom.current().nextInt(2200, 9000);
    }

    static String gift(Api as, UUID donor, String amount, LocalDate on) {
        Map<String, Object> body = new HashMap<>();
        body.put("constituentId", donor.toString());
        body.put("amount", amount);
        body.put("currency", "USD");
        body.put("receivedOn", on.toString());
        var reply = as.post("/api/gifts", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    static Api.Reply receipt(Api as, String giftId) {
        return as.post("/api/gifts/" + giftId + "/receipt", Map.of());
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void singleReceiptsAreNumberedOneThenTwoAndAGiftIsReceiptedOnce() {
        Api admin = admin();
        int year = freshYear();
        UUID donor = donor();
        String first = gift(admin, donor, "100", LocalDate.of(year, 3, 1));
        String second = gift(admin, donor, "40.50", LocalDate.of(year, 4, 1));

        var one = receipt(admin, first);
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(one.json())
                .containsEntry("serialNumber", year + "-000001")
                .containsEntry("status", "ISSUED")
                .containsEntry("kind", "SINGLE")
                .containsEntry("totalAmount", "100.00")
                .containsEntry("eligibleAmount", "100.00");
        assertProblem(receipt(admin, first), 409, "donations.already-receipted");
        var two = receipt(admin, second);
        assertThat(two.json()).containsEntry("serialNumber", year + "-000002");

        var list = admin.get("/api/receipts?constituentId=" + donor + "&year=" + year);
        assertThat(list.json()).containsEntry("total", 2);
        assertThat(admin.get("/api/receipts/" + one.string("id")).json())
                .containsEntry("serialNumber", year + "-000001");
    }

    @Test
    void aPendingGiftIsNotReceiptedAndAFailedIssueLeavesNoGap() {
        Api admin = admin();
        int year = freshYear();
        UUID donor = donor();
        String taken = gift(admin, donor, "10", LocalDate.of(year, 1, 5));
        assertThat(receipt(admin, taken).json()).containsEntry("serialNumber", year + "-000001");
        // Two issues of the same gift at the same moment: both lock the gift and draw a number in turn; the second
        // finds the gift on a live receipt only when it links it, after its draw, and rolls back with its number.
        String raced = gift(admin, donor, "20", LocalDate.of(year, 1, 6));
        var replies = Race.together(() -> receipt(admin, raced), () -> receipt(admin, raced));
        assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 409);
        Api.Reply lost = replies.get(0).status() == 409 ? replies.get(0) : replies.get(1);
        assertProblem(lost, 409, "donations.already-receipted");
        // Refused issues of receipted gifts took no number either.
        assertProblem(receipt(admin, taken), 409, "donations.already-receipted");
        String next = gift(admin, donor, "30", LocalDate.of(year, 1, 7));
        assertThat(receipt(admin, next).json()).containsEntry("serialNumber", year + "-000003");

        Map<String, Object> pending = new HashMap<>();
        pending.put("constituentId", donor.toString());
        pending.put("amount", "5");
        pending.put("currency", "USD");
        pending.put("receivedOn", LocalDate.of(year, 2, 1).toString());
        pending.put("status", "PENDING");
        var pendingGift = admin.post("/api/gifts", pending);
        assertThat(pendingGift.status()).as(pendingGift.toString()).isEqualTo(201);
        assertProblem(receipt(admin, pendingGift.string("id")), 422, "donations.not-receiptable");
        assertThat(receipt(admin, gift(admin, donor, "1", LocalDate.of(year, 2, 2)))
                        .json())
                .containsEntry("serialNumber", year + "-000004");
    }

    @Test
    void sixteenClientsIssuingAtOnceGetSixteenSerialsWithoutAGap() throws Exception {
        Api admin = admin();
        int year = freshYear();
        int clients = 16;
        List<String> gifts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            gifts.add(gift(admin, donor(), (i + 1) + ".00", LocalDate.of(year, 6, 1 + i)));
        }
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Api.Reply>> futures = new ArrayList<>();
        try {
            for (String giftId : gifts) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return receipt(admin, giftId);
                }));
            }
            List<String> serials = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                Api.Reply reply = f.get(120, TimeUnit.SECONDS);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                serials.add(reply.string("serialNumber"));
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= clients; n++) {
                expected.add(String.format("%d-%06d", year, n));
            }
            assertThat(serials).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theAnnualReceiptSkipsReceiptedGiftsAndVoidingFreesAGift() {
        Api officer = TestUsers.withRoles(Api.of(server, json), Roles.DEVELOPMENT_OFFICER);
        int year = freshYear();
        UUID donor = donor();
        String early = gift(officer, donor, "100", LocalDate.of(year, 1, 10));
        gift(officer, donor, "50", LocalDate.of(year, 5, 10));
        gift(officer, donor, "25.25", LocalDate.of(year, 9, 10));
        gift(officer, donor, "999", LocalDate.of(year + 1, 1, 1));
        var single = receipt(officer, early);
        assertThat(single.status()).isEqualTo(201);

        var annual = officer.post("/api/receipts/annual", Map.of("constituentId", donor.toString(), "year", year));
        assertThat(annual.status()).as(annual.toString()).isEqualTo(201);
        assertThat(annual.json())
                .containsEntry("serialNumber", year + "-000002")
                .containsEntry("kind", "ANNUAL")
                .containsEntry("totalAmount", "75.25");
        assertThat((List<?>) annual.json().get("gifts")).hasSize(2);
        assertProblem(
                officer.post("/api/receipts/annual", Map.of("constituentId", donor.toString(), "year", year)),
                422,
                "donations.nothing-to-receipt");

        var voided = officer.post("/api/receipts/" + single.string("id") + "/void", Map.of("reason", "wrong name"));
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json()).containsEntry("status", "VOID").containsEntry("voidReason", "wrong name");
        assertProblem(
                officer.post("/api/receipts/" + single.string("id") + "/void", Map.of("reason", "again")),
                409,
                "donations.receipt-not-issued");
        var again = receipt(officer, early);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json()).containsEntry("serialNumber", year + "-000003");
    }

    @Test
    void replacingGivesANewSerialAndTheOldOneIsReplaced() {
        Api admin = admin();
        int year = freshYear();
        UUID donor = donor();
        var first = receipt(admin, gift(admin, donor, "60", LocalDate.of(year, 2, 2)));
        var replacement = admin.post("/api/receipts/" + first.string("id") + "/replace", Map.of("reason", "address"));
        assertThat(replacement.status()).as(replacement.toString()).isEqualTo(201);
        assertThat(replacement.json())
                .containsEntry("serialNumber", year + "-000002")
                .containsEntry("replacesSerial", year + "-000001")
                .containsEntry("status", "ISSUED")
                .containsEntry("totalAmount", "60.00");
        var old = admin.get("/api/receipts/" + first.string("id"));
        assertThat(old.json())
                .containsEntry("status", "REPLACED")
                .containsEntry("replacedByReceiptId", replacement.string("id"));
        assertThat(admin.get("/api/audit?entityType=receipt&entityId=" + first.string("id"))
                        .items())
                .extracting(i -> i.get("action"))
                .containsExactlyInAnyOrder("ISSUED", "REPLACED");
        assertThat(admin.get("/api/audit?entityType=receipt&entityId=" + replacement.string("id"))
                        .items())
                .extracting(i -> i.get("action"))
                .containsExactly("ISSUED");
        assertProblem(
                admin.post("/api/receipts/" + first.string("id") + "/replace", Map.of()),
                409,
                "donations.receipt-not-issued");
    }

    @Test
    void aRefundAfterIssueFlagsTheReceiptAndTheReplacementStatesWhatIsLeft() {
        Api admin = admin();
        int year = freshYear();
        UUID donor = donor();
        String giftId = gift(admin, donor, "100", LocalDate.of(year, 3, 3));
        var issued = receipt(admin, giftId);
        assertThat(issued.json())
                .containsEntry("needsReplacement", false)
                .containsEntry("changedSinceIssue", List.of());

        var refund = admin.post("/api/gifts/" + giftId + "/refund", Map.of("amount", "30", "reason", "card dispute"));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        var flagged = admin.get("/api/receipts/" + issued.string("id"));
        assertThat(flagged.json()).containsEntry("needsReplacement", true);
        assertThat(flagged.json().get("changedSinceIssue"))
                .isEqualTo(List.of(Map.of(
                        "giftId",
                        giftId,
                        "status",
                        "COMPLETED",
                        "printedEligibleAmount",
                        "100.00",
                        "eligibleAmountNow",
                        "70.00")));
        assertThat(admin.get("/api/receipts?constituentId=" + donor).items())
                .extracting(r -> r.get("needsReplacement"))
                .containsExactly(true);

        var replacement = admin.post("/api/receipts/" + issued.string("id") + "/replace", Map.of("reason", "refund"));
        assertThat(replacement.status()).as(replacement.toString()).isEqualTo(201);
        assertThat(replacement.json())
                .containsEntry("totalAmount", "70.00")
                .containsEntry("eligibleAmount", "70.00")
                .containsEntry("needsReplacement", false);
        assertThat(admin.get("/api/receipts/" + issued.string("id")).json())
                .as("a replaced receipt is already cancelled: nothing to flag")
                .containsEntry("status", "REPLACED")
                .containsEntry("needsReplacement", false);
    }

    @Test
    void aMergeMovesTheDuplicatesReceiptsAndTheUndoMovesThemBack() {
        Api admin = admin();
        int year = freshYear();
        UUID survivor = donor();
        UUID duplicate = donor();
        var receipted = receipt(admin, gift(admin, duplicate, "70", LocalDate.of(year, 3, 3)));
        gift(admin, duplicate, "30", LocalDate.of(year, 4, 4));
        gift(admin, survivor, "20", LocalDate.of(year, 5, 5));
        var merged = admin.post("/api/constituents/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(admin.get("/api/receipts?constituentId=" + survivor).items())
                .extracting(i -> i.get("id"))
                .containsExactly(receipted.string("id"));
        var annual = admin.post("/api/receipts/annual", Map.of("constituentId", survivor.toString(), "year", year));
        assertThat(annual.json()).containsEntry("totalAmount", "50.00").containsEntry("serialNumber", year + "-000002");

        var undone = admin.post("/api/constituents/merges/" + merged.string("mergeId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(admin.get("/api/receipts?constituentId=" + duplicate).items())
                .extracting(i -> i.get("id"))
                .containsExactly(receipted.string("id"));
    }

    @Test
    void thePdfCarriesSerialDonorAndAmountAndLaterDownloadsAreDuplicates() throws Exception {
        Api admin = admin();
        int year = freshYear();
        UUID donor = donor();
        String name = admin.get("/api/constituents/" + donor).string("displayName");
        var issued = receipt(admin, gift(admin, donor, "1234.50", LocalDate.of(year, 7, 7)));
        String path = "/api/receipts/" + issued.string("id") + "/pdf";

        var original = admin.getBytes(path);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(original.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("receipt-" + year + "-000001.pdf"));
        String first = text(original.body());
        assertThat(first).contains(year + "-000001").contains(name).contains("$1,234.50");
        assertThat(first).doesNotContain("DUPLICATE");

        String second = text(admin.getBytes(path).body());
        assertThat(second).contains("DUPLICATE COPY").contains(year + "-000001");
        assertThat(admin.get("/api/receipts/" + issued.string("id")).json()).containsEntry("printCount", 2);

        admin.post("/api/receipts/" + issued.string("id") + "/void", Map.of("reason", "test"));
        assertThat(text(admin.getBytes(path).body())).contains("VOID");
    }

    @Test
    void theTemplateIsEditedByAdministratorsAndPrinted() throws Exception {
        Api admin = admin();
        var current = admin.get("/api/receipt-template");
        assertThat(current.status()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>();
        body.put(
                "organizationName",
                "Friends of the Library " + UUID.randomUUID().toString().substring(0, 4));
        body.put("addressLines", List.of("1 Main Street", "Springfield"));
        body.put("charityRegistrationNumber", "12345 6789 RR0001");
        body.put("signatoryName", "Pat Treasurer");
        body.put("signatoryTitle", "Treasurer");
        body.put("legalWording", "Keep this receipt for your tax return.");
        body.put("version", ((Number) current.json().get("version")).longValue());
        var saved = admin.put("/api/receipt-template", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertProblem(admin.put("/api/receipt-template", body), 409, "common.stale-version");
        assertThat(admin.get("/api/audit?entityType=receipt-template&entityId=1")
                        .items())
                .extracting(i -> i.get("action"))
                .containsAnyOf("CREATED", "UPDATED");

        Api officer = TestUsers.withRoles(Api.of(server, json), Roles.DEVELOPMENT_OFFICER);
        assertThat(officer.get("/api/receipt-template").status()).isEqualTo(200);
        assertProblem(officer.put("/api/receipt-template", body), 403, "auth.forbidden");

        int year = freshYear();
        var issued = receipt(admin, gift(admin, donor(), "10", LocalDate.of(year, 1, 1)));
        String text = text(
                admin.getBytes("/api/receipts/" + issued.string("id") + "/pdf").body());
        assertThat(text).contains((String) body.get("organizationName")).contains("12345 6789 RR0001");
    }

    @Test
    void eventCoordinatorsAndBoardMembersAreRefused() {
        Api admin = admin();
        var issued = receipt(admin, gift(admin, donor(), "10", LocalDate.of(freshYear(), 1, 1)));
        for (String role : List.of(Roles.EVENT_COORDINATOR, Roles.BOARD_MEMBER)) {
            Api other = TestUsers.withRoles(Api.of(server, json), role);
            assertProblem(other.get("/api/receipts/" + issued.string("id")), 403, "auth.forbidden");
            assertProblem(
                    other.post("/api/receipts/" + issued.string("id") + "/void", Map.of("reason", "x")),
                    403,
                    "auth.forbidden");
            assertThat(other.getBytes("/api/receipts/" + issued.string("id") + "/pdf")
                            .statusCode())
                    .isEqualTo(403);
        }
    }
}
