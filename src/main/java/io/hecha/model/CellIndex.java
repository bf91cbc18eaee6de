package io.hecha.model;

/**
 * A table's cells indexed by grid position, built once in time linear in the cells' area: each
 * position maps to the cell covering it. {@link Table#cellAt} scans the cells; use this for
 * repeated lookups.
 */
public final class CellIndex {
    private final int rows;
    private final int columns;
    private final TableCell[][] at;

    private CellIndex(Table t) {
        rows = t.rowCount();
        columns = t.columnCount();
        at = new TableCell[rows][columns];
        for (TableCell c : t.cells()) {
            int r1 = Math.min(rows, c.row() + c.rowSpan()), c1 = Math.min(columns, c.column() + c.colSpan());
            for (int r = Math.max(0, c.row()); r < r1; r++) {
                for (int k = Math.max(0, c.column()); k < c1; k++) if (at[r][k] == null) at[r][k] = c;
            }
        }
    }

    /** Indexes a table's cells. */
    public static CellIndex of(Table t) {
        return new CellIndex(t);
    }

    /** The cell covering a grid position (the first in the cell list, as {@link Table#cellAt}), or null. */
    public TableCell at(int row, int column) {
        return row >= 0 && row < rows && column >= 0 && column < columns ? at[row][column] : null;
    }

    /** The cell's own provenance at a position (with page areas or a spreadsheet cell); the table's when the cell has no page areas and the table stands on one page; else null. */
    public static Provenance provenance(TableCell cell, Table t) {
        if (cell != null && cell.provenance() != null
                && (!cell.provenance().areas().isEmpty() || !cell.provenance().cell().isEmpty())) return cell.provenance();
        return t.provenance() != null && t.provenance().areas().size() == 1 ? t.provenance() : null;
    }
}
