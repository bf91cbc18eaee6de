package io.hecha.read.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a sheet's cells draw lines: which cells have a vertical line (left or right border) and
 * which a horizontal one (top or bottom). A blank row crossed by vertical lines lies inside a ruled
 * table, a blank row without them separates two tables (columns likewise).
 */
final class Borders {
    private final Map<Integer, Integer> flagsByStyle = new HashMap<>();
    private final Map<Integer, List<Integer>> verticalByRow = new HashMap<>();
    private final Map<Integer, List<Integer>> horizontalByColumn = new HashMap<>();
    private Map<Integer, int[]> rows;
    private Map<Integer, int[]> columns;

    static final int VERTICAL = 1;
    static final int HORIZONTAL = 2;

    /** The line flags of a style (cached per style index). */
    int flags(CellStyle s) {
        return flagsByStyle.computeIfAbsent((int) s.getIndex(), k -> {
            int f = 0;
            if (s.getBorderLeft() != BorderStyle.NONE || s.getBorderRight() != BorderStyle.NONE) f |= VERTICAL;
            if (s.getBorderTop() != BorderStyle.NONE || s.getBorderBottom() != BorderStyle.NONE) f |= HORIZONTAL;
            return f;
        });
    }

    /** Records the lines of a cell. */
    void add(int row, int column, int flags) {
        if ((flags & VERTICAL) != 0) verticalByRow.computeIfAbsent(row, k -> new ArrayList<>()).add(column);
        if ((flags & HORIZONTAL) != 0) horizontalByColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(row);
    }

    /** True when a cell of the row between the two columns (inclusive) draws a vertical line. */
    boolean verticalLineIn(int row, int fromColumn, int toColumn) {
        if (rows == null) rows = sorted(verticalByRow);
        return any(rows.get(row), fromColumn, toColumn);
    }

    /** True when a cell of the column between the two rows (inclusive) draws a horizontal line. */
    boolean horizontalLineIn(int column, int fromRow, int toRow) {
        if (columns == null) columns = sorted(horizontalByColumn);
        return any(columns.get(column), fromRow, toRow);
    }

    private static Map<Integer, int[]> sorted(Map<Integer, List<Integer>> m) {
        Map<Integer, int[]> out = new HashMap<>();
        m.forEach((k, v) -> {
            int[] a = v.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(a);
            out.put(k, a);
        });
        return out;
    }

    private static boolean any(int[] sorted, int from, int to) {
        if (sorted == null) return false;
        int i = Arrays.binarySearch(sorted, from);
        if (i >= 0) return true;
        int ins = -i - 1;
        return ins < sorted.length && sorted[ins] <= to;
    }
}
