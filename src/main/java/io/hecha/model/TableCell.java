package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell as laid out in a table: its top-left grid position, spans, displayed text (lines joined
 * with {@code \n}), the bookmarks that start in it, any tables nested inside it, and the value the
 * source stores behind the displayed text, when it stores one.
 *
 * @param text  the text as displayed (a spreadsheet number as its number format shows it, {@code 94.70%})
 * @param value the stored value where it differs in kind from the text, else null: a number in plain
 *              decimal notation ({@code 0.947} behind {@code 94.70%}), a date or date-time in ISO-8601
 *              ({@code 2024-03-01}, {@code 2024-03-01T14:30}), {@code TRUE} / {@code FALSE}; null for
 *              formats that store only text (DOCX, DOC, PDF) and for text cells
 */
public record TableCell(int row, int column, int rowSpan, int colSpan, String text,
                        List<String> bookmarks, List<Table> nestedTables, Provenance provenance, String value) {
    /** A cell whose source stores only its text. */
    public TableCell(int row, int column, int rowSpan, int colSpan, String text,
                     List<String> bookmarks, List<Table> nestedTables, Provenance provenance) {
        this(row, column, rowSpan, colSpan, text, bookmarks, nestedTables, provenance, null);
    }

    public TableCell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("spans must be >= 1");
        bookmarks = List.copyOf(bookmarks);
        nestedTables = List.copyOf(nestedTables);
    }

    /** The stored value as a number, or null when there is none or it is not a number (a date, a boolean). */
    public java.math.BigDecimal storedNumber() {
        if (value == null || value.isEmpty()) return null;
        char c = value.charAt(0);
        if (c != '-' && c != '.' && (c < '0' || c > '9')) return null;
        try {
            return value.indexOf('-', 1) > 0 || value.indexOf(':') > 0 ? null : new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when this cell covers the grid position. */
    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= column && c < column + colSpan;
    }
}
