package org.steward.shared.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL inside the caller's transaction, for modules that write their tables without entities: positional
 * parameters bound by type (UUIDs as their {@code CHAR(36)} text, instants as whole-second timestamps, dates as
 * {@code DATE}, decimals exactly, byte arrays as binary), results read row by row.
 */
@Singleton
public class Sql {

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds one item of a batch. */
    @FunctionalInterface
    public interface Params<T> {
        Object[] of(T item);
    }

    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    public <T> void batch(String sql, Collection<T> items, Params<T> params) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (T item : items) {
                bind(ps, params.of(item));
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        });
    }

    /** Handles one row of a result read by {@link #stream}. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /**
     * Reads a large result row by row without keeping it: over MySQL Connector/J as a streamed result (rows are
     * handled while the server still sends them, and never all held in memory at once); elsewhere as usual. The
     * handler must not run other statements on the connection.
     */
    public void stream(String sql, RowHandler handler, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            if (isMysql(ps)) {
                ps.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream the rows
            }
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSet inner = rs.unwrap(ResultSet.class); // the driver's own: no pool proxy call per column
                while (inner.next()) {
                    handler.handle(inner);
                }
            }
            return null;
        });
    }

    /** Whether this statement goes through MySQL Connector/J (MySQL or MariaDB), whose raw column bytes are text. */
    public static boolean isMysql(java.sql.Statement statement) throws SQLException {
        String url = statement.getConnection().getMetaData().getURL();
        return url != null && url.startsWith("jdbc:mysql:");
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> found = list(sql, row, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** {@code ?, ?, ?} for an {@code IN} list of this many values. */
    public static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(Math.max(1, count), "?"));
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                ps.setNull(index, Types.NULL);
            } else if (value instanceof UUID id) {
                ps.setString(index, id.toString());
            } else if (value instanceof Instant instant) {
                ps.setTimestamp(index, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                ps.setDate(index, Date.valueOf(date));
            } else if (value instanceof BigDecimal decimal) {
                ps.setBigDecimal(index, decimal);
            } else if (value instanceof Boolean flag) {
                ps.setBoolean(index, flag);
            } else if (value instanceof Integer number) {
                ps.setInt(index, number);
            } else if (value instanceof Long number) {
                ps.setLong(index, number);
            } else if (value instanceof byte[] bytes) {
                ps.setBytes(index, bytes);
            } else if (value instanceof Enum<?> constant) {
                ps.setString(index, constant.name());
            } else {
                ps.setString(index, value.toString());
            }
        }
    }
}
