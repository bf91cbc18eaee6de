package io.hecha.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A block of a table: a range of rows (its own header rows, then its body) over a set of grid
 * columns. A plain table is one block. Stacked blocks each have their own header row (a 自评表's
 * funding block above its indicator block); side-by-side blocks share rows and split the columns
 * where a header group repeats across the row (科目编码 | 科目名称 | 决算数 | 科目编码 | 科目名称 | 决算数).
 */
public final class TableBlock {
    /** How the block was cut from its table. */
    public enum Layout { WHOLE, STACKED, SIDE_BY_SIDE }

    private final int id;
    private final Layout layout;
    private final int firstRow;
    private final int bodyRow;
    private final int endRow;
    private final List<Column> columns;
    private final Column[] byGrid;
    private final RowRole[] roles;
    private final String[] labels;
    private final String[] codes;
    private final RowHierarchy hierarchy;

    TableBlock(int id, Layout layout, int firstRow, int bodyRow, int endRow, List<Column> columns, int gridColumns,
               RowRole[] roles, String[] labels, String[] codes, RowHierarchy hierarchy) {
        this.id = id;
        this.layout = layout;
        this.firstRow = firstRow;
        this.bodyRow = bodyRow;
        this.endRow = endRow;
        this.columns = List.copyOf(columns);
        this.byGrid = new Column[gridColumns];
        for (Column c : columns) byGrid[c.index()] = c;
        this.roles = roles.clone();
        this.labels = labels.clone();
        this.codes = codes.clone();
        this.hierarchy = hierarchy;
    }

    /** The block's position among its table's blocks. */
    public int id() {
        return id;
    }

    public Layout layout() {
        return layout;
    }

    /** The first grid row of the block (its first header row). */
    public int firstRow() {
        return firstRow;
    }

    /** The first body row (after the block's header rows). */
    public int bodyRow() {
        return bodyRow;
    }

    /** One past the last row of the block. */
    public int endRow() {
        return endRow;
    }

    /** The body rows, in order. */
    public List<Integer> bodyRows() {
        List<Integer> out = new ArrayList<>(Math.max(0, endRow - bodyRow));
        for (int r = bodyRow; r < endRow; r++) out.add(r);
        return Collections.unmodifiableList(out);
    }

    /** True when the grid row is one of the block's rows. */
    public boolean containsRow(int row) {
        return row >= firstRow && row < endRow;
    }

    /** The block's columns, left to right. */
    public List<Column> columns() {
        return columns;
    }

    /** The column at a grid column, or null when the block does not cover it. */
    public Column column(int gridColumn) {
        return gridColumn >= 0 && gridColumn < byGrid.length ? byGrid[gridColumn] : null;
    }

    /** The block's columns with a role. */
    public List<Column> columns(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).toList();
    }

    /** The role of a grid row in this block. */
    public RowRole role(int row) {
        return containsRow(row) ? roles[row - firstRow] : null;
    }

    /** The row's label: its label column's text (or its first text that is not a number), "". */
    public String label(int row) {
        return containsRow(row) ? labels[row - firstRow] : "";
    }

    /** The row's code (科目编码, or 类/款/项 joined), "" when none. */
    public String code(int row) {
        return containsRow(row) ? codes[row - firstRow] : "";
    }

    /** True for total and subtotal rows. */
    public boolean totalRow(int row) {
        RowRole r = role(row);
        return r == RowRole.TOTAL || r == RowRole.SUBTOTAL;
    }

    /** The chosen row structure. */
    public RowHierarchy hierarchy() {
        return hierarchy;
    }

    /** The row's label with its ancestors', outermost first, joined by " > ". */
    public String labelPath(int row) {
        StringBuilder b = new StringBuilder(label(row));
        int guard = 0;
        for (int p = hierarchy.parent(row); p >= 0 && guard++ < 64; p = hierarchy.parent(p)) b.insert(0, label(p) + " > ");
        return b.toString();
    }
}
