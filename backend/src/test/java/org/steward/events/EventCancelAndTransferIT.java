package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.support.Api;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * Cancelling an event cancels its registrations (fees refunded on request, registrants told by email through a real
 * SMTP server, GreenMail), and a transfer re-issues the check-in code and mails it to the new registrant.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventCancelAndTransferIT implements TestPropertyProvider {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    RegistrationService registrations;

    @Override
    public Map<String, String> getProperties() {
        return TestSmtp.properties(PORT, "events@example.org");
    }

    @Test
    void cancellingAnEventCancelsItsRegistrationsRefundsTheirFeesAndTellsTheRegistrants() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        String eventId = paidEvent(coordinator, 2);
        String ticket = coordinator.get("/api/events/" + eventId + "/ticket-types").jsonList().stream()
                .map(t -> (Map<?, ?>) t)
                .filter(t -> "Dinner seat".equals(t.get("name")))
                .map(t -> (String) t.get("id"))
                .findFirst()
                .orElseThrow();
        String paidEmail = mail("paid");
        String pendingEmail = mail("pending");
        String waitingEmail = mail("waiting");
        var paid = register(coordinator, eventId, ticket, person(admin, "Paid", paidEmail), "cash");
        var pending = register(coordinator, eventId, ticket, person(admin, "Pending", pendingEmail), null);
        var waiting = register(coordinator, eventId, ticket, person(admin, "Waiting", waitingEmail), null);
        var silent = register(coordinator, eventId, ticket, person(admin, "Silent", null), null);
        assertThat(paid.json()).containsEntry("status", "REGISTERED");
        assertThat(pending.json()).containsEntry("status", "REGISTERED");
        assertThat(waiting.json()).containsEntry("status", "WAITLISTED");
        awaitMessages(waitingEmail, 1);

        var cancelled = coordinator.post(
                "/api/events/" + eventId + "/cancel", Map.of("reason", "storm warning", "refundFees", true));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "CANCELLED");
        for (var r : List.of(paid, pending, waiting, silent)) {
            var now = coordinator.get("/api/registrations/" + r.string("id")).json();
            assertThat(now)
                    .containsEntry("status", "CANCELLED")
                    .containsEntry("cancelReason", "Event cancelled: storm warning");
        }
        assertThat(admin.get("/api/gifts/" + paid.string("feeGiftId")).json()).containsEntry("status", "REFUNDED");
        assertThat(CheckInJourney.subjects(admin, UUID.fromString(paid.string("constituentId"))))
                .as("the timeline shows the cancellation")
                .anyMatch(subject -> ((String) subject).startsWith("Cancelled registration for "));
        assertThat(admin.get("/api/gifts/" + pending.string("feeGiftId")).json())
                .containsEntry("status", "CANCELLED");
        for (String to : List.of(paidEmail, pendingEmail, waitingEmail)) {
            MimeMessage message = awaitSubject(to, "Event cancelled: ");
            assertThat(GreenMailUtil.getBody(message)).contains("storm warning");
        }
        Thread.sleep(1500);
        assertThat(messagesTo(paidEmail).stream().filter(m -> subject(m).startsWith("Event cancelled")))
                .hasSize(1);
        var again = coordinator.post("/api/events/" + eventId + "/cancel", Map.of());
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void withoutRefundAndNotifyTheFeesStayAndNobodyIsWritten() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        String eventId = paidEvent(coordinator, 10);
        String ticket = ((Map<?, ?>) coordinator
                        .get("/api/events/" + eventId + "/ticket-types")
                        .jsonList()
                        .get(0))
                .get("id")
                .toString();
        String email = mail("quiet");
        var paid = register(coordinator, eventId, ticket, person(admin, "Quiet", email), "cash");
        awaitMessages(email, 1);

        var cancelled = coordinator.post("/api/events/" + eventId + "/cancel", Map.of("notify", false));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(coordinator.get("/api/registrations/" + paid.string("id")).json())
                .containsEntry("status", "CANCELLED")
                .containsEntry("cancelReason", "Event cancelled");
        assertThat(admin.get("/api/gifts/" + paid.string("feeGiftId")).json()).containsEntry("status", "COMPLETED");
        Thread.sleep(2000);
        assertThat(messagesTo(email)).hasSize(1); // the confirmation only
    }

    @Test
    void aTransferIssuesANewCheckInCodeAndMailsItToTheNewRegistrant() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        Api admin = TestUsers.admin(Api.of(server, json));
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String fromEmail = mail("from");
        String toEmail = mail("to");
        String from = person(admin, "Giver", fromEmail);
        String to = person(admin, "Taker", toEmail);
        var registration = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                EventFixtures.registration(from, setup.ticketTypeId()));
        assertThat(registration.status()).as(registration.toString()).isEqualTo(201);
        String id = registration.string("id");
        String oldToken = RegistrationConfirmationIT.decodeQr(qr(awaitSubject(fromEmail, "Your registration")));
        assertThat(registrations.byCheckInToken(oldToken).orElseThrow().id().toString())
                .isEqualTo(id);

        var transferred = coordinator.post(
                "/api/registrations/" + id + "/transfer", Map.of("constituentId", to, "reason", "gift"));

        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.json()).containsEntry("constituentId", to);
        String newToken = RegistrationConfirmationIT.decodeQr(qr(awaitSubject(toEmail, "Your registration")));
        assertThat(newToken).isNotEqualTo(oldToken).hasSize(22);
        assertThat(registrations.byCheckInToken(oldToken)).isEmpty();
        var found = registrations.byCheckInToken(newToken).orElseThrow();
        assertThat(found.id().toString()).isEqualTo(id);
        assertThat(found.constituentId().toString()).isEqualTo(to);
        assertThat(CheckInJourney.subjects(admin, UUID.fromString(from)))
                .as("the giver's timeline")
                .anyMatch(subject -> ((String) subject).startsWith("Transferred registration for "));
        assertThat(CheckInJourney.subjects(admin, UUID.fromString(to)))
                .as("the taker's timeline")
                .anyMatch(subject -> ((String) subject).startsWith("Registered for ")
                        && ((String) subject).endsWith(" (transferred)"));
    }

    private String paidEvent(Api coordinator, int capacity) {
        Map<String, Object> body = EventFixtures.anEvent("Dinner " + UUID.randomUUID());
        body.put("capacity", capacity);
        var event = coordinator.post("/api/events", body);
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        String eventId = event.string("id");
        var type = coordinator.post(
                "/api/events/" + eventId + "/ticket-types", EventFixtures.aTicketType("Dinner seat", "40.00"));
        assertThat(type.status()).as(type.toString()).isEqualTo(201);
        assertThat(coordinator
                        .post("/api/events/" + eventId + "/publish", Map.of())
                        .status())
                .isEqualTo(200);
        return eventId;
    }

    private Api.Reply register(Api coordinator, String eventId, String ticket, String who, String paymentMethod) {
        Map<String, Object> body = EventFixtures.registration(who, ticket);
        if (paymentMethod != null) {
            body.put("paymentMethod", paymentMethod);
        }
        var reply = coordinator.post("/api/events/" + eventId + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static String mail(String who) {
        return who + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String person(Api as, String first, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "INDIVIDUAL");
        body.put("firstName", first);
        body.put("lastName", "Guest" + UUID.randomUUID().toString().substring(0, 6));
        if (email != null) {
            body.put("emails", List.of(Map.of("address", email, "primary", true)));
        }
        var reply = as.post("/api/constituents", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    private static byte[] qr(MimeMessage message) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) message.getContent(), parts);
        for (BodyPart p : parts) {
            if (p instanceof MimeBodyPart m && "<qr>".equals(m.getContentID())) {
                return m.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no inline QR code in " + message.getSubject());
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }

    private MimeMessage awaitSubject(String address, String prefix) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var found = messagesTo(address).stream()
                    .filter(m -> subject(m).startsWith(prefix))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message '" + prefix + "…' to " + address);
    }

    private void awaitMessages(String address, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && messagesTo(address).size() < count) {
            Thread.sleep(200);
        }
        assertThat(messagesTo(address)).hasSizeGreaterThanOrEqualTo(count);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
