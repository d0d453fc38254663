package org.steward.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.support.ProblemAssert.assertProblem;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.shared.mail.Mail;
import org.steward.shared.mail.Mailer;
import org.steward.support.Api;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * The mail outbox against a real SMTP server (GreenMail, started by the test on a free port) and the real database:
 * mail goes out after commit and never after a rollback, a dedupe key queues one message, a server that is down is
 * retried and the message arrives once, two deliveries racing for one message send it once, and a message out of
 * attempts fails and can be retried by an administrator.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutboxIT implements TestPropertyProvider {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    Mailer mailer;

    @Inject
    MailDelivery delivery;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    DataSource dataSource;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestSmtp.properties(PORT, "giving@example.org");
        properties.put("app.mail.from-name", "Friends of the Library");
        properties.put("app.mail.max-attempts", "3");
        return properties;
    }

    @Test
    void aMessageGoesOutAfterCommitWithItsPartsAndAttachments() throws Exception {
        String subject = "Your ticket " + UUID.randomUUID();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        Mail mail = new Mail(
                null,
                new Mail.Recipient("zoe.muller@example.org", "Zoë Müller"),
                subject,
                "Hello Zoë, see you there.",
                "<p>Hello Zoë</p><img src=\"cid:qr\" alt=\"QR code\">",
                List.of(
                        new Mail.Attachment("qr.png", "image/png", png, "qr"),
                        new Mail.Attachment("event.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics, null)));

        UUID id = transactions.executeWrite(status -> {
            UUID queued = mailer.send(mail);
            // still inside the transaction: nothing may have gone out
            sleep(Duration.ofMillis(500));
            assertThat(received(subject)).isEmpty();
            return queued;
        });

        awaitTrue(() -> received(subject).size() == 1, "the message arrived");
        MimeMessage message = received(subject).get(0);
        assertThat(message.getHeader("Message-ID")[0]).isEqualTo("<" + id + ".example.org>");
        assertThat(message.getFrom()[0].toString()).contains("Friends of the Library", "giving@example.org");
        assertThat(message.getAllRecipients()[0].toString()).contains("zoe.muller@example.org");

        Multipart mixed = (Multipart) message.getContent();
        List<String> types = new ArrayList<>();
        collectTypes(mixed, types);
        assertThat(types).anyMatch(t -> t.startsWith("text/plain"));
        assertThat(types).anyMatch(t -> t.startsWith("text/html"));
        assertThat(types).anyMatch(t -> t.startsWith("image/png"));
        assertThat(types).anyMatch(t -> t.startsWith("text/calendar"));
        BodyPart calendar = find(mixed, "text/calendar");
        assertThat(calendar.getFileName()).isEqualTo("event.ics");
        assertThat(calendar.getInputStream().readAllBytes()).isEqualTo(ics);
        BodyPart image = find(mixed, "image/png");
        assertThat(((jakarta.mail.internet.MimeBodyPart) image).getContentID()).isEqualTo("<qr>");
        assertThat(image.getInputStream().readAllBytes()).isEqualTo(png);

        awaitTrue(() -> "SENT".equals(status(id)), "the outbox says SENT");
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        String subject = "Never " + UUID.randomUUID();
        List<UUID> queued = new ArrayList<>();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    queued.add(mailer.send(Mail.text(null, new Mail.Recipient("a@example.org", null), subject, "x")));
                    throw new IllegalStateException("the caller's work failed");
                }))
                .hasMessageContaining("the caller's work failed");
        sleep(Duration.ofSeconds(2));
        assertThat(received(subject)).isEmpty();
        assertThat(queued).hasSize(1);
        assertThat(status(queued.get(0))).as("no outbox row").isNull();
        assertThat(delivery.deliverDue()).isGreaterThanOrEqualTo(0);
        assertThat(received(subject)).isEmpty();
    }

    @Test
    void theSameDedupeKeyQueuesAndSendsOneMessageEvenFromEightThreadsAtOnce() throws Exception {
        String key = "test-confirmation:" + UUID.randomUUID();
        String subject = "Once " + key;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UUID>> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(pool.submit(() -> {
                start.await();
                return mailer.send(Mail.text(key, new Mail.Recipient("b@example.org", null), subject, "once"));
            }));
        }
        start.countDown();
        Set<UUID> distinct = ConcurrentHashMap.newKeySet();
        for (Future<UUID> f : ids) {
            distinct.add(f.get());
        }
        pool.shutdown();
        assertThat(distinct).hasSize(1);
        awaitTrue(() -> received(subject).size() == 1, "the message arrived");
        delivery.deliverDue();
        sleep(Duration.ofSeconds(1));
        assertThat(received(subject)).hasSize(1);
    }

    @Test
    void twoDeliveriesRacingForOneMessageSendItOnce() throws Exception {
        String subject = "Race " + UUID.randomUUID();
        UUID id = queueWithoutDelivery(subject);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return delivery.deliver(id);
            }));
        }
        start.countDown();
        int sent = 0;
        for (Future<Boolean> r : results) {
            sent += r.get() ? 1 : 0;
        }
        pool.shutdown();
        // one of the six sends it (or, rarely, the cluster's 15-second delivery run got there first: then none)
        assertThat(sent).isLessThanOrEqualTo(1);
        awaitTrue(() -> received(subject).size() == 1, "the message arrived");
        sleep(Duration.ofMillis(500));
        assertThat(received(subject)).hasSize(1);
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void aServerThatIsDownIsRetriedAndTheMessageArrivesOnce() throws Exception {
        String subject = "Retried " + UUID.randomUUID();
        SMTP.stop();
        UUID id;
        try {
            id = mailer.send(Mail.text(null, new Mail.Recipient("c@example.org", null), subject, "later"));
            awaitTrue(() -> attempts(id) == 1 && "PENDING".equals(status(id)), "the first attempt failed");
            assertThat(lastError(id)).isNotBlank().doesNotContain("c@example.org");
        } finally {
            SMTP.start();
        }
        awaitTrue(
                () -> {
                    delivery.deliverDue();
                    return "SENT".equals(status(id));
                },
                "a later attempt went through");
        assertThat(received(subject)).hasSize(1);
        assertThat(attempts(id)).isEqualTo(2);
        delivery.deliverDue();
        assertThat(received(subject)).hasSize(1);
    }

    @Test
    void aMessageOutOfAttemptsFailsAndAnAdministratorRetriesIt() throws Exception {
        String subject = "Failing " + UUID.randomUUID();
        UUID id;
        SMTP.stop();
        try {
            id = mailer.send(Mail.text(null, new Mail.Recipient("d@example.org", null), subject, "x"));
            awaitTrue(
                    () -> {
                        delivery.deliverDue();
                        return "FAILED".equals(status(id));
                    },
                    "three attempts, then FAILED");
            assertThat(attempts(id)).isEqualTo(3);
        } finally {
            SMTP.start();
        }
        Api admin = TestUsers.admin(Api.of(server, json));
        var failed = admin.get("/api/mail-outbox?status=FAILED&size=200");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json()).containsEntry("deliveryEnabled", true);
        assertThat(((Map<?, ?>) failed.json().get("messages")).get("items").toString())
                .contains(id.toString());

        var retried = admin.post("/api/mail-outbox/" + id + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json()).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        awaitTrue(
                () -> {
                    delivery.deliverDue();
                    return "SENT".equals(status(id));
                },
                "sent after the retry");
        assertThat(received(subject)).hasSize(1);
        assertProblem(admin.post("/api/mail-outbox/" + id + "/retry", Map.of()), 409, "mail.not-failed");
        assertProblem(admin.post("/api/mail-outbox/" + UUID.randomUUID() + "/retry", Map.of()), 404, "mail.not-found");
        assertProblem(admin.get("/api/mail-outbox?status=LOST"), 400, "validation.failed");
    }

    // ---- helpers ----

    /** Queues a message whose after-commit attempt cannot take it: it is already claimed until the test takes it. */
    private UUID queueWithoutDelivery(String subject) {
        UUID id = transactions.executeWrite(status -> {
            UUID queued = mailer.send(Mail.text(null, new Mail.Recipient("e@example.org", null), subject, "race"));
            try (var ps = status.getConnection()
                    .prepareStatement("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(Instant.now().plusSeconds(3600)));
                ps.setString(2, queued.toString());
                ps.executeUpdate();
            }
            return queued;
        });
        sleep(Duration.ofMillis(500));
        update(
                "UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?",
                Instant.now().minusSeconds(5),
                id);
        return id;
    }

    private List<MimeMessage> received(String subject) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static void collectTypes(Multipart multipart, List<String> types) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            types.add(part.getContentType().toLowerCase());
            if (part.getContent() instanceof Multipart nested) {
                collectTypes(nested, types);
            }
        }
    }

    private static BodyPart find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                BodyPart found = find(nested, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String status(UUID id) {
        return column("status", id);
    }

    private String lastError(UUID id) {
        return column("last_error", id);
    }

    private int attempts(UUID id) {
        String text = column("attempts", id);
        return text == null ? -1 : Integer.parseInt(text);
    }

    private String column(String column, UUID id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement("SELECT " + column + " FROM mail_outbox WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Instant at, UUID id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, java.sql.Timestamp.from(at));
            ps.setString(2, id.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
