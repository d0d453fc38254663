package org.steward.events.internal;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.steward.events.internal.EventStore.EventRow;
import org.steward.shared.mail.Mail;
import org.steward.shared.mail.Mailer;

/**
 * The confirmation email of a registration, queued through {@link Mailer} in the registration's transaction (sent
 * after commit, never twice: its dedupe key is the registration's id). A party with seats gets its check-in QR code
 * (inline, content id {@code qr}, and as a file) and the event as an {@code .ics} file; a waitlisted party is told it
 * waits, with no code.
 */
@Singleton
public class RegistrationConfirmation {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

    private final Mailer mailer;
    private final EventCalendar calendar;

    public RegistrationConfirmation(Mailer mailer, EventCalendar calendar) {
        this.mailer = mailer;
        this.calendar = calendar;
    }

    public static String dedupeKey(java.util.UUID registrationId) {
        return "event-registration-confirmed:" + registrationId;
    }

    /** The dedupe key of the confirmation sent to whom a registration was transferred, with its new code. */
    public static String transferKey(java.util.UUID registrationId, String token) {
        return "event-registration-transferred:" + registrationId + ":" + token;
    }

    public static String cancelledKey(java.util.UUID registrationId) {
        return "event-cancelled:" + registrationId;
    }

    public void registered(EventRow event, java.util.UUID registrationId, String token, Mail.Recipient to, int party) {
        registered(event, registrationId, token, to, party, dedupeKey(registrationId));
    }

    public void registered(
            EventRow event,
            java.util.UUID registrationId,
            String token,
            Mail.Recipient to,
            int party,
            String dedupeKey) {
        String when = event.startsAt().format(WHEN) + " (" + event.timeZone() + ")";
        String where = EventCalendar.location(event);
        String seats = party == 1 ? "1 seat" : party + " seats";
        String text = "Hello " + (to.name() == null ? "" : to.name()) + ",\n\n"
                + "you are registered for " + event.title() + " (" + seats + ").\n"
                + "When: " + when + "\n"
                + (where == null ? "" : "Where: " + where + "\n")
                + "\nShow the attached QR code at the door to check in. The attached calendar file adds the event"
                + " to your calendar.\n";
        String html = "<p>Hello " + escape(to.name() == null ? "" : to.name()) + ",</p>"
                + "<p>you are registered for <strong>" + escape(event.title()) + "</strong> (" + seats + ").</p>"
                + "<p>When: " + escape(when) + (where == null ? "" : "<br>Where: " + escape(where)) + "</p>"
                + "<p>Show this code at the door to check in:</p>"
                + "<p><img src=\"cid:qr\" alt=\"Your check-in code\" width=\"" + CheckInCodes.SIZE + "\"></p>";
        byte[] png = CheckInCodes.qrPng(token);
        byte[] ics = calendar.calendar(List.of(event)).getBytes(StandardCharsets.UTF_8);
        mailer.send(new Mail(
                dedupeKey,
                to,
                "Your registration: " + event.title(),
                text,
                html,
                List.of(
                        new Mail.Attachment("check-in.png", "image/png", png, "qr"),
                        new Mail.Attachment("check-in-code.png", "image/png", png, null),
                        new Mail.Attachment("event.ics", EventCalendar.CONTENT_TYPE, ics, null))));
    }

    public void waitlisted(EventRow event, java.util.UUID registrationId, Mail.Recipient to) {
        waitlisted(event, registrationId, to, dedupeKey(registrationId));
    }

    public void waitlisted(EventRow event, java.util.UUID registrationId, Mail.Recipient to, String dedupeKey) {
        mailer.send(Mail.text(
                dedupeKey,
                to,
                "You are on the waitlist: " + event.title(),
                "Hello " + (to.name() == null ? "" : to.name()) + ",\n\n" + event.title()
                        + " is full for now: you are on its waitlist. If seats free up, they are offered to you in"
                        + " turn and we will write again.\n"));
    }

    /** Tells a registrant the event is cancelled (once per registration), with the reason when one was given. */
    public void eventCancelled(EventRow event, java.util.UUID registrationId, Mail.Recipient to, String reason) {
        String when = event.startsAt().format(WHEN) + " (" + event.timeZone() + ")";
        mailer.send(Mail.text(
                cancelledKey(registrationId),
                to,
                "Event cancelled: " + event.title(),
                "Hello " + (to.name() == null ? "" : to.name()) + ",\n\n"
                        + "we are sorry: " + event.title() + ", planned for " + when + ", is cancelled"
                        + (reason == null || reason.isBlank() ? "." : " (" + reason.strip() + ").")
                        + "\nYour registration is cancelled with it; you need not do anything.\n"));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
