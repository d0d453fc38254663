package org.steward.donations;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.scheduling.ScheduledTask;

/**
 * Every day at 02:30 UTC, once across all instances (clustered Quartz, ADR 0011): re-derives missed payments, next
 * expected date and status of every recurring gift that is not closed, so gifts lapse, end and come back from a
 * pause without a payment. Pages through the ids; each gift is its own short transaction under its row lock, so
 * payments recorded meanwhile wait at most for one gift. Safe to run again: a gift already up to date is not written.
 */
@Singleton
public class RecurringGiftsTask implements ScheduledTask {

    static final String NAME = "donations.recurring-gifts";
    static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RecurringGiftsTask.class);

    private final RecurringGiftService service;

    RecurringGiftsTask(RecurringGiftService service) {
        this.service = service;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return "0 30 2 * * ?";
    }

    @Override
    public void run(Instant scheduledTime) {
        int changed = review(LocalDate.ofInstant(scheduledTime, ZoneOffset.UTC));
        LOG.info("Recurring gifts reviewed: {} changed", changed);
    }

    /** Re-derives every open recurring gift as of {@code today}; returns how many changed. */
    public int review(LocalDate today) {
        int changed = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = service.openIdsAfter(after, PAGE);
            for (UUID id : ids) {
                if (service.refresh(id, today)) {
                    changed++;
                }
            }
            if (ids.size() < PAGE) {
                return changed;
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
