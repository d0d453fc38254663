package org.steward.relationships;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Direct database access for relationship tests: bin a constituent, read raw rows, clean up what a test made. */
final class RelationshipDb {

    private RelationshipDb() {}

    /** Soft-deletes a constituent as the constituents module does (its CRUD API is written elsewhere). */
    static void deleteConstituent(DataSource dataSource, UUID id) {
        update(
                dataSource,
                "UPDATE constituents SET deleted_at = ?, deleted_by = 'test' WHERE id = ?",
                Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)),
                id.toString());
    }

    /** The stored columns of these relationships, by id, for before/after comparisons. */
    static Map<String, Map<String, Object>> rows(DataSource dataSource, Collection<String> ids) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        String sql = "SELECT id, from_id, to_id, type_code, start_date, end_date, active, active_key, notes"
                + " FROM relationships WHERE id = ?";
        try (Connection c = connection(dataSource);
                var ps = c.prepareStatement(sql)) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                        }
                        rows.put(id, row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Removes the relationships of these constituents, then these custom types. */
    static void cleanUp(DataSource dataSource, Collection<UUID> constituents, Collection<String> typeCodes) {
        for (UUID id : constituents) {
            update(
                    dataSource,
                    "DELETE FROM relationships WHERE from_id = ? OR to_id = ?",
                    id.toString(),
                    id.toString());
        }
        List<String> codes = new ArrayList<>(typeCodes);
        for (String code : codes) {
            update(dataSource, "DELETE FROM relationships WHERE type_code = ?", code);
            update(dataSource, "DELETE FROM relationship_types WHERE code = ? AND built_in = FALSE", code);
        }
    }

    private static void update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = connection(dataSource);
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection(DataSource dataSource) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
