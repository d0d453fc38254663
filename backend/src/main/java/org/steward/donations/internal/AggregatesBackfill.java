package org.steward.donations.internal;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.shared.security.CurrentActor;
import org.steward.shared.time.Timestamps;

/**
 * Fills the giving aggregates from the ledger after the migration that created them (ADR 0023), and rebuilds them on
 * demand. The tables start empty with {@code giving_aggregates_state} PENDING; at start-up an instance that finds
 * PENDING refreshes every donor, {@link RollupRecomputer#CHUNK} at a time, each chunk in its own transaction under
 * the same donor locks as gift entry (so gifts recorded meanwhile are never lost or counted twice, and two instances
 * doing it at once only repeat each other's work), repairs the summary and sets BUILT. Small ledgers (up to
 * {@link #SYNCHRONOUS_DONORS} donors) are done before start-up completes; larger ones on a background thread, while
 * {@code GivingFacts} answers from the ledger.
 */
@Singleton
public class AggregatesBackfill {

    static final int SYNCHRONOUS_DONORS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(AggregatesBackfill.class);

    private final Steps steps;

    AggregatesBackfill(Steps steps) {
        this.steps = steps;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (steps.built()) {
            return;
        }
        List<UUID> donors = steps.donors();
        if (donors.size() <= SYNCHRONOUS_DONORS) {
            rebuild(donors);
            return;
        }
        Thread thread = new Thread(() -> rebuild(donors), "giving-aggregates-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Refreshes every donor's rows, repairs the summary and marks the aggregates BUILT; returns the donors visited. */
    public int rebuild() {
        return rebuild(steps.donors());
    }

    private int rebuild(List<UUID> donors) {
        long start = System.nanoTime();
        LOG.info("Giving aggregates: filling them from the ledger for {} constituents", donors.size());
        try {
            for (int from = 0; from < donors.size(); from += RollupRecomputer.CHUNK) {
                steps.refresh(
                        new ArrayList<>(donors.subList(from, Math.min(donors.size(), from + RollupRecomputer.CHUNK))));
                if ((from / RollupRecomputer.CHUNK) % 40 == 39) {
                    LOG.info(
                            "Giving aggregates: {} of {} constituents done",
                            from + RollupRecomputer.CHUNK,
                            donors.size());
                }
            }
            int repaired = steps.repairAndMarkBuilt();
            LOG.info(
                    "Giving aggregates: filled for {} constituents in {} s ({} summary rows repaired)",
                    donors.size(),
                    (System.nanoTime() - start) / 1_000_000_000L,
                    repaired);
        } catch (RuntimeException e) {
            LOG.error("Giving aggregates: filling them failed; reports read the ledger until a restart retries", e);
            throw e;
        }
        return donors.size();
    }

    /** The back-fill's transactions (each retried whole on a deadlock like every other one, ADR 0007). */
    @Singleton
    public static class Steps {

        private final RollupRecomputer recomputer;
        private final GiftStore gifts;
        private final AggregateStore store;
        private final Timestamps timestamps;
        private final CurrentActor actor;

        Steps(
                RollupRecomputer recomputer,
                GiftStore gifts,
                AggregateStore store,
                Timestamps timestamps,
                CurrentActor actor) {
            this.recomputer = recomputer;
            this.gifts = gifts;
            this.store = store;
            this.timestamps = timestamps;
            this.actor = actor;
        }

        @Transactional(readOnly = true)
        public boolean built() {
            return store.built();
        }

        @Transactional(readOnly = true)
        public List<UUID> donors() {
            List<UUID> ids = new ArrayList<>(gifts.constituentsWithGiving());
            ids.sort(java.util.Comparator.comparing(UUID::toString));
            return ids;
        }

        @Transactional
        public void refresh(List<UUID> ids) {
            recomputer.refresh(ids);
        }

        @Transactional
        public int repairAndMarkBuilt() {
            int repaired = recomputer.repairSummary();
            store.markBuilt(timestamps.now(), actor.name());
            return repaired;
        }
    }
}
