package io.hecha.interpret;

import io.hecha.model.CellIndex;
import io.hecha.model.Location;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table read for meaning: its blocks (each with header rows, typed columns, row roles and the row
 * hierarchy chosen by evidence), every numeric cell as a {@link Fact}, and where each cell stands.
 * Cells are indexed by position once; nothing here scans the table per cell.
 * A table continued across pages is one table in the model already (the readers' Assembler joins it).
 */
public final class TypedTable {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");

    private final CellGrid grid;
    private final int blockIndex;
    private final int index;
    private final List<TableBlock> blocks;
    private final TableBlock[][] blockAt;

    private final List<Spec> asserted;
    private final List<Spec> unsupported;
    private List<Relation> relations;
    private List<Relation> unsupportedRelations;

    TypedTable(CellGrid grid, int index, int blockIndex, List<TableBlock> blocks, List<Spec> asserted, List<Spec> unsupported) {
        this.asserted = List.copyOf(asserted);
        this.unsupported = List.copyOf(unsupported);
        this.grid = grid;
        this.index = index;
        this.blockIndex = blockIndex;
        this.blocks = List.copyOf(blocks);
        this.blockAt = new TableBlock[grid.rows][];
        for (TableBlock b : blocks) {
            for (int r = b.firstRow(); r < b.endRow(); r++) {
                if (blockAt[r] == null) blockAt[r] = new TableBlock[grid.columns];
                for (Column c : b.columns()) if (blockAt[r][c.index()] == null) blockAt[r][c.index()] = b;
            }
        }
    }

    /** The model table. */
    public Table table() {
        return grid.table;
    }

    /** The position in {@link io.hecha.model.Document#tables()} (the JSON {@code tables} array), -1 outside a document. */
    public int index() {
        return index;
    }

    /** The position in {@link io.hecha.model.Document#blocks()}, -1 outside a document. */
    public int blockIndex() {
        return blockIndex;
    }

    public int rowCount() {
        return grid.rows;
    }

    public int columnCount() {
        return grid.columns;
    }

    /** The blocks, top to bottom, left to right. */
    public List<TableBlock> blocks() {
        return blocks;
    }

    /** The block that holds a grid position, or null (a header row above every block, a column no block uses). */
    public TableBlock blockAt(int row, int column) {
        if (row < 0 || row >= grid.rows || blockAt[row] == null || column < 0 || column >= grid.columns) return null;
        return blockAt[row][column];
    }

    /** The cell covering a grid position, or null; indexed, constant time. */
    public TableCell cellAt(int row, int column) {
        return grid.cellAt(row, column);
    }

    /** True when (r, c) is covered by a merged cell that starts in another row or column. */
    public boolean continuation(int row, int column) {
        return grid.continuation(row, column);
    }

    /** The grid text at a position, "" outside. */
    public String text(int row, int column) {
        return grid.text(row, column);
    }

    /** The number shown at a position (null for text, empty cells and merged continuations). */
    public DisplayedNumber number(int row, int column) {
        return grid.number(row, column);
    }

    /** True when the cell shows nothing countable: empty, a dash, 无, /, or a merged continuation. */
    public boolean blank(int row, int column) {
        return grid.blank(row, column);
    }

    /** The column of a position in its block, or null. */
    public Column column(int row, int column) {
        TableBlock b = blockAt(row, column);
        return b == null ? null : b.column(column);
    }

    /** The interval a numeric cell stands for in its column (null when it is not a number). */
    public Interval interval(int row, int column) {
        DisplayedNumber n = number(row, column);
        if (n == null) return null;
        Column c = column(row, column);
        return c == null ? Interval.of(n) : Interval.of(n, c.precision(), c.role().exact());
    }

    /**
     * The fact a numeric body cell states (null for text, headers, codes, line numbers and years):
     * concept = the column header, subject = the row's label path, period = a year in the header.
     */
    public Fact fact(int row, int column) {
        DisplayedNumber n = number(row, column);
        TableBlock b = blockAt(row, column);
        if (n == null || b == null || row < b.bodyRow()) return null;
        Column c = b.column(column);
        if (c == null || !c.role().numeric()) return null;
        Matcher m = YEAR.matcher(c.header());
        String unit = n.percent() ? "%" : c.unit();
        return new Fact(c.header(), b.labelPath(row), m.find() ? m.group(1) : "", unit, n,
                Interval.of(n, c.precision(), c.role().exact()), location(row, column));
    }

    /**
     * The relations the table's structure asserts: each parent row against its children, each total
     * against the rows it closes (rule {@code table.column-total} / {@code table.parent-total}), total
     * columns against their parts ({@code table.row-total}), rates ({@code table.rate}) and differences
     * ({@code table.difference}). Only relations whose structure is supported by relations that hold
     * are here; a rule reports the ones that fail.
     */
    public synchronized List<Relation> relations() {
        if (relations == null) relations = materialise(asserted);
        return relations;
    }

    /**
     * Relations the table might state but that nothing else in it supports (a total over part of a list,
     * a rate pair that fits too few rows): not checked, counted for coverage.
     */
    public synchronized List<Relation> unsupported() {
        if (unsupportedRelations == null) unsupportedRelations = materialise(unsupported);
        return unsupportedRelations;
    }

    private List<Relation> materialise(List<Spec> specs) {
        List<Relation> out = new ArrayList<>(specs.size());
        for (Spec s : specs) {
            Fact claim = fact(s.claimRow(), s.claimCol());
            if (claim == null) continue;
            List<Fact> ops = new ArrayList<>(s.rows().length);
            boolean missing = false;
            for (int i = 0; i < s.rows().length; i++) {
                Fact f = fact(s.rows()[i], s.cols()[i]);
                if (f != null) ops.add(f);
                else missing = true;
            }
            boolean sum = s.kind() == Relation.Kind.SUM || s.kind() == Relation.Kind.PARTS;
            if (ops.isEmpty() || (missing && !sum)) continue;
            out.add(new Relation(s.rule(), s.kind(), claim, ops, s.basis()));
        }
        return List.copyOf(out);
    }

    /** The table as text a person can review: blocks, column roles, the chosen row hierarchy, relation counts. */
    public String describe() {
        return TableText.of(this);
    }

    /** Every fact of the table, row by row. */
    public List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        for (int r = 0; r < grid.rows; r++) {
            for (int c = 0; c < grid.columns; c++) {
                Fact f = fact(r, c);
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    /** Where a cell stands, labelled by its block's row label and column header. */
    public Location location(int row, int column) {
        TableBlock b = blockAt(row, column);
        String rowLabel = b == null ? "" : b.label(row);
        Column c = b == null ? null : b.column(column);
        return location(row, column, rowLabel, c == null ? "" : c.header());
    }

    /**
     * Where a cell stands, with the given labels: the reference into the JSON, and the page and box of
     * the cell itself (its own provenance; the table's page only when the whole table stands on one page).
     */
    public Location location(int row, int column, String rowLabel, String columnLabel) {
        TableCell cell = cellAt(row, column);
        Provenance where = CellIndex.provenance(cell, grid.table);
        String bookmark = cell == null || cell.bookmarks().isEmpty() ? "" : cell.bookmarks().get(0);
        return Location.cell(index, grid.table, row, column, rowLabel.replace('\n', ' '), columnLabel.replace('\n', ' '),
                where, bookmark);
    }
}
