package io.hecha.interpret;

import io.hecha.model.CellIndex;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.DisplayedNumber;
import io.hecha.text.CellWords;

/**
 * A table's cells indexed by grid position once (each position → the cell covering it), and every
 * position's number parsed once. Positions covered by a merged cell that starts elsewhere
 * (continuations) hold no number.
 */
final class CellGrid {
    final Table table;
    final int rows;
    final int columns;
    private final CellIndex anchor;
    private final DisplayedNumber[][] numbers;

    CellGrid(Table table) {
        this.table = table;
        this.rows = table.rowCount();
        this.columns = table.columnCount();
        anchor = CellIndex.of(table);
        numbers = new DisplayedNumber[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (continuation(r, c)) continue;
                numbers[r][c] = DisplayedNumber.parse(table.text(r, c)).orElse(null);
            }
        }
    }

    boolean inside(int r, int c) {
        return r >= 0 && r < rows && c >= 0 && c < columns;
    }

    TableCell cellAt(int r, int c) {
        return anchor.at(r, c);
    }

    /** True when (r, c) is covered by a merged cell that starts in another row or column. */
    boolean continuation(int r, int c) {
        TableCell cell = cellAt(r, c);
        return cell != null && (cell.row() != r || cell.column() != c);
    }

    DisplayedNumber number(int r, int c) {
        return inside(r, c) ? numbers[r][c] : null;
    }

    String text(int r, int c) {
        return table.text(r, c);
    }

    /** True when the cell shows nothing countable: empty, a dash, 无, /, or a merged continuation. */
    boolean blank(int r, int c) {
        if (continuation(r, c)) return true;
        String t = table.text(r, c).strip();
        return t.isEmpty() || CellWords.nothing(t);
    }
}
