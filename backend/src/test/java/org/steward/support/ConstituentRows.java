package org.steward.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Inserts bare constituent rows straight into the database, for tests of modules that only need a constituent to
 * point at. Tests of the constituents module itself go through its API instead.
 */
public final class ConstituentRows {

    private ConstituentRows() {}

    public static UUID individual(DataSource dataSource, String firstName, String lastName) {
        String display = firstName + " " + lastName;
        return insert(
                dataSource,
                "INDIVIDUAL",
                firstName,
                lastName,
                null,
                display,
                (lastName + ", " + firstName).toLowerCase());
    }

    public static UUID organization(DataSource dataSource, String name) {
        return insert(dataSource, "ORGANIZATION", null, null, name, name, name.toLowerCase());
    }

    private static UUID insert(
            DataSource dataSource, String type, String first, String last, String name, String display, String sort) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String sql = "INSERT INTO constituents (id, type, first_name, last_name, name, name_generated, deceased,"
                + " display_name, sort_name, first_key, last_key, search_text, do_not_contact, do_not_solicit, version,"
                + " created_at, created_by, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?, ?, ?, FALSE, FALSE, 0, ?, 'test', ?, 'test')";
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, id.toString());
            ps.setString(2, type);
            ps.setString(3, first);
            ps.setString(4, last);
            ps.setString(5, name);
            ps.setString(6, display);
            ps.setString(7, sort);
            ps.setString(8, first == null ? null : first.toLowerCase());
            ps.setString(9, last == null ? sort : last.toLowerCase());
            ps.setString(10, display.toLowerCase());
            ps.setTimestamp(11, now);
            ps.setTimestamp(12, now);
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
