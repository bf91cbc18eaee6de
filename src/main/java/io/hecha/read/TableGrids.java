package io.hecha.read;

import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the rectangular text grid of a table from its cells with spans. */
public final class TableGrids {
    private TableGrids() {
    }

    /** rows × columns of text, a merged cell's text in every position it covers, "" where no cell is. */
    public static List<List<String>> of(List<TableCell> cells, int rows, int columns) {
        String[][] g = new String[rows][columns];
        for (String[] r : g) Arrays.fill(r, "");
        for (TableCell c : cells) {
            for (int r = c.row(); r < Math.min(rows, c.row() + c.rowSpan()); r++) {
                for (int k = c.column(); k < Math.min(columns, c.column() + c.colSpan()); k++) g[r][k] = c.text();
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] r : g) out.add(List.of(r));
        return out;
    }
}
