package org.steward.constituents.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.steward.constituents.ContactPoints;
import org.steward.shared.ids.Ids;

/**
 * Reads and replaces a constituent's emails, phones, addresses, tags and external ids with plain SQL: a handful
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
                        "SELECT id, number, type, is_primary FROM constituent_phones WHERE constituent_id = ? ORDER BY is_primary DESC, number",
                        key,
                        rs -> new ContactPoints.Phone(
                                UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getBoolean(4))),
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

    /** Replaces every child row with the given ones (already validated and normalized). */
    public void replace(UUID id, Children children) {
        String key = id.toString();
        for (String table : List.of(
                "constituent_emails",
                "constituent_phones",
                "constituent_addresses",
                "constituent_tags",
                "constituent_external_ids")) {
            update("DELETE FROM " + table + " WHERE constituent_id = ?", ps -> ps.setString(1, key));
        }
        for (var email : children.emails()) {
            update(
                    "INSERT INTO constituent_emails (id, constituent_id, address, address_key, type, is_primary) VALUES (?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, idOf(email.id()));
                        ps.setString(2, key);
                        ps.setString(3, email.address());
                        ps.setString(4, Names.key(email.address()));
                        ps.setString(5, email.type());
                        ps.setBoolean(6, email.primary());
                    });
        }
        for (var phone : children.phones()) {
            update(
                    "INSERT INTO constituent_phones (id, constituent_id, number, digits, type, is_primary) VALUES (?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, idOf(phone.id()));
                        ps.setString(2, key);
                        ps.setString(3, phone.number());
                        ps.setString(4, digits(phone.number()));
                        ps.setString(5, phone.type());
                        ps.setBoolean(6, phone.primary());
                    });
        }
        for (var a : children.addresses()) {
            update(
                    "INSERT INTO constituent_addresses (id, constituent_id, type, line1, line2, city, region, postal_code, postal_key,"
                            + " country, valid_from, valid_to, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, idOf(a.id()));
                        ps.setString(2, key);
                        ps.setString(3, a.type());
                        ps.setString(4, a.line1());
                        ps.setString(5, a.line2());
                        ps.setString(6, a.city());
                        ps.setString(7, a.region());
                        ps.setString(8, a.postalCode());
                        ps.setString(9, postalKey(a.postalCode()));
                        ps.setString(10, a.country());
                        setDate(ps, 11, a.validFrom());
                        setDate(ps, 12, a.validTo());
                        ps.setBoolean(13, a.primary());
                    });
        }
        for (String tag : children.tags()) {
            update("INSERT INTO constituent_tags (constituent_id, tag) VALUES (?, ?)", ps -> {
                ps.setString(1, key);
                ps.setString(2, tag);
            });
        }
        for (var ext : children.externalIds()) {
            update(
                    "INSERT INTO constituent_external_ids (id, constituent_id, source, external_id) VALUES (?, ?, ?, ?)",
                    ps -> {
                        ps.setString(1, Ids.next().toString());
                        ps.setString(2, key);
                        ps.setString(3, ext.source());
                        ps.setString(4, ext.id());
                    });
        }
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

    public static String digits(String number) {
        return number == null ? "" : number.replaceAll("[^0-9]", "");
    }

    public static String postalKey(String postalCode) {
        return postalCode == null ? null : postalCode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String idOf(UUID id) {
        return (id == null ? Ids.next() : id).toString();
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

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private <T> List<T> query(String sql, String key, Row<T> row) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, key);
            return readAll(ps, row);
        });
    }

    private void update(String sql, Binder binder) {
        jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            return ps.executeUpdate();
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
