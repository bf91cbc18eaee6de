package io.hecha.read;

import io.hecha.model.Block;
import io.hecha.model.BoundingBox;
import io.hecha.model.PageArea;
import io.hecha.model.Paragraph;
import io.hecha.model.Provenance;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.text.WrappedLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a table continued in the next block into one table: the only place tables are joined.
 * The continuation must follow the previous part with nothing but empty paragraphs between, or,
 * on paged formats, the table's title block repeated at the top of the next page
 * ({@link RepeatedTitle}; those paragraphs are dropped) when the part also repeats the header rows.
 * <ul>
 * <li>Paged formats (PDF, OFD, scans): the part stands on the next page and has the same outer
 * column edges (from the cells' boxes), one part's edges all among the other's (a part whose rows
 * merge some columns draws fewer verticals).</li>
 * <li>Formats without pages (DOCX exported from PDF, HTML split into tables): the same number of
 * columns, and the part repeats the previous part's header rows or starts with a data row (one
 * holding a number, not a title across the table).</li>
 * </ul>
 * Header rows the continuation repeats are dropped; an empty cell at the top of the continuation
 * under a filled one continues that cell when it is a vertical merge cut by the break (it spans
 * several rows, or its column holds vertical merges); a row the page break cut in two is joined
 * back when the hints make that clear ({@link #splitRow}). A joined cell or table keeps the areas
 * of every part.
 */
final class TableJoin {
    /** Column edges closer than this match. */
    private static final double EDGE_TOLERANCE = 3.0;
    /** At most this many repeated header rows are looked for. */
    private static final int MAX_HEADER_ROWS = 4;
    private static final Pattern NUMBER = Pattern.compile("^[-−+（(]?[0-9０-９][0-9０-９,，.．]*[%％）)]?$");

    private TableJoin() {
    }

    /**
     * The joined blocks and where each original block went.
     *
     * @param blocks  the blocks after joining
     * @param index   for each original block, its index in {@code blocks} (a joined part: its table's)
     * @param rowMove for each original block that was joined onto a table: {rowOffset, droppedHeaderRows}
     * @param columns for each original table block, its column edge indices in the final table (null: same)
     */
    record Result(List<Block> blocks, int[] index, int[][] rowMove, int[][] columns) {
        /** The new index of an original block. */
        int index(int original) {
            return original >= 0 && original < index.length ? index[original] : original;
        }

        /** The final grid row of row {@code r} of an original table block. */
        int row(int original, int r) {
            if (original < 0 || original >= rowMove.length || rowMove[original] == null) return r;
            int[] m = rowMove[original];
            return r < m[1] ? r : r + m[0];
        }

        /** The final grid column of column {@code c} of an original table block. */
        int column(int original, int c) {
            if (original < 0 || original >= columns.length || columns[original] == null) return c;
            int[] m = columns[original];
            return c < m.length ? m[c] : c;
        }
    }

    /** The blocks with continued tables joined. */
    static Result join(List<Block> blocks, Map<Integer, Assembler.PageBreakHints> hints) {
        List<Block> out = new ArrayList<>(blocks.size());
        int[] index = new int[blocks.size()];
        int[][] rowMove = new int[blocks.size()][];
        int[][] columns = new int[blocks.size()][];
        int head = -1;
        List<Integer> members = new ArrayList<>();
        Assembler.PageBreakHints headHints = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Paragraph p && p.text().isBlank()) {
                out.add(b);
                index[i] = out.size() - 1;
                continue;
            }
            if (b instanceof Table t) {
                Assembler.PageBreakHints h = hints.get(i);
                Plan plan = head < 0 ? null : plan((Table) out.get(head), t);
                if (plan != null) {
                    Joined j = join((Table) out.get(head), headHints, t, h, plan);
                    out.set(head, j.table);
                    if (plan.mapA != null) {
                        for (int m : members) columns[m] = compose(columns[m], plan.mapA);
                    }
                    members.add(i);
                    columns[i] = plan.mapB;
                    rowMove[i] = new int[]{j.rowOffset, j.header};
                    index[i] = head;
                    headHints = j.hints;
                    continue;
                }
                out.add(t);
                head = out.size() - 1;
                index[i] = head;
                members = new ArrayList<>(List.of(i));
                headHints = h;
                continue;
            }
            int next = head >= 0 && b instanceof Paragraph ? RepeatedTitle.continuation(blocks, i, out, head) : -1;
            if (next > 0 && repeatsHeader((Table) out.get(head), (Table) blocks.get(next))) {
                for (int k = i; k < next; k++) index[k] = head;
                i = next - 1;
                continue;
            }
            out.add(b);
            index[i] = out.size() - 1;
            head = -1;
        }
        return new Result(out, index, rowMove, columns);
    }

    /** True when {@code b} continues {@code a} on the next page and repeats its header rows. */
    private static boolean repeatsHeader(Table a, Table b) {
        Plan plan = plan(a, b);
        return plan != null && plan.paged
                && repeatedHeaderRows(refine(a, plan.mapA, plan.columns), refine(b, plan.mapB, plan.columns)) > 0;
    }

    private static int[] compose(int[] first, int[] then) {
        if (first == null) return then;
        int[] out = new int[first.length];
        for (int k = 0; k < first.length; k++) out[k] = then[first[k]];
        return out;
    }

    /**
     * How the two parts' columns line up: edge index maps onto the finer part's edges (null for
     * the finer part itself), or null when {@code b} does not continue {@code a}.
     */
    record Plan(int[] mapA, int[] mapB, int columns, boolean paged) {
    }

    static Plan plan(Table a, Table b) {
        if (a.rowCount() == 0 || b.rowCount() == 0) return null;
        boolean pagedA = a.provenance().page() != null, pagedB = b.provenance().page() != null;
        if (pagedA != pagedB) return null;
        if (!pagedA) {
            if (a.columnCount() != b.columnCount()) return null;
            if (repeatedHeaderRows(a, b) == 0 && !startsWithDataRow(b)) return null;
            return new Plan(null, null, a.columnCount(), false);
        }
        if (firstPage(b) != lastPage(a) + 1) return null;
        double[] xa = edges(a), xb = edges(b);
        if (xa == null || xb == null) {
            return a.columnCount() == b.columnCount() ? new Plan(null, null, a.columnCount(), true) : null;
        }
        if (Math.abs(xa[0] - xb[0]) > EDGE_TOLERANCE
                || Math.abs(xa[xa.length - 1] - xb[xb.length - 1]) > EDGE_TOLERANCE) {
            return null;
        }
        if (xa.length >= xb.length) {
            int[] mapB = indexes(xa, xb);
            return mapB == null ? null : new Plan(null, xa.length == xb.length ? null : mapB, a.columnCount(), true);
        }
        int[] mapA = indexes(xb, xa);
        return mapA == null ? null : new Plan(mapA, null, b.columnCount(), true);
    }

    /** A first row that is data: not one cell across the table, and with a number in it. */
    private static boolean startsWithDataRow(Table b) {
        List<String> first = b.grid().get(0);
        TableCell c0 = b.cellAt(0, 0);
        if (c0 != null && c0.colSpan() >= b.columnCount() && b.columnCount() > 1) return false;
        for (String s : first) {
            if (NUMBER.matcher(s.strip()).matches()) return true;
        }
        return false;
    }

    private static int firstPage(Table t) {
        return RepeatedTitle.firstPage(t);
    }

    private static int lastPage(Table t) {
        return RepeatedTitle.lastPage(t);
    }

    /** The x of every column edge from the cells' boxes, or null when one is unknown. */
    static double[] edges(Table t) {
        int cols = t.columnCount();
        double[] sum = new double[cols + 1];
        int[] n = new int[cols + 1];
        for (TableCell c : t.cells()) {
            BoundingBox box = c.provenance() == null ? null : c.provenance().bbox();
            if (box == null || c.column() + c.colSpan() > cols) continue;
            sum[c.column()] += box.x();
            n[c.column()]++;
            sum[c.column() + c.colSpan()] += box.x() + box.width();
            n[c.column() + c.colSpan()]++;
        }
        for (int k = 0; k <= cols; k++) {
            if (n[k] == 0) return null;
            sum[k] /= n[k];
        }
        return sum;
    }

    /** For each edge of {@code part}, its index in {@code all}; null when one is missing. */
    static int[] indexes(double[] all, double[] part) {
        int[] out = new int[part.length];
        int from = 0;
        for (int i = 0; i < part.length; i++) {
            out[i] = -1;
            for (int j = from; j < all.length; j++) {
                if (Math.abs(all[j] - part[i]) <= EDGE_TOLERANCE) {
                    out[i] = j;
                    break;
                }
            }
            if (out[i] < 0) return null;
            from = out[i] + 1;
        }
        return out;
    }

    private record Joined(Table table, Assembler.PageBreakHints hints, int rowOffset, int header) {
    }

    private static Joined join(Table aPart, Assembler.PageBreakHints aHints, Table bPart,
                               Assembler.PageBreakHints bHints, Plan plan) {
        Table a = refine(aPart, plan.mapA, plan.columns);
        Table b = refine(bPart, plan.mapB, plan.columns);
        Set<Integer> aFull = rekey(aHints == null ? null : aHints.fullCells(), plan.mapA);
        Set<Integer> aFilled = rekey(aHints == null ? null : aHints.filledCells(), plan.mapA);
        boolean atBottom = plan.paged && aHints != null && aHints.reachesPageBottom();
        int header = repeatedHeaderRows(a, b);
        boolean split = atBottom && splitRow(a, b, header, aFull);
        int last = a.rowCount() - 1;
        TableCell[] lastRow = rowCells(a, last);
        boolean[] merges = mergeColumns(a);
        List<TableCell> cells = new ArrayList<>(a.cells());
        java.util.Map<TableCell, Integer> position = new java.util.IdentityHashMap<>();
        for (TableCell c : lastRow) {
            if (c != null) position.put(c, -1);
        }
        for (int k = 0; k < cells.size(); k++) {
            if (position.containsKey(cells.get(k))) position.put(cells.get(k), k);
        }
        int offset = a.rowCount() - header - (split ? 1 : 0);
        Set<Integer> bFull = rekey(bHints == null ? null : bHints.fullCells(), plan.mapB);
        Set<Integer> bFilled = rekey(bHints == null ? null : bHints.filledCells(), plan.mapB);
        Set<Integer> full = new HashSet<>(), filled = new HashSet<>();
        for (TableCell c : b.cells()) {
            if (c.row() < header) continue;
            if (c.row() == header) {
                TableCell above = aligned(lastRow, c);
                boolean continues = above != null && !above.text().isEmpty()
                        && (split || (c.text().isEmpty() && (c.rowSpan() > 1 || merges[c.column()]))
                        || (atBottom && aFilled.contains(key(above.row(), above.column())) && (above.rowSpan() > 1 || c.rowSpan() > 1)));
                if (continues) {
                    String text = c.text().isEmpty() ? above.text() : above.text() + WrappedLines.joinText(above.text(), c.text());
                    int extra = c.rowSpan() - (split ? 1 : 0);
                    TableCell grown = new TableCell(above.row(), above.column(), above.rowSpan() + extra,
                            above.colSpan(), text, concat(above.bookmarks(), c.bookmarks()), above.nestedTables(),
                            areas(above.provenance(), c.provenance()), above.value());
                    int at = position.remove(above);
                    cells.set(at, grown);
                    position.put(grown, at);
                    for (int k = grown.column(); k < grown.column() + grown.colSpan() && k < lastRow.length; k++) {
                        lastRow[k] = grown;
                    }
                    if (bFull.contains(key(c.row(), c.column()))) full.add(key(above.row(), above.column()));
                    if (bFilled.contains(key(c.row(), c.column()))) filled.add(key(above.row(), above.column()));
                    continue;
                }
            }
            cells.add(new TableCell(c.row() + offset, c.column(), c.rowSpan(), c.colSpan(), c.text(),
                    c.bookmarks(), c.nestedTables(), c.provenance(), c.value()));
            if (bFull.contains(key(c.row(), c.column()))) full.add(key(c.row() + offset, c.column()));
            if (bFilled.contains(key(c.row(), c.column()))) filled.add(key(c.row() + offset, c.column()));
        }
        int rows = a.rowCount() + b.rowCount() - header - (split ? 1 : 0);
        Provenance pv = areas(a.provenance(), b.provenance());
        Table joined = new Table(a.id(), a.caption(), a.sectionPath(), Math.max(a.headerRows(), header), cells,
                TableGrids.of(cells, rows, plan.columns), pv);
        Assembler.PageBreakHints hints = bHints == null ? null
                : new Assembler.PageBreakHints(bHints.reachesPageBottom(), full, filled);
        return new Joined(joined, hints, offset, header);
    }

    /** The provenance of {@code a} with the areas of {@code b} added. */
    private static Provenance areas(Provenance a, Provenance b) {
        List<PageArea> all = new ArrayList<>(a.areas());
        all.addAll(b.areas());
        return new Provenance(a.index(), a.sectionPath(), all);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int key(int row, int column) {
        return Assembler.PageBreakHints.cellKey(row, column);
    }

    private static Set<Integer> rekey(Set<Integer> keys, int[] map) {
        Set<Integer> out = new HashSet<>();
        if (keys == null) return out;
        for (int k : keys) {
            int row = k / 10_000, col = k % 10_000;
            if (map != null) {
                if (col >= map.length) continue;
                col = map[col];
            }
            out.add(key(row, col));
        }
        return out;
    }

    /** The table with its cells re-indexed on finer column edges ({@code map}: old edge → new edge). */
    static Table refine(Table t, int[] map, int columns) {
        if (map == null) return t;
        List<TableCell> cells = new ArrayList<>(t.cells().size());
        for (TableCell c : t.cells()) {
            int from = map[Math.min(c.column(), map.length - 1)];
            int to = map[Math.min(c.column() + c.colSpan(), map.length - 1)];
            cells.add(new TableCell(c.row(), from, c.rowSpan(), Math.max(1, to - from), c.text(), c.bookmarks(),
                    c.nestedTables(), c.provenance(), c.value()));
        }
        return new Table(t.id(), t.caption(), t.sectionPath(), t.headerRows(), cells,
                TableGrids.of(cells, t.rowCount(), columns), t.provenance());
    }

    /** How many leading rows of {@code next} repeat the leading rows of {@code prev}. */
    static int repeatedHeaderRows(Table prev, Table next) {
        int k = 0;
        while (k < MAX_HEADER_ROWS && k < next.rowCount() - 1 && k < prev.rowCount() - 1
                && squash(prev.grid().get(k)).equals(squash(next.grid().get(k)))
                && next.grid().get(k).stream().anyMatch(s -> !s.isBlank())) {
            k++;
        }
        return k;
    }

    /**
     * True when the continuation's first row (after repeated headers) finishes the row above,
     * cut by the page break. Required: its first column is empty under a filled one, and every
     * cell with text has a filled counterpart above. Then any of: every such counterpart's last
     * line runs to its right side (the text was still flowing); text in at most half of the
     * columns that do not continue a vertical merge; or a column after the first, without merges
     * and filled in every row above, is empty here (its value fit on the previous page).
     */
    static boolean splitRow(Table prev, Table next, int header, Set<Integer> prevFull) {
        if (next.rowCount() <= header) return false;
        List<String> first = next.grid().get(header);
        List<String> last = prev.grid().get(prev.rowCount() - 1);
        if (!first.get(0).isBlank() || last.get(0).isBlank()) return false;
        TableCell[] lastRow = rowCells(prev, prev.rowCount() - 1);
        boolean[] merges = mergeColumns(prev);
        int filled = 0, open = 0;
        boolean valueMissing = false, flowing = true;
        for (TableCell c : next.cells()) {
            if (c.row() != header) continue;
            TableCell above = aligned(lastRow, c);
            if (c.text().isBlank()) {
                boolean mergeGoesOn = c.rowSpan() > 1 || merges[c.column()];
                if (!mergeGoesOn) open += c.colSpan();
                if (c.column() > 0 && c.rowSpan() == 1 && above != null && !above.text().isBlank()
                        && alwaysFilled(prev, c.column()) && !merges[c.column()]) {
                    valueMissing = true;
                }
                continue;
            }
            filled += c.colSpan();
            open += c.colSpan();
            if (above == null || above.text().isBlank()) return false;
            flowing &= prevFull.contains(key(above.row(), above.column()));
        }
        return filled > 0 && (flowing || filled * 2 <= open || valueMissing);
    }

    /** True when every row of the table below its first has text in this column. */
    private static boolean alwaysFilled(Table t, int column) {
        for (int r = 1; r < t.rowCount(); r++) {
            if (t.text(r, column).isBlank()) return false;
        }
        return t.rowCount() > 1;
    }

    /** The cells covering each column of one row. */
    private static TableCell[] rowCells(Table t, int row) {
        TableCell[] out = new TableCell[t.columnCount()];
        for (TableCell c : t.cells()) {
            if (c.row() > row || c.row() + c.rowSpan() <= row) continue;
            for (int k = c.column(); k < Math.min(out.length, c.column() + c.colSpan()); k++) out[k] = c;
        }
        return out;
    }

    /** The cell of {@code row} at c's column with the same columns as c, or null. */
    private static TableCell aligned(TableCell[] row, TableCell c) {
        TableCell a = c.column() < row.length ? row[c.column()] : null;
        return a != null && a.column() == c.column() && a.colSpan() == c.colSpan() ? a : null;
    }

    /** For each column: true when the table has a vertically merged cell there below its first row. */
    private static boolean[] mergeColumns(Table t) {
        boolean[] out = new boolean[t.columnCount()];
        for (TableCell c : t.cells()) {
            if (c.row() > 0 && c.rowSpan() > 1 && c.column() < out.length) out[c.column()] = true;
        }
        return out;
    }

    private static String squash(List<String> row) {
        StringBuilder b = new StringBuilder();
        for (String s : row) b.append(s.replaceAll("\\s+", "")).append('|');
        return b.toString();
    }
}
