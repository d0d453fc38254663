package org.steward.platform.mail;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.platform.mail.MailOutbox.Claimed;
import org.steward.shared.time.Timestamps;

/**
 * Delivers queued mail: right after the queuing transaction commits, and every few seconds for what is due (retries,
 * and what was queued while delivery was off or the instance that queued it stopped). A message is claimed before it
 * is sent, in one statement, so of several instances only one sends it; it is marked sent as soon as the server has
 * taken it. Logs carry outbox ids and SMTP status only, never addresses or subjects.
 */
@Singleton
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final MailConfig config;
    private final Timestamps timestamps;
    private final ExecutorService executor;
    private final String instance;
    private final Session session;

    MailDelivery(
            MailOutbox outbox,
            MailConfig config,
            Timestamps timestamps,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.outbox = outbox;
        this.config = config;
        this.timestamps = timestamps;
        this.executor = executor;
        this.instance = "mail-" + UUID.randomUUID();
        this.session = Session.getInstance(properties(config));
    }

    /** After the commit that queued it: try the message at once, off the request's thread. */
    @TransactionalEventListener
    void onQueued(OutboxMailer.MailQueued queued) {
        if (!config.enabled()) {
            return;
        }
        try {
            // The executor carries the caller's propagated context, which still holds the committed transaction's
            // (now closed) connection: deliver in an empty one, so the claim opens a transaction of its own.
            executor.execute(() -> {
                try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
                    deliver(queued.id());
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the periodic run of another instance (or of this one after a restart) sends it
        }
    }

    /** Sends every message that is due now, one after the other; returns how many were sent. */
    public int deliverDue() {
        if (!config.enabled()) {
            return 0;
        }
        int sent = 0;
        List<UUID> due = outbox.due(timestamps.now(), 100);
        for (UUID id : due) {
            if (deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims and sends one message; false if another instance had it, or the attempt failed. */
    boolean deliver(UUID id) {
        Instant now = timestamps.now();
        if (!outbox.claim(id, instance, now, now.plus(config.claimTimeout()))) {
            return false;
        }
        Claimed claimed = outbox.claimed(id, instance).orElse(null);
        if (claimed == null) {
            return false;
        }
        try {
            MimeMessage message = MimeMessages.parse(session, claimed.message());
            Address[] recipients = message.getAllRecipients();
            try (Transport transport =
                    session.getTransport(config.security() == MailConfig.Security.TLS ? "smtps" : "smtp")) {
                transport.connect(
                        config.host(), config.port(), blankToNull(config.username()), blankToNull(config.password()));
                transport.sendMessage(message, recipients);
            }
            outbox.sent(id, instance, timestamps.now());
            LOG.info("Mail {} sent (attempt {})", id, claimed.attempts());
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            if (permanent(e) || claimed.attempts() >= config.maxAttempts()) {
                outbox.failed(id, instance, error, timestamps.now());
                LOG.warn("Mail {} failed for good after {} attempt(s): {}", id, claimed.attempts(), error);
            } else {
                Instant next = timestamps.now().plus(config.delayAfter(claimed.attempts()));
                outbox.retryLater(id, instance, next, error, timestamps.now());
                LOG.info("Mail {} not sent (attempt {}), next at {}: {}", id, claimed.attempts(), next, error);
            }
            return false;
        }
    }

    /** A 5xx answer about the message or its recipient: sending it again would get the same answer. */
    private static boolean permanent(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException f && f.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof SMTPSendFailedException f && f.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof SendFailedException f && f.getNextException() instanceof SMTPAddressFailedException a) {
                return a.getReturnCode() >= 500;
            }
            if (t instanceof AuthenticationFailedException) {
                return false; // a configuration problem: fixed by the operator, then the retries go through
            }
        }
        return false;
    }

    /** The exception's kind and SMTP status, without the server's text (it may quote the recipient's address). */
    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException f) {
                return "SMTP " + f.getReturnCode() + " for the recipient";
            }
            if (t instanceof SMTPSendFailedException f) {
                return "SMTP " + f.getReturnCode() + " for the message";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName() + ")";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Properties properties(MailConfig config) {
        Properties p = new Properties();
        String timeout = String.valueOf(config.timeout().toMillis());
        for (String protocol : List.of("smtp", "smtps")) {
            String prefix = "mail." + protocol + ".";
            p.put(prefix + "host", config.host());
            p.put(prefix + "port", String.valueOf(config.port()));
            p.put(
                    prefix + "auth",
                    String.valueOf(
                            config.username() != null && !config.username().isBlank()));
            p.put(prefix + "connectiontimeout", timeout);
            p.put(prefix + "timeout", timeout);
            p.put(prefix + "writetimeout", timeout);
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (config.security() == MailConfig.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.smtps.ssl.enable", "true");
        return p;
    }
}
