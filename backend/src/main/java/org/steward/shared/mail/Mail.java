package org.steward.shared.mail;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * One message to one recipient. {@code text} is always sent (the plain-text part); {@code html}, when present, is
 * the alternative that mail programs show. Attachments with a {@code contentId} are inline parts the HTML refers to
 * as {@code cid:<contentId>} (a QR code), the others are files (an {@code .ics} invitation).
 *
 * @param dedupeKey what makes this message unique for its sender (e.g. {@code registration-confirmed:<id>}); the
 *     same key twice queues one message. Null: no such check.
 */
public record Mail(
        @Nullable String dedupeKey,
        Recipient to,
        String subject,
        String text,
        @Nullable String html,
        List<Attachment> attachments) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > 200)) {
            throw new IllegalArgumentException("a dedupe key has 1 to 200 characters");
        }
    }

    /** A plain-text message. */
    public static Mail text(@Nullable String dedupeKey, Recipient to, String subject, String text) {
        return new Mail(dedupeKey, to, subject, text, null, List.of());
    }

    /** An address and, optionally, the name to show with it. */
    public record Recipient(String address, @Nullable String name) {
        public Recipient {
            Objects.requireNonNull(address, "address");
        }
    }

    /** A file, or an inline part when {@code contentId} is set. */
    public record Attachment(String filename, String contentType, byte[] content, @Nullable String contentId) {
        public Attachment {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
