package io.hecha.model;

import java.util.List;
import java.util.Objects;

/**
 * Where something stands: the one location shape of findings, evidence, facts, extracted values,
 * search hits and the web page. Unknown parts are "" or null.
 *
 * <p>{@code ref} is a stable reference into the JSON: {@code #/tables/t} (t = position in
 * {@link Document#tables()}), {@code #/tables/t/cells/r/c} (grid row r, column c of that table),
 * {@code #/paragraphs/p} (p = position in {@link Document#paragraphs()}), {@code #/charts/k}.
 *
 * @param ref         the stable reference, "" when unknown
 * @param sectionPath the enclosing section path (" > "-joined numbers)
 * @param table       the table (or chart) id ({@code 表7}, {@code table-3}), "" outside tables
 * @param caption     the table's caption, ""
 * @param row         grid row, null outside tables
 * @param column      grid column, null outside tables
 * @param rowLabel    the row's label, ""
 * @param columnLabel the column's header, ""
 * @param page        the first page of the cell or sentence itself, null when unknown
 * @param bbox        its rectangle on that page, null when unknown
 * @param areas       every page area it covers (more than one when it spans pages)
 * @param bookmark    a bookmark where it stands, ""
 * @param chars       for a sentence: its {@code [start, end)} in the paragraph's text, else null
 * @param cell        for a spreadsheet: the cell or range in A1 notation ({@code B7}, {@code A12:A15}); the
 *                    sheet is the section path; "" elsewhere
 */
public record Location(String ref, String sectionPath, String table, String caption, Integer row, Integer column,
                       String rowLabel, String columnLabel, Integer page, BoundingBox bbox, List<PageArea> areas,
                       String bookmark, int[] chars, String cell) {
    /** Nothing known. */
    public static final Location NOWHERE = new Location("", "", "", "", null, null, "", "", null, null, List.of(), "", null, "");

    public Location {
        ref = nz(ref);
        sectionPath = nz(sectionPath);
        table = nz(table);
        caption = nz(caption);
        rowLabel = nz(rowLabel);
        columnLabel = nz(columnLabel);
        bookmark = nz(bookmark);
        cell = nz(cell);
        areas = areas == null ? List.of() : List.copyOf(areas);
        if (chars != null) {
            if (chars.length != 2) throw new IllegalArgumentException("chars must be [start, end)");
            chars = chars.clone();
        }
    }

    /** A location outside spreadsheets (no A1 cell). */
    public Location(String ref, String sectionPath, String table, String caption, Integer row, Integer column,
                    String rowLabel, String columnLabel, Integer page, BoundingBox bbox, List<PageArea> areas,
                    String bookmark, int[] chars) {
        this(ref, sectionPath, table, caption, row, column, rowLabel, columnLabel, page, bbox, areas, bookmark, chars, "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The reference of a table: {@code #/tables/t}. */
    public static String tableRef(int table) {
        return "#/tables/" + table;
    }

    /** The reference of a cell: {@code #/tables/t/cells/r/c}. */
    public static String cellRef(int table, int row, int column) {
        return "#/tables/" + table + "/cells/" + row + "/" + column;
    }

    /** The reference of a body paragraph: {@code #/paragraphs/p}. */
    public static String paragraphRef(int paragraph) {
        return "#/paragraphs/" + paragraph;
    }

    /** The reference of a chart: {@code #/charts/k}. */
    public static String chartRef(int chart) {
        return "#/charts/" + chart;
    }

    /**
     * A table cell.
     *
     * @param tableIndex the table's position in {@link Document#tables()}, or -1 when unknown (no ref)
     * @param where      the cell's own provenance (its page areas); null when the reader gave none
     */
    public static Location cell(int tableIndex, Table t, int row, int column, String rowLabel, String columnLabel,
                                Provenance where, String bookmark) {
        List<PageArea> areas = where == null ? List.of() : where.areas();
        PageArea first = areas.isEmpty() ? null : areas.get(0);
        return new Location(tableIndex < 0 ? "" : cellRef(tableIndex, row, column), t.sectionPath(), t.id(),
                t.caption(), row, column, rowLabel, columnLabel, first == null ? null : first.page(),
                first == null ? null : first.bbox(), areas.size() > 1 ? areas : List.of(), bookmark, null,
                where == null ? "" : where.cell());
    }

    /** A body paragraph (or a sentence of it, see {@link #withChars}). {@code index} -1 when unknown. */
    public static Location paragraph(int index, Paragraph p) {
        Provenance pv = p.provenance();
        List<PageArea> areas = pv == null ? List.of() : pv.areas();
        PageArea first = areas.isEmpty() ? null : areas.get(0);
        return new Location(index < 0 ? "" : paragraphRef(index), pv == null ? "" : pv.sectionPath(), "", "", null, null,
                "", "", first == null ? null : first.page(), first == null ? null : first.bbox(),
                areas.size() > 1 ? areas : List.of(), p.bookmarks().isEmpty() ? "" : p.bookmarks().get(0), null);
    }

    /** A chart. {@code index} -1 when unknown. */
    public static Location chart(int index, Chart c) {
        Provenance pv = c.provenance();
        return new Location(index < 0 ? "" : chartRef(index), pv == null ? "" : pv.sectionPath(), c.id(), c.caption(),
                null, null, "", "", pv == null ? null : pv.page(), pv == null ? null : pv.bbox(), List.of(), "", null);
    }

    /** The same place narrowed to the characters {@code [start, end)} of its text. */
    public Location withChars(int start, int end) {
        return new Location(ref, sectionPath, table, caption, row, column, rowLabel, columnLabel, page, bbox, areas,
                bookmark, new int[]{start, end}, cell);
    }

    /** True when this is a table cell. */
    public boolean isCell() {
        return row != null && column != null && !table.isEmpty();
    }

    /** True when nothing is known. */
    public boolean isEmpty() {
        return equals(NOWHERE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && ref.equals(l.ref) && sectionPath.equals(l.sectionPath) && table.equals(l.table)
                && caption.equals(l.caption) && Objects.equals(row, l.row) && Objects.equals(column, l.column)
                && rowLabel.equals(l.rowLabel) && columnLabel.equals(l.columnLabel) && Objects.equals(page, l.page)
                && Objects.equals(bbox, l.bbox) && areas.equals(l.areas) && bookmark.equals(l.bookmark)
                && java.util.Arrays.equals(chars, l.chars) && cell.equals(l.cell);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, sectionPath, table, row, column, rowLabel, columnLabel, page, bookmark)
                * 31 + java.util.Arrays.hashCode(chars);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Location[");
        if (!ref.isEmpty()) b.append(ref).append(' ');
        if (!table.isEmpty()) b.append(table).append(' ');
        if (!rowLabel.isEmpty()) b.append("row ").append(rowLabel).append(' ');
        if (!columnLabel.isEmpty()) b.append("column ").append(columnLabel).append(' ');
        if (!sectionPath.isEmpty()) b.append("section ").append(sectionPath).append(' ');
        if (page != null) b.append("page ").append(page).append(' ');
        if (!cell.isEmpty()) b.append("cell ").append(cell);
        return b.toString().strip() + "]";
    }
}
