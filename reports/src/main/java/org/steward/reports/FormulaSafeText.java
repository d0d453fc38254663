package org.steward.reports;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes text into spreadsheet cells so that no spreadsheet program runs it as a formula (CSV/formula injection):
 * text starting with {@code = + - @}, a tab or a carriage return is written as a text cell marked quote-prefixed,
 * as typing a leading apostrophe in Excel does. The value is kept exactly as given, shown as text, and stays text
 * when the cell is edited. One instance per workbook: it makes a quote-prefixed twin of each style it meets once.
 */
final class FormulaSafeText {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();
    private CellStyle quotedDefault;

    FormulaSafeText(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Sets {@code text} into {@code cell} with {@code style} (null: the default style), neutralised if needed. */
    void write(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        if (looksLikeFormula(text)) {
            cell.setCellStyle(quoted(style));
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private CellStyle quoted(CellStyle style) {
        if (style == null) {
            if (quotedDefault == null) {
                quotedDefault = workbook.createCellStyle();
                quotedDefault.setQuotePrefixed(true);
            }
            return quotedDefault;
        }
        return quoted.computeIfAbsent(style, base -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(base);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    /** Whether a spreadsheet program could read {@code text} typed into a cell as a formula. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
