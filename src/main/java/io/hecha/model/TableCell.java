package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell as laid out in a table: its top-left grid position, spans, displayed text (lines joined
 * with {@code \n}), the bookmarks that start in it and any tables nested inside it.
 */
public record TableCell(int row, int column, int rowSpan, int colSpan, String text,
                        List<String> bookmarks, List<Table> nestedTables, Provenance provenance) {
    public TableCell {
        Objects.requireNonNull(text, "text");
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("spans must be >= 1");
        bookmarks = List.copyOf(bookmarks);
        nestedTables = List.copyOf(nestedTables);
    }

    /** True when this cell covers the grid position. */
    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= column && c < column + colSpan;
    }
}
