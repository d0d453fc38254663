package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.steward.constituents.ContactPoints;
import org.steward.shared.ids.Ids;

/**
 * Reads, writes and changes a constituent's emails, phones, addresses, tags and external ids with plain SQL: a handful
 * of indexed statements per constituent, inside the caller's transaction.
 */
@Singleton
public class ContactPointStore {

    private final JdbcOperations jdbc;

    public ContactPointStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record Children(
            List<ContactPoints.Email> emails,
            List<ContactPoints.Phone> phones,
            List<ContactPoints.Address> addresses,
            List<String> tags,
            List<ContactPoints.ExternalId> externalIds) {}

    public Children load(UUID id) {
        String key = id.toString();
        return new Children(
                query(
                        "SELECT id, address, type, is_primary FROM constituent_emails WHERE constituent_id = ? ORDER BY is_primary DESC, address",
                        key,
                        rs -> new ContactPoints.Email(
                                UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getBoolean(4))),
                query(
                        "SELECT id, number, type, is_primary, e164 FROM constituent_phones WHERE constituent_id = ? ORDER BY is_primary DESC, number",
                        key,
                        rs -> new ContactPoints.Phone(
                                UUID.fromString(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getBoolean(4),
                                rs.getString(5))),
                query(
                        "SELECT id, type, line1, line2, city, region, postal_code, country, valid_from, valid_to, is_primary"
                                + " FROM constituent_addresses WHERE constituent_id = ? ORDER BY is_primary DESC, valid_from DESC",
                        key,
                        ContactPointStore::address),
                query(
                        "SELECT tag FROM constituent_tags WHERE constituent_id = ? ORDER BY tag",
                        key,
                        rs -> rs.getString(1)),
                query(
                        "SELECT source, external_id FROM constituent_external_ids WHERE constituent_id = ? ORDER BY source, external_id",
                        key,
                        rs -> new ContactPoints.ExternalId(rs.getString(1), rs.getString(2))));
    }

    /**
     * Writes the child rows of a constituent that has none yet (a create): inserts only, each kind in one batch,
     * with new ids. Nothing is deleted first, so concurrent creates take no locks on each other's index ranges.
     */
    public void insert(UUID owner, Children children) {
        String key = owner.toString();
        batch(INSERT_EMAIL, children.emails(), (ps, e) -> bindEmail(ps, Ids.next(), key, e));
        batch(INSERT_PHONE, children.phones(), (ps, p) -> bindPhone(ps, Ids.next(), key, p));
        batch(INSERT_ADDRESS, children.addresses(), (ps, a) -> bindAddress(ps, Ids.next(), key, a));
        insertTags(key, children.tags());
        insertExternalIds(key, children.externalIds());
    }

    /**
     * Changes the child rows from {@code before} (as {@link #load} read them) to {@code after} (validated and
     * normalized), touching only the rows that changed: a row keeps its id when the request names it or, without an
     * id, when it has the same address or number as a row that was there; removed rows are deleted by primary key.
     */
    public void update(UUID owner, Children before, Children after) {
        String key = owner.toString();
        sync(
                key,
                before.emails(),
                after.emails(),
                new Rows<>(
                        ContactPoints.Email::id,
                        e -> Names.key(e.address()),
                        (e, id) -> new ContactPoints.Email(id, e.address(), e.type(), e.primary()),
                        "constituent_emails",
                        INSERT_EMAIL,
                        UPDATE_EMAIL,
                        ContactPointStore::bindEmail));
        sync(
                key,
                before.phones(),
                after.phones(),
                new Rows<>(
                        ContactPoints.Phone::id,
                        ContactPointStore::phoneKey,
                        (p, id) -> new ContactPoints.Phone(id, p.number(), p.type(), p.primary(), p.e164()),
                        "constituent_phones",
                        INSERT_PHONE,
                        UPDATE_PHONE,
                        ContactPointStore::bindPhone));
        sync(
                key,
                before.addresses(),
                after.addresses(),
                new Rows<>(
                        ContactPoints.Address::id,
                        a -> a.withId(null),
                        ContactPoints.Address::withId,
                        "constituent_addresses",
                        INSERT_ADDRESS,
                        UPDATE_ADDRESS,
                        ContactPointStore::bindAddress));

        Set<String> oldTags = new LinkedHashSet<>(before.tags());
        Set<String> newTags = new LinkedHashSet<>(after.tags());
        batch(
                "DELETE FROM constituent_tags WHERE constituent_id = ? AND tag = ?",
                minus(oldTags, newTags),
                (ps, tag) -> {
                    ps.setString(1, key);
                    ps.setString(2, tag);
                });
        insertTags(key, minus(newTags, oldTags));

        Set<ContactPoints.ExternalId> oldIds = new LinkedHashSet<>(before.externalIds());
        Set<ContactPoints.ExternalId> newIds = new LinkedHashSet<>(after.externalIds());
        batch(
                "DELETE FROM constituent_external_ids WHERE constituent_id = ? AND source = ? AND external_id = ?",
                minus(oldIds, newIds),
                (ps, ext) -> {
                    ps.setString(1, key);
                    ps.setString(2, ext.source());
                    ps.setString(3, ext.id());
                });
        insertExternalIds(key, minus(newIds, oldIds));
    }

    private static final String INSERT_EMAIL =
            "INSERT INTO constituent_emails (address, address_key, type, is_primary, id, constituent_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_EMAIL = "UPDATE constituent_emails SET address = ?, address_key = ?, type = ?,"
            + " is_primary = ? WHERE id = ? AND constituent_id = ?";
    private static final String INSERT_PHONE =
            "INSERT INTO constituent_phones (number, digits, type, is_primary, e164, id, constituent_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_PHONE = "UPDATE constituent_phones SET number = ?, digits = ?, type = ?,"
            + " is_primary = ?, e164 = ? WHERE id = ? AND constituent_id = ?";
    private static final String INSERT_ADDRESS = "INSERT INTO constituent_addresses (type, line1, line2, city, region,"
            + " postal_code, postal_key, country, valid_from, valid_to, is_primary, id, constituent_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ADDRESS = "UPDATE constituent_addresses SET type = ?, line1 = ?, line2 = ?,"
            + " city = ?, region = ?, postal_code = ?, postal_key = ?, country = ?, valid_from = ?, valid_to = ?,"
            + " is_primary = ? WHERE id = ? AND constituent_id = ?";

    /** Binds a row's values, then its id and owner last: the same binder serves the INSERT and the UPDATE. */
    interface RowBinder<T> {
        void bind(PreparedStatement ps, UUID id, String owner, T row) throws SQLException;
    }

    interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** How one kind of child row is matched, compared and written. */
    record Rows<T>(
            Function<T, UUID> id,
            Function<T, Object> naturalKey,
            BiFunction<T, UUID, T> withId,
            String table,
            String insert,
            String update,
            RowBinder<T> binder) {}

    private <T> void sync(String owner, List<T> before, List<T> after, Rows<T> rows) {
        Map<UUID, T> old = new LinkedHashMap<>();
        before.forEach(row -> old.put(rows.id().apply(row), row));
        Set<UUID> kept = new HashSet<>();
        List<T> inserts = new ArrayList<>();
        List<T> updates = new ArrayList<>();
        for (T row : after) {
            UUID id = rows.id().apply(row);
            if (id == null || !old.containsKey(id) || kept.contains(id)) {
                Object natural = rows.naturalKey().apply(row);
                id = old.entrySet().stream()
                        .filter(e -> !kept.contains(e.getKey()))
                        .filter(e -> Objects.equals(rows.naturalKey().apply(e.getValue()), natural))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
            }
            if (id == null) {
                inserts.add(row);
                continue;
            }
            kept.add(id);
            T withId = rows.withId().apply(row, id);
            if (!withId.equals(old.get(id))) {
                updates.add(withId);
            }
        }
        List<UUID> gone = old.keySet().stream().filter(id -> !kept.contains(id)).toList();
        batch("DELETE FROM " + rows.table() + " WHERE id = ? AND constituent_id = ?", gone, (ps, id) -> {
            ps.setString(1, id.toString());
            ps.setString(2, owner);
        });
        batch(rows.update(), updates, (ps, row) -> rows.binder()
                .bind(ps, rows.id().apply(row), owner, row));
        batch(rows.insert(), inserts, (ps, row) -> rows.binder().bind(ps, Ids.next(), owner, row));
    }

    private static void bindEmail(PreparedStatement ps, UUID id, String owner, ContactPoints.Email email)
            throws SQLException {
        ps.setString(1, email.address());
        ps.setString(2, Names.key(email.address()));
        ps.setString(3, email.type());
        ps.setBoolean(4, email.primary());
        ps.setString(5, id.toString());
        ps.setString(6, owner);
    }

    private static void bindPhone(PreparedStatement ps, UUID id, String owner, ContactPoints.Phone phone)
            throws SQLException {
        ps.setString(1, phone.number());
        ps.setString(2, phoneKey(phone));
        ps.setString(3, phone.type());
        ps.setBoolean(4, phone.primary());
        ps.setString(5, phone.e164());
        ps.setString(6, id.toString());
        ps.setString(7, owner);
    }

    private static void bindAddress(PreparedStatement ps, UUID id, String owner, ContactPoints.Address a)
            throws SQLException {
        ps.setString(1, a.type());
        ps.setString(2, a.line1());
        ps.setString(3, a.line2());
        ps.setString(4, a.city());
        ps.setString(5, a.region());
        ps.setString(6, a.postalCode());
        ps.setString(7, postalKey(a.postalCode()));
        ps.setString(8, a.country());
        setDate(ps, 9, a.validFrom());
        setDate(ps, 10, a.validTo());
        ps.setBoolean(11, a.primary());
        ps.setString(12, id.toString());
        ps.setString(13, owner);
    }

    private void insertTags(String owner, Collection<String> tags) {
        batch("INSERT INTO constituent_tags (constituent_id, tag) VALUES (?, ?)", tags, (ps, tag) -> {
            ps.setString(1, owner);
            ps.setString(2, tag);
        });
    }

    private void insertExternalIds(String owner, Collection<ContactPoints.ExternalId> externalIds) {
        batch(
                "INSERT INTO constituent_external_ids (id, constituent_id, source, external_id) VALUES (?, ?, ?, ?)",
                externalIds,
                (ps, ext) -> {
                    ps.setString(1, Ids.next().toString());
                    ps.setString(2, owner);
                    ps.setString(3, ext.source());
                    ps.setString(4, ext.id());
                });
    }

    /** One statement for all the items (Connector/J sends a batch of inserts as one multi-row insert). */
    private <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static <T> List<T> minus(Set<T> from, Set<T> taken) {
        return from.stream().filter(item -> !taken.contains(item)).toList();
    }

    /** The constituent that already holds this external id, if any. */
    public UUID ownerOfExternalId(String source, String externalId) {
        List<UUID> owners = jdbc.prepareStatement(
                "SELECT constituent_id FROM constituent_external_ids WHERE source = ? AND external_id = ?", ps -> {
                    ps.setString(1, source);
                    ps.setString(2, externalId);
                    return readAll(ps, rs -> UUID.fromString(rs.getString(1)));
                });
        return owners.isEmpty() ? null : owners.get(0);
    }

    /**
     * What phones are compared and searched on (column {@code digits}): the E.164 digits, or the digits as typed
     * ({@link PhoneNumbers}).
     */
    public static String phoneKey(ContactPoints.Phone phone) {
        return PhoneNumbers.key(phone.e164(), phone.number());
    }

    public static String postalKey(String postalCode) {
        return postalCode == null ? null : postalCode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static ContactPoints.Address address(ResultSet rs) throws SQLException {
        return new ContactPoints.Address(
                UUID.fromString(rs.getString(1)),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                localDate(rs, 9),
                localDate(rs, 10),
                rs.getBoolean(11));
    }

    static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, java.sql.Date.valueOf(date));
        }
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, String key, Row<T> row) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, key);
            return readAll(ps, row);
        });
    }

    static <T> List<T> readAll(PreparedStatement ps, Row<T> row) throws SQLException {
        List<T> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(row.read(rs));
            }
        }
        return result;
    }
}
