package org.steward.platform.mail;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.steward.shared.ids.Ids;
import org.steward.shared.mail.Mail;
import org.steward.shared.mail.Mailer;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Queues mail in the outbox within the caller's transaction (or its own when there is none) and asks for delivery
 * once that transaction has committed ({@link MailDelivery#onQueued}).
 */
@Singleton
class OutboxMailer implements Mailer {

    private final MailOutbox outbox;
    private final MailConfig config;
    private final ApplicationEventPublisher<MailQueued> events;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    OutboxMailer(
            MailOutbox outbox,
            MailConfig config,
            ApplicationEventPublisher<MailQueued> events,
            CurrentActor actor,
            Timestamps timestamps) {
        this.outbox = outbox;
        this.config = config;
        this.events = events;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** Published when a message is queued; delivered to listeners after the queuing transaction commits. */
    record MailQueued(UUID id) {}

    @Override
    @Transactional
    public UUID send(Mail mail) {
        if (mail.dedupeKey() != null) {
            Optional<UUID> existing = outbox.idOfDedupeKey(mail.dedupeKey());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        UUID id = Ids.next();
        Instant now = timestamps.now();
        byte[] message = MimeMessages.build(id, mail, config, now);
        if (!outbox.insert(
                id,
                mail.dedupeKey(),
                mail.to().address(),
                truncate(mail.subject(), 1000),
                message,
                now,
                actor.name())) {
            // another transaction queued the same key at the same moment and committed first
            return outbox.idOfDedupeKey(mail.dedupeKey()).orElseThrow();
        }
        events.publishEvent(new MailQueued(id));
        return id;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
