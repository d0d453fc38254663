package org.steward.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
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
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.support.Api;
import org.steward.support.TestSmtp;
import org.steward.support.TestUsers;

/**
 * The confirmation email against a real SMTP server (GreenMail, started here): it arrives after commit with the
 * event as an .ics that ical4j parses (VEVENT in the event's zone, its VTIMEZONE, a stable UID) and a QR code that
 * ZXing decodes to the registration's check-in token, which maps back to that registration (ADR 0018).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationConfirmationIT implements TestPropertyProvider {

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
    void aPublicSignUpGetsAConfirmationWithAnIcsAndAQrCodeThatLeadsBackToTheRegistration() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 10, List.of());
        String email = "ada" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Ada");
        body.put("lastName", "Lovelace");
        body.put("email", email);
        body.put("ticketTypeId", setup.ticketTypeId());
        var reply = Api.of(server, json).post("/api/public/events/" + setup.eventId() + "/registrations", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String registrationId = reply.string("id");

        MimeMessage message = awaitMessageTo(email);
        assertThat(message.getSubject()).startsWith("Your registration: Gala");
        Multipart content = (Multipart) message.getContent();
        List<BodyPart> parts = new ArrayList<>();
        collect(content, parts);

        BodyPart ics = parts.stream()
                .filter(p -> type(p).startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(ics.getFileName()).isEqualTo("event.ics");
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(
                        new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(setup.eventId() + "@steward");
        assertThat(event.getSummary().getValue()).startsWith("Gala");
        assertThat(event.getLocation().getValue()).contains("Main Hall");
        assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Toronto");
        ZonedDateTime start = (ZonedDateTime) event.getDateTimeStart().getDate();
        var view = coordinator.get("/api/events/" + setup.eventId()).json();
        assertThat(start.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse((String) view.get("startsAt")));
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/Toronto");

        BodyPart inline = parts.stream()
                .filter(p -> type(p).startsWith("image/png") && p instanceof MimeBodyPart m && contentId(m) != null)
                .findFirst()
                .orElseThrow();
        assertThat(contentId((MimeBodyPart) inline)).isEqualTo("<qr>");
        assertThat(parts.stream()
                        .filter(p -> type(p).startsWith("image/png")
                                && fileName(p) != null
                                && Part.ATTACHMENT.equalsIgnoreCase(disposition(p))))
                .isNotEmpty();
        String token = decodeQr(inline.getInputStream().readAllBytes());
        assertThat(token).hasSize(22).doesNotContain(registrationId);
        assertThat(registrations.byCheckInToken(token).orElseThrow().id().toString())
                .isEqualTo(registrationId);
    }

    @Test
    void aStaffRegistrationOfAConstituentWithAnEmailIsConfirmedOnceAndAWaitlistedPartyIsToldItWaits() throws Exception {
        Api coordinator = TestUsers.withRoles(Api.of(server, json), "EVENT_COORDINATOR");
        var setup = EventFixtures.published(coordinator, 1, List.of());
        Api officer = TestUsers.withRoles(Api.of(server, json), "DEVELOPMENT_OFFICER");
        String email = "grace" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String other = "alan" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String grace = person(officer, "Grace", email);
        String alan = person(officer, "Alan", other);

        var first = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                EventFixtures.registration(grace, setup.ticketTypeId()));
        assertThat(first.json()).containsEntry("status", "REGISTERED");
        var second = coordinator.post(
                "/api/events/" + setup.eventId() + "/registrations",
                EventFixtures.registration(alan, setup.ticketTypeId()));
        assertThat(second.json()).containsEntry("status", "WAITLISTED");

        assertThat(awaitMessageTo(email).getSubject()).startsWith("Your registration");
        assertThat(awaitMessageTo(other).getSubject()).startsWith("You are on the waitlist");
        Thread.sleep(1500);
        assertThat(messagesTo(email)).hasSize(1);
    }

    private String person(Api officer, String first, String email) {
        var reply = officer.post(
                "/api/constituents",
                Map.of(
                        "type",
                        "INDIVIDUAL",
                        "firstName",
                        first,
                        "lastName",
                        "Tester" + UUID.randomUUID().toString().substring(0, 6),
                        "emails",
                        List.of(Map.of("address", email, "primary", true))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("id");
    }

    static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader()
                .decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)))
                .getText();
    }

    private MimeMessage awaitMessageTo(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var found = messagesTo(address);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no message to " + address);
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

    private static String type(BodyPart p) {
        try {
            return p.getContentType().toLowerCase(java.util.Locale.ROOT);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentId(MimeBodyPart p) {
        try {
            return p.getContentID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(BodyPart p) {
        try {
            return p.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String disposition(BodyPart p) {
        try {
            return p.getDisposition();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
