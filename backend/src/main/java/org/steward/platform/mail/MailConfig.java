package org.steward.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code app.mail}: the SMTP server mail goes out through (docs/operations.md#email). The password comes from the
 * environment ({@code APP_MAIL_PASSWORD}), never from a file in the repository.
 *
 * @param enabled whether this instance delivers mail; when false, mail is still queued (nothing is lost) and goes
 *     out once an instance with delivery on runs
 * @param host the SMTP server
 * @param port 587 for STARTTLS (the usual submission port), 465 for TLS, 25 or a test port for NONE
 * @param security {@code STARTTLS} (required, not opportunistic), {@code TLS} (implicit, "SMTPS") or {@code NONE}
 * @param username SMTP user; empty for a server that needs none
 * @param password SMTP password, from the environment
 * @param from the sender address of every message
 * @param fromName the name shown with it
 * @param maxAttempts attempts before a message counts as failed
 * @param retryDelay the wait after the first failed attempt; it doubles with each further one, up to an hour
 * @param claimTimeout how long an instance holds a message it is sending; one it held longer (the instance died
 *     mid-send) is tried again by another
 * @param timeout connect, read and write timeout of the SMTP connection
 */
@ConfigurationProperties("app.mail")
public record MailConfig(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "localhost") String host,
        @Bindable(defaultValue = "587") int port,
        @Bindable(defaultValue = "STARTTLS") Security security,
        @Nullable String username,
        @Nullable String password,
        @Bindable(defaultValue = "steward@localhost") String from,
        @Bindable(defaultValue = "Steward") String fromName,
        @Bindable(defaultValue = "10") int maxAttempts,
        @Bindable(defaultValue = "30s") Duration retryDelay,
        @Bindable(defaultValue = "5m") Duration claimTimeout,
        @Bindable(defaultValue = "20s") Duration timeout) {

    /** How the SMTP connection is secured. */
    public enum Security {
        STARTTLS,
        TLS,
        NONE
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
    Duration delayAfter(int attempts) {
        Duration delay = retryDelay;
        for (int i = 1; i < attempts && delay.compareTo(Duration.ofHours(1)) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }
}
