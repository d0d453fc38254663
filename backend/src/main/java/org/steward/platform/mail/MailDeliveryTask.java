package org.steward.platform.mail;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * Every 15 seconds, on one instance of the cluster: sends the mail that is due (retries after a failed attempt,
 * mail queued while delivery was off, and mail an instance claimed and then died holding).
 */
@Singleton
class MailDeliveryTask implements ScheduledTask {

    private final MailDelivery delivery;

    MailDeliveryTask(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "platform.mail-delivery";
    }

    @Override
    public String cron() {
        return "0/15 * * * * ?";
    }

    @Override
    public void run(Instant scheduledTime) {
        delivery.deliverDue();
    }
}
