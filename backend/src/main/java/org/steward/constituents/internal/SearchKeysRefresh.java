package org.steward.constituents.internal;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.steward.constituents.ConstituentsConfig;
import org.steward.constituents.ContactPoints;
import org.steward.constituents.Countries;
import org.steward.shared.persistence.Sql;
import org.steward.shared.time.Timestamps;

/**
 * Makes the stored search keys again when the rules that make them changed ({@link Names#KEYS_VERSION}, ADR 0027):
 * each constituent's sort name, name keys, search text and name words, its phones' E.164 form and key, and its
 * emails' keys. At start-up an instance that finds {@code constituent_keys_state} older goes through every
 * constituent, {@value #CHUNK} at a time in id order, each chunk in its own transaction with its rows locked (so a
 * user's edit meanwhile is either before or after, never lost); a few thousand constituents before start-up
 * completes, more on a background thread. Two instances doing it at once write the same values.
 */
@Singleton
public class SearchKeysRefresh {

    static final int CHUNK = 500;
    static final int SYNCHRONOUS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(SearchKeysRefresh.class);

    private final Steps steps;

    SearchKeysRefresh(Steps steps) {
        this.steps = steps;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (steps.version() >= Names.KEYS_VERSION) {
            return;
        }
        if (steps.constituents() <= SYNCHRONOUS) {
            refreshAll();
            return;
        }
        Thread thread = new Thread(this::refreshAll, "constituent-search-keys");
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes every constituent's keys again and records the version; answers how many constituents it visited. */
    public synchronized int refreshAll() {
        long start = System.nanoTime();
        int done = 0;
        try {
            String after = "";
            while (true) {
                List<String> ids = steps.refresh(after);
                if (ids.isEmpty()) {
                    break;
                }
                done += ids.size();
                after = ids.get(ids.size() - 1);
            }
            steps.markDone();
            LOG.info(
                    "Search keys: made again for {} constituents in {} ms",
                    done,
                    (System.nanoTime() - start) / 1_000_000L);
        } catch (RuntimeException e) {
            LOG.error("Search keys: making them again failed after {} constituents; a restart retries", done, e);
            throw e;
        }
        return done;
    }

    /** The refresh's transactions (each retried whole on a deadlock like every other one, ADR 0007). */
    @Singleton
    public static class Steps {

        private final Sql sql;
        private final Timestamps timestamps;
        private final ConstituentsConfig config;

        Steps(Sql sql, Timestamps timestamps, ConstituentsConfig config) {
            this.sql = sql;
            this.timestamps = timestamps;
            this.config = config;
        }

        @Transactional(readOnly = true)
        public int version() {
            return sql.one("SELECT keys_version FROM constituent_keys_state WHERE id = 1", rs -> rs.getInt(1))
                    .orElse(0);
        }

        @Transactional(readOnly = true)
        public long constituents() {
            return sql.count("SELECT COUNT(*) FROM constituents");
        }

        @Transactional
        public void markDone() {
            sql.update(
                    "UPDATE constituent_keys_state SET keys_version = ?, updated_at = ? WHERE id = 1"
                            + " AND keys_version < ?",
                    Names.KEYS_VERSION,
                    timestamps.now(),
                    Names.KEYS_VERSION);
        }

        private record Row(UUID id, Names.Keys keys) {}

        private record Phone(String id, String number, String e164, String key, String owner) {}

        /** The next chunk of constituents after {@code after} (by id): their keys made again; their ids. */
        @Transactional
        public List<String> refresh(String after) {
            List<Row> rows = sql.list(
                    "SELECT id, type, first_name, middle_name, last_name, preferred_name, name, display_name, notes"
                            + " FROM constituents WHERE id > ? ORDER BY id LIMIT ? FOR UPDATE",
                    rs -> new Row(
                            UUID.fromString(rs.getString(1)),
                            Names.keys(
                                    "INDIVIDUAL".equals(rs.getString(2)),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9))),
                    after,
                    CHUNK);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<String> ids = rows.stream().map(r -> r.id().toString()).toList();
            String in = " IN (" + Sql.marks(ids.size()) + ")";
            sql.batch(
                    "UPDATE constituents SET sort_name = ?, first_key = ?, last_key = ?, search_text = ? WHERE id = ?",
                    rows,
                    r -> new Object[] {
                        r.keys().sortName(),
                        r.keys().firstKey(),
                        r.keys().lastKey(),
                        r.keys().searchText(),
                        r.id()
                    });
            sql.update("DELETE FROM constituent_name_words WHERE constituent_id" + in, ids.toArray());
            List<Object[]> words = new ArrayList<>();
            rows.forEach(r -> r.keys().words().forEach(w -> words.add(new Object[] {w, r.id()})));
            sql.batch("INSERT INTO constituent_name_words (word, constituent_id) VALUES (?, ?)", words, w -> w);

            Map<String, String> countries = new HashMap<>();
            sql.list(
                            "SELECT constituent_id, country FROM constituent_addresses WHERE country IS NOT NULL"
                                    + " AND constituent_id" + in + " ORDER BY is_primary",
                            rs -> new String[] {rs.getString(1), rs.getString(2)},
                            ids.toArray())
                    .forEach(a -> Countries.code(a[1]).ifPresent(code -> countries.put(a[0], code)));
            List<Phone> phones = sql.list(
                    "SELECT id, number, e164, digits, constituent_id FROM constituent_phones WHERE constituent_id" + in,
                    rs -> new Phone(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    ids.toArray());
            List<Phone> changed = new ArrayList<>();
            for (Phone p : phones) {
                PhoneNumbers.Reading reading =
                        PhoneNumbers.read(p.number(), countries.getOrDefault(p.owner(), config.defaultCountry()));
                String key = ContactPointStore.phoneKey(
                        new ContactPoints.Phone(null, p.number(), null, false, reading.e164()));
                if (!Objects.equals(reading.e164(), p.e164()) || !Objects.equals(key, p.key())) {
                    changed.add(new Phone(p.id(), p.number(), reading.e164(), key, p.owner()));
                }
            }
            sql.batch("UPDATE constituent_phones SET e164 = ?, digits = ? WHERE id = ?", changed, p ->
                    new Object[] {p.e164(), p.key(), p.id()});
            List<String[]> emails = sql.list(
                    "SELECT id, address, address_key FROM constituent_emails WHERE constituent_id" + in,
                    rs -> new String[] {rs.getString(1), Names.key(rs.getString(2)), rs.getString(3)},
                    ids.toArray());
            sql.batch(
                    "UPDATE constituent_emails SET address_key = ? WHERE id = ?",
                    emails.stream().filter(e -> !e[1].equals(e[2])).toList(),
                    e -> new Object[] {e[1], e[0]});
            return ids;
        }
    }
}
