package org.steward.reports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first rows of a stream, read ahead and held (at most {@code size}), so a renderer can size its columns before
 * writing any row; then every row, the sampled ones first.
 */
final class SampledRows {

    private final List<List<Object>> sample;
    private final Iterator<List<Object>> rest;

    SampledRows(Iterator<List<Object>> source, int size) {
        this.sample = new ArrayList<>();
        while (sample.size() < size && source.hasNext()) {
            sample.add(source.next());
        }
        this.rest = source;
    }

    List<List<Object>> sample() {
        return sample;
    }

    /** Every row, once: the sample, then the rest of the source. */
    Iterator<List<Object>> all() {
        Iterator<List<Object>> first = sample.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || rest.hasNext();
            }

            @Override
            public List<Object> next() {
                return first.hasNext() ? first.next() : rest.next();
            }
        };
    }

    /**
     * Each column's width in characters as the values read: the longest of the heading, the sampled values and the
     * total, within {@code min} and {@code max}.
     */
    int[] widths(List<Column> columns, List<Object> totals, ReportFormats formats, int min, int max) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            int width = column.heading().length();
            for (List<Object> row : sample) {
                width = Math.max(
                        width, formats.display(column.kind(), row.get(c)).length());
            }
            if (totals != null && totals.get(c) != null) {
                width = Math.max(
                        width, formats.display(column.kind(), totals.get(c)).length());
            }
            widths[c] = Math.max(min, Math.min(max, width + 1));
        }
        return widths;
    }
}
