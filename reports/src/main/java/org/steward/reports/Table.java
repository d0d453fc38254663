package org.steward.reports;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A titled table to render. Rows are an {@link Iterable} so a caller can stream them from the database without
 * holding them all; each row has one value per column (null for empty): String, Number, BigDecimal, LocalDate,
 * Instant or LocalDateTime.
 */
public record Table(String title, String subtitle, List<Column> columns, Iterable<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    Iterator<List<Object>> checkedRows() {
        return checked(columns, rows.iterator());
    }

    /** {@code source}, refusing a row that has not one value per column. */
    static Iterator<List<Object>> checked(List<Column> columns, Iterator<List<Object>> source) {
        int width = columns.size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<Object> next() {
                List<Object> row = source.next();
                if (row.size() != width) {
                    throw new IllegalArgumentException("Row has " + row.size() + " values for " + width + " columns");
                }
                return row;
            }
        };
    }
}
