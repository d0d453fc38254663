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
        Iterator<List<Object>> source = rows.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<Object> next() {
                List<Object> row = source.next();
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "Row has " + row.size() + " values for " + columns.size() + " columns");
                }
                return row;
            }
        };
    }
}
