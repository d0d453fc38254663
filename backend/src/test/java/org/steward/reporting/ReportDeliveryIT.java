package org.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.reporting.ScheduleFixtures.aSchedule;
import static org.steward.reporting.ScheduleFixtures.address;
import static org.steward.reporting.ScheduleFixtures.awaitRun;
import static org.steward.reporting.ScheduleFixtures.with;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.support.Api;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * Delivery of scheduled runs through the mail outbox to a real SMTP server (GreenMail, started here): each recipient
 * gets the report with both files attached, which open as a spreadsheet and a PDF; a run that keeps failing is
 * tried three times, one retry delay apart, then fails and its owner gets an alert with no stack trace and nothing
 * of the failure's message.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDeliveryIT implements TestPropertyProvider {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    FailingReport failing;

    final List<String> created = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestSmtp.properties(PORT, "reports@example.org");
        properties.put("failing-report.enabled", "true");
        properties.put("app.reports.max-attempts", "3");
        properties.put("app.reports.retry-delay", "1s");
        properties.put("app.reports.retry-cron", "* * * * * ?");
        return properties;
    }

    @AfterAll
    void deleteSchedules() {
        Api admin = TestUsers.admin(Api.of(server, json));
        created.forEach(id -> admin.delete("/api/report-schedules/" + id));
    }

    String create(Api api, Map<String, Object> body) {
        var reply = api.post("/api/report-schedules", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        created.add(reply.string("id"));
        return reply.string("id");
    }

    @Test
    void eachRecipientGetsTheReportWithBothFilesAttachedAndTheyOpen() throws Exception {
        Api board = TestUsers.withRoles(Api.of(server, json), "BOARD_MEMBER");
        String first = address("chair");
        String second = address("treasurer");
        String id = create(board, aSchedule("Board pack", first, second));
        String runId =
                board.post("/api/report-schedules/" + id + "/run", Map.of()).string("id");
        assertThat(awaitRun(board, id, runId, 40)).containsEntry("status", "SUCCEEDED");

        for (String to : List.of(first, second)) {
            List<MimeMessage> mail = awaitMessagesTo(to, 1);
            assertThat(mail).as("one message to %s", to).hasSize(1);
            MimeMessage message = mail.get(0);
            assertThat(message.getSubject()).startsWith("Board pack: Gift range table as of ");
            String text = text(message);
            assertThat(text).contains("Run " + runId);
            List<BodyPart> files = attachments(message);
            assertThat(files).extracting(BodyPart::getFileName).hasSize(2);
            BodyPart xlsx = files.stream()
                    .filter(p -> name(p).endsWith(".xlsx"))
                    .findFirst()
                    .orElseThrow();
            assertThat(xlsx.getContentType()).startsWith(ReportFormat.XLSX.mediaType());
            try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.getInputStream())) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Gift range table");
            }
            BodyPart pdf = files.stream()
                    .filter(p -> name(p).endsWith(".pdf"))
                    .findFirst()
                    .orElseThrow();
            assertThat(pdf.getContentType()).startsWith("application/pdf");
            byte[] bytes = pdf.getInputStream().readAllBytes();
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            var archived = board.getBytes("/api/report-runs/" + runId + "/file?format=pdf");
            assertThat(archived.body()).as("the PDF mailed is the one archived").isEqualTo(bytes);
        }
    }

    @Test
    void aRunThatKeepsFailingIsRetriedThenFailsAndItsOwnerIsAlerted() throws Exception {
        String username = TestUsers.uniqueName("owner");
        TestUsers.create(Api.of(server, json), username, "BOARD_MEMBER");
        Api owner = Api.of(server, json).signedIn(username, TestUsers.PASSWORD);
        String ownerEmail = username + "@example.org";
        String recipient = address("nobody");
        String id = create(
                owner,
                with(
                        with(aSchedule("Broken report", recipient), "report", FailingReport.NAME),
                        "parameters",
                        Map.of()));
        int before = failing.calls.get();
        long start = System.nanoTime();
        String runId =
                owner.post("/api/report-schedules/" + id + "/run", Map.of()).string("id");

        Map<String, Object> run = awaitRun(owner, id, runId, 40);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertThat(run).containsEntry("status", "FAILED").containsEntry("attempt", 3);
        assertThat(failing.calls.get() - before).as("three attempts").isEqualTo(3);
        assertThat(took).as("two retry delays (1 s, then 2 s) passed").isGreaterThanOrEqualTo(3_000);
        assertThat((String) run.get("error"))
                .isEqualTo("Unexpected failure (IllegalStateException)")
                .doesNotContain("Ada");
        assertThat(run.get("files")).asList().isEmpty();

        List<MimeMessage> alerts = awaitMessagesTo(ownerEmail, 1);
        assertThat(alerts).hasSize(1);
        MimeMessage alert = alerts.get(0);
        assertThat(alert.getSubject()).isEqualTo("Scheduled report failed: Broken report");
        String text = text(alert);
        assertThat(text)
                .contains("failed after 3 attempts", "Unexpected failure (IllegalStateException)", runId)
                .doesNotContain("Ada", "Lovelace", "at org.", "Exception:");
        Thread.sleep(1_000);
        assertThat(messagesTo(recipient)).as("nothing went to the recipients").isEmpty();
    }

    static String name(BodyPart part) {
        try {
            return part.getFileName() == null ? "" : part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<BodyPart> attachments(MimeMessage message) throws Exception {
        List<BodyPart> files = new ArrayList<>();
        Multipart content = (Multipart) message.getContent();
        for (int i = 0; i < content.getCount(); i++) {
            BodyPart part = content.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                files.add(part);
            }
        }
        return files;
    }

    static List<MimeMessage> messagesTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                found.add(m);
            }
        }
        return found;
    }

    static List<MimeMessage> awaitMessagesTo(String address, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = messagesTo(address);
        }
        Thread.sleep(300); // and no more than that
        return messagesTo(address);
    }

    /** The plain-text part of a message, decoded. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
