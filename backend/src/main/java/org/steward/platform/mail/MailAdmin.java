package org.steward.platform.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.steward.shared.errors.ConflictException;
import org.steward.shared.errors.InvalidInputException;
import org.steward.shared.errors.NotFoundException;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;
import org.steward.shared.web.PageResponse;

/** What administrators see of the outbox: which mail went out, which waits, which failed and why; and a retry. */
@Singleton
public class MailAdmin {

    private static final Set<String> STATUSES =
            Set.of(MailOutbox.PENDING, MailOutbox.SENDING, MailOutbox.SENT, MailOutbox.FAILED);

    private final MailOutbox outbox;
    private final MailConfig config;
    private final CurrentActor actor;
    private final Timestamps timestamps;

    MailAdmin(MailOutbox outbox, MailConfig config, CurrentActor actor, Timestamps timestamps) {
        this.outbox = outbox;
        this.config = config;
        this.actor = actor;
        this.timestamps = timestamps;
    }

    /** One message of the outbox (its body stays in the database). */
    @Serdeable
    public record MailView(
            UUID id,
            String status,
            String recipient,
            String subject,
            int attempts,
            @Nullable Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant sentAt,
            Instant createdAt,
            String createdBy) {}

    /** The outbox page, and whether this instance delivers at all. */
    @Serdeable
    public record OutboxPage(boolean deliveryEnabled, PageResponse<MailView> messages) {}

    @Transactional(readOnly = true)
    public OutboxPage list(@Nullable String status, int page, int size) {
        String wanted =
                status == null || status.isBlank() ? null : status.trim().toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw InvalidInputException.of("status", "must be one of PENDING, SENDING, SENT, FAILED");
        }
        List<MailView> items =
                outbox.list(wanted, page, size).stream().map(MailAdmin::view).toList();
        return new OutboxPage(config.enabled(), new PageResponse<>(items, page, size, outbox.count(wanted)));
    }

    /** Queues a failed message again, with a fresh count of attempts; 409 {@code mail.not-failed} otherwise. */
    @Transactional
    public MailView retry(UUID id) {
        MailOutbox.Entry entry = outbox.find(id)
                .orElseThrow(() -> new NotFoundException(
                        "mail.not-found", "Message not found", "No message " + id + " in the outbox."));
        if (!outbox.requeue(id, timestamps.now(), actor.name())) {
            throw new ConflictException(
                    "mail.not-failed",
                    "Message has not failed",
                    "Only a failed message can be retried; this one is " + entry.status() + ".");
        }
        return view(outbox.find(id).orElseThrow());
    }

    private static MailView view(MailOutbox.Entry e) {
        return new MailView(
                e.id(),
                e.status(),
                e.recipient(),
                e.subject(),
                e.attempts(),
                MailOutbox.PENDING.equals(e.status()) ? e.nextAttemptAt() : null,
                e.lastError(),
                e.sentAt(),
                e.createdAt(),
                e.createdBy());
    }
}
