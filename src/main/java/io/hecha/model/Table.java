package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * A table with its merged cells resolved two ways: the list of {@link TableCell}s with spans, and
 * a rectangular grid of strings in which a merged cell's text stands in every position it covers.
 *
 * @param id          the table's id from its caption ({@code 表7}), or a generated {@code table-N}
 * @param caption     the caption text ({@code 表7  固定资产情况表}), "" when none was found
 * @param sectionPath the numbers/titles of the enclosing sections joined by " > "
 * @param headerRows  how many leading rows are header rows ({@code w:tblHeader}, else 1)
 * @param cells       the cells as laid out, each with its row, column and spans
 * @param grid        rows × columns of displayed text; every row has {@link #columnCount()} entries
 * @param provenance  where it stands
 */
public record Table(String id, String caption, String sectionPath, int headerRows,
                    List<TableCell> cells, List<List<String>> grid,
                    Provenance provenance) implements Block {
    public Table {
        Objects.requireNonNull(id, "id");
        caption = caption == null ? "" : caption;
        sectionPath = sectionPath == null ? "" : sectionPath;
        cells = List.copyOf(cells);
        grid = grid.stream().map(List::copyOf).toList();
    }

    /** Number of rows of the grid. */
    public int rowCount() {
        return grid.size();
    }

    /** Number of columns of the grid (every row has this many). */
    public int columnCount() {
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }

    /** The grid text at a position, "" outside the grid. */
    public String text(int row, int column) {
        if (row < 0 || row >= grid.size()) return "";
        List<String> r = grid.get(row);
        return column < 0 || column >= r.size() ? "" : r.get(column);
    }

    /** The cell that covers a grid position, or null. Scans the cells: for repeated lookups use {@link CellIndex}. */
    public TableCell cellAt(int row, int column) {
        for (TableCell c : cells) {
            if (c.covers(row, column)) return c;
        }
        return null;
    }
}
