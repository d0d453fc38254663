package org.steward.shared.mail;

import java.util.UUID;

/**
 * Sends email (docs/adr/0016). {@link #send} only queues the message, in the caller's transaction: it goes out
 * after that transaction commits, never if it rolls back, and is retried while the mail server is unreachable.
 * Each message is delivered once: a message with the same {@link Mail#dedupeKey()} as one already queued is not
 * queued again.
 */
public interface Mailer {

    /**
     * Queues the message and returns its id in the outbox; for a dedupe key already used, the id of the message
     * queued with it (and nothing new is queued).
     */
    UUID send(Mail mail);
}
