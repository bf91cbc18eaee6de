package io.hecha.read.layout;

import java.util.List;

/**
 * A table found from ruling lines on one page: its column and row edges and its cells with spans.
 *
 * @param page  1-based page number
 * @param xs    column edges, left to right (columns + 1 values)
 * @param ys    row edges, top to bottom (rows + 1 values)
 * @param cells the cells, each covering one or more grid positions, in row-major order
 */
record GridTable(int page, List<Double> xs, List<Double> ys, List<GridCell> cells) {
    public GridTable {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        cells = List.copyOf(cells);
    }

    /** Number of grid rows. */
    public int rows() {
        return ys.size() - 1;
    }

    /** Number of grid columns. */
    public int columns() {
        return xs.size() - 1;
    }

    public double left() {
        return xs.get(0);
    }

    public double right() {
        return xs.get(xs.size() - 1);
    }

    public double top() {
        return ys.get(0);
    }

    public double bottom() {
        return ys.get(ys.size() - 1);
    }

    /** True when the point lies inside the table's outer frame. */
    public boolean contains(double x, double y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /**
     * One cell: top-left grid position, spans and its rectangle.
     */
    public record GridCell(int row, int column, int rowSpan, int colSpan,
                           double x0, double y0, double x1, double y1) {
        public boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }
}
