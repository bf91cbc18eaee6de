package io.hecha.read.pdf;

import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table read from a PDF before it enters the model: its cells (with page provenance), the
 * rectangular text grid, the column edges of its last part and where it stands. A table continued
 * across pages is one PdfTable whose parts were joined by {@link TableContinuation}.
 *
 * @param firstPage page of its first part
 * @param lastPage  page of its last part
 * @param top       top of its first part
 * @param bottom    bottom of its last part
 * @param bbox      box of its first part {x0, y0, x1, y1}
 * @param xs        column edges of the last part
 * @param cells     the cells, rows counted over all parts
 * @param grid      rows × columns of text, a merged cell's text in every position it covers
 * @param fullEnds  top-left positions ({@link #key}) of cells whose last line runs to the cell's
 *                  right side (their text may go on in a row continued on the next page)
 */
public record PdfTable(int firstPage, int lastPage, double top, double bottom, double[] bbox,
                       List<Double> xs, List<TableCell> cells, List<List<String>> grid, Set<Integer> fullEnds) {
    public PdfTable {
        fullEnds = Set.copyOf(fullEnds);
        xs = List.copyOf(xs);
        cells = List.copyOf(cells);
        grid = grid.stream().map(r -> (List<String>) new ArrayList<>(r)).map(List::copyOf).toList();
    }

    /** The key of a cell's top-left grid position in {@link #fullEnds}. */
    public static int key(int row, int column) {
        return row * 10_000 + column;
    }

    /** True when the cell's last line runs to its right side. */
    public boolean endsFull(TableCell c) {
        return fullEnds.contains(key(c.row(), c.column()));
    }

    public int rows() {
        return grid.size();
    }

    public int columns() {
        return grid.isEmpty() ? 0 : grid.get(0).size();
    }
}
