package org.steward.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.steward.shared.mail.Mail;

/**
 * Builds the complete MIME message of a {@link Mail} once, when it is queued, with a Message-ID made from its
 * outbox id: every attempt sends the same bytes, so a receiving server that saw an attempt that we could not
 * confirm can recognise the repeat.
 */
final class MimeMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MimeMessages() {}

    static byte[] build(UUID id, Mail mail, MailConfig config, Instant at) {
        try {
            MimeMessage message = new FixedIdMessage("<" + id + "." + domainOf(config.from()) + ">");
            message.setFrom(new InternetAddress(config.from(), config.fromName(), "UTF-8"));
            message.setRecipient(
                    jakarta.mail.Message.RecipientType.TO,
                    new InternetAddress(mail.to().address(), mail.to().name(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            message.setSentDate(Date.from(at));
            message.setContent(body(mail));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a valid message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message as stored, ready for {@code Transport.sendMessage} (which does not touch its headers). */
    static MimeMessage parse(Session session, byte[] bytes) throws MessagingException {
        return new MimeMessage(session, new java.io.ByteArrayInputStream(bytes));
    }

    /**
     * mixed ( alternative ( text, related ( html, inline parts ) ), files ); parts that are not needed are left
     * out, so a plain-text message is a single text part.
     */
    private static MimeMultipart body(Mail mail) throws MessagingException {
        List<Mail.Attachment> inline =
                mail.attachments().stream().filter(a -> a.contentId() != null).toList();
        List<Mail.Attachment> files =
                mail.attachments().stream().filter(a -> a.contentId() == null).toList();

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());

        MimeBodyPart readable;
        if (mail.html() == null) {
            readable = text;
        } else {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeBodyPart htmlWithImages = html;
            if (!inline.isEmpty()) {
                MimeMultipart related = new MimeMultipart("related");
                related.addBodyPart(html);
                for (Mail.Attachment a : inline) {
                    MimeBodyPart part = part(a);
                    part.setContentID("<" + a.contentId() + ">");
                    part.setDisposition(MimeBodyPart.INLINE);
                    related.addBodyPart(part);
                }
                htmlWithImages = new MimeBodyPart();
                htmlWithImages.setContent(related);
            }
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(htmlWithImages);
            readable = new MimeBodyPart();
            readable.setContent(alternative);
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(readable);
        for (Mail.Attachment a : files) {
            MimeBodyPart part = part(a);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private static MimeBodyPart part(Mail.Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
        try {
            part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(a.filename(), "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return part;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "steward" : address.substring(at + 1);
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up on {@code saveChanges}. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(String messageId) {
            super(SESSION);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
