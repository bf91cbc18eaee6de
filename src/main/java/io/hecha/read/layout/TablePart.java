package io.hecha.read.layout;

import io.hecha.model.TableCell;

import java.util.List;
import java.util.Set;

/**
 * A table found on one page before it enters the model: its cells (with page and box), the
 * rectangular text grid and where it stands. Parts continued on the next page are joined later,
 * by the Assembler.
 *
 * @param page     1-based page number
 * @param top      top of the table
 * @param bottom   bottom of the table
 * @param bbox     its box {x0, y0, x1, y1}
 * @param cells    the cells
 * @param grid     rows × columns of text, a merged cell's text in every position it covers
 * @param fullEnds {@code Assembler.PageBreakHints.cellKey} of cells whose last line runs to the
 *                 cell's right side (their text may go on in a row continued on the next page)
 * @param filled   the same keys of cells whose text fills them (top to bottom, last line full)
 * @param headerRows how many leading rows are header rows
 */
record TablePart(int page, double top, double bottom, double[] bbox, List<TableCell> cells,
                 List<List<String>> grid, Set<Integer> fullEnds, Set<Integer> filled,
                 int headerRows) {
    TablePart {
        cells = List.copyOf(cells);
        grid = grid.stream().map(List::copyOf).toList();
        fullEnds = Set.copyOf(fullEnds);
        filled = Set.copyOf(filled);
    }

    int rows() {
        return grid.size();
    }
}
