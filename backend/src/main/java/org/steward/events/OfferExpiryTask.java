package org.steward.events;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * Every minute, once across all instances (ADR 0011): cancels the offers of freed seats that expired and offers the
 * seats to the next in line, event by event, each in its own short transaction under the event's lock. Reads and
 * changes of an event's registrations do the same lazily, so this only keeps quiet events up to date.
 */
@Singleton
public class OfferExpiryTask implements ScheduledTask {

    static final String NAME = "events.offer-expiry";
    static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(OfferExpiryTask.class);

    private final RegistrationService registrations;

    OfferExpiryTask(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return "0 * * * * ?";
    }

    @Override
    public void run(Instant scheduledTime) {
        int offers = settle();
        if (offers > 0) {
            LOG.info("Expired event offers settled: {} new offers", offers);
        }
    }

    /** Settles every event with an expired offer; returns how many new offers were made. */
    public int settle() {
        int offers = 0;
        List<UUID> events = registrations.eventsWithExpiredOffers(BATCH);
        for (UUID event : events) {
            offers += registrations.settleOffers(event);
        }
        return offers;
    }
}
