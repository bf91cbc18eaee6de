package io.hecha.read.pdf;

import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table that continues on the next page into one table: the continuation must stand
 * first on its page, right after the table ending the previous page, with the same column
 * edges. Header rows the continuation repeats are dropped (and counted as header rows); a row
 * the page break split in two is joined back when that is clear (see {@link #splitRow}); vertical
 * merges cut by the page break are continued.
 */
public final class TableContinuation {
    /** Column edges closer than this match. */
    private static final double EDGE_TOLERANCE = 3.0;
    /** A row is cut by the page break only when the table part ends this close to the body's bottom. */
    private static final double CUT_ROOM = 36;
    /** At most this many repeated header rows are looked for. */
    private static final int MAX_HEADER_ROWS = 4;

    private TableContinuation() {
    }

    /**
     * True when {@code next} continues {@code prev}: on the next page, with the same outer edges
     * and column edges of which one part's are all among the other's (a part whose rows merge some
     * columns draws fewer verticals).
     */
    public static boolean continues(PdfTable prev, PdfTable next) {
        if (next.firstPage() != prev.lastPage() + 1) return false;
        List<Double> a = prev.xs(), b = next.xs();
        if (Math.abs(a.get(0) - b.get(0)) > EDGE_TOLERANCE
                || Math.abs(a.get(a.size() - 1) - b.get(b.size() - 1)) > EDGE_TOLERANCE) {
            return false;
        }
        return a.size() >= b.size() ? indexes(a, b) != null : indexes(b, a) != null;
    }

    /** For each edge of {@code part}, its index in {@code all}; null when one is missing. */
    static int[] indexes(List<Double> all, List<Double> part) {
        int[] out = new int[part.size()];
        for (int i = 0; i < part.size(); i++) {
            out[i] = -1;
            for (int j = 0; j < all.size(); j++) {
                if (Math.abs(all.get(j) - part.get(i)) <= EDGE_TOLERANCE) {
                    out[i] = j;
                    break;
                }
            }
            if (out[i] < 0 || (i > 0 && out[i] <= out[i - 1])) return null;
        }
        return out;
    }

    /** The table with its cells re-indexed on finer column edges that include its own. */
    static PdfTable onEdges(PdfTable t, List<Double> xs) {
        if (xs.size() == t.xs().size()) return t;
        int[] map = indexes(xs, t.xs());
        List<TableCell> cells = new ArrayList<>();
        java.util.Set<Integer> full = new java.util.HashSet<>();
        for (TableCell c : t.cells()) {
            int from = map[c.column()], to = map[Math.min(c.column() + c.colSpan(), map.length - 1)];
            cells.add(new TableCell(c.row(), from, c.rowSpan(), Math.max(1, to - from), c.text(), c.bookmarks(),
                    c.nestedTables(), c.provenance()));
            if (t.endsFull(c)) full.add(PdfTable.key(c.row(), from));
        }
        return new PdfTable(t.firstPage(), t.lastPage(), t.top(), t.bottom(), t.bbox(), xs, cells,
                gridOf(cells, t.rows(), xs.size() - 1), full);
    }

    /** How many leading rows of {@code next} repeat the leading rows of {@code prev}. */
    public static int repeatedHeaderRows(PdfTable prev, PdfTable next) {
        int k = 0;
        while (k < MAX_HEADER_ROWS && k < next.rows() - 1 && k < prev.rows() - 1
                && squash(prev.grid().get(k)).equals(squash(next.grid().get(k)))
                && next.grid().get(k).stream().anyMatch(s -> !s.isBlank())) {
            k++;
        }
        return k;
    }

    /** The joined table and its header row count. */
    public record Joined(PdfTable table, int headerRows) {
    }

    /**
     * Joins {@code next} onto {@code prev}; {@code bodyBottom} is the lowest content bottom seen on
     * any page (a row can only have been cut when the first part reaches down there). Empty cells at the top of the continuation under a
     * filled cell continue that cell when it is a vertical merge cut by the page break: the empty
     * cell spans several rows, or its column holds vertical merges on the previous page.
     */
    public static Joined join(PdfTable prevPart, int prevHeaderRows, PdfTable nextPart, double bodyBottom) {
        List<Double> xs = prevPart.xs().size() >= nextPart.xs().size() ? prevPart.xs() : nextPart.xs();
        PdfTable prev = onEdges(prevPart, xs);
        PdfTable next = onEdges(nextPart, xs);
        int header = repeatedHeaderRows(prev, next);
        boolean split = prev.bottom() >= bodyBottom - CUT_ROOM && splitRow(prev, next, header);
        int last = prev.rows() - 1;
        List<TableCell> cells = new ArrayList<>(prev.cells());
        java.util.Set<Integer> fullEnds = new java.util.HashSet<>(prev.fullEnds());
        int offset = prev.rows() - header - (split ? 1 : 0);
        for (TableCell c : next.cells()) {
            if (c.row() < header) continue;
            if (c.row() == header) {
                TableCell above = aligned(cells, last, c);
                boolean continues = above != null && !above.text().isEmpty()
                        && (split || (c.text().isEmpty() && (c.rowSpan() > 1 || mergesIn(prev, c.column()))));
                if (continues) {
                    String text = c.text().isEmpty() ? above.text()
                            : above.text() + CellTextAssembler.joinWrapped(above.text(), c.text());
                    int extra = c.rowSpan() - (split ? 1 : 0);
                    cells.set(cells.indexOf(above), new TableCell(above.row(), above.column(),
                            above.rowSpan() + extra, above.colSpan(), text, above.bookmarks(),
                            above.nestedTables(), above.provenance()));
                    continue;
                }
            }
            cells.add(new TableCell(c.row() + offset, c.column(), c.rowSpan(), c.colSpan(), c.text(),
                    c.bookmarks(), c.nestedTables(), c.provenance()));
            if (next.endsFull(c)) fullEnds.add(PdfTable.key(c.row() + offset, c.column()));
        }
        int rows = prev.rows() + next.rows() - header - (split ? 1 : 0);
        PdfTable joined = new PdfTable(prev.firstPage(), next.lastPage(), prev.top(), next.bottom(), prev.bbox(),
                next.xs(), cells, gridOf(cells, rows, prev.columns()), fullEnds);
        return new Joined(joined, Math.max(prevHeaderRows, header));
    }

    /**
     * True when the continuation's first row (after repeated headers) finishes the row above,
     * cut by the page break. Required: its first column is empty under a filled one, and every
     * cell with text has a filled counterpart above. Then any of: every such counterpart's last
     * line runs to its right side (the text was still flowing); text in at most half of the
     * columns that do not continue a vertical merge; or a column after the first, without merges
     * and filled in every row above, is empty here (its value fit on the previous page).
     */
    static boolean splitRow(PdfTable prev, PdfTable next, int header) {
        if (next.rows() <= header) return false;
        List<String> first = next.grid().get(header);
        List<String> last = prev.grid().get(prev.rows() - 1);
        if (!first.get(0).isBlank() || last.get(0).isBlank()) return false;
        int filled = 0, open = 0;
        boolean valueMissing = false, flowing = true;
        for (TableCell c : next.cells()) {
            if (c.row() != header) continue;
            TableCell above = aligned(prev.cells(), prev.rows() - 1, c);
            if (c.text().isBlank()) {
                boolean mergeGoesOn = c.rowSpan() > 1 || mergesIn(prev, c.column());
                if (!mergeGoesOn) open += c.colSpan();
                if (c.column() > 0 && c.rowSpan() == 1 && above != null && !above.text().isBlank()
                        && alwaysFilled(prev, c.column()) && !mergesIn(prev, c.column())) {
                    valueMissing = true;
                }
                continue;
            }
            filled += c.colSpan();
            open += c.colSpan();
            if (above == null || above.text().isBlank()) return false;
            flowing &= prev.endsFull(above);
        }
        return filled > 0 && (flowing || filled * 2 <= open || valueMissing);
    }

    /** True when every row of the table below its first has text in this column. */
    private static boolean alwaysFilled(PdfTable t, int column) {
        for (int r = 1; r < t.rows(); r++) {
            if (t.grid().get(r).get(column).isBlank()) return false;
        }
        return t.rows() > 1;
    }

    /** The cell of {@code cells} covering (row, c.column) with the same columns as c, or null. */
    private static TableCell aligned(List<TableCell> cells, int row, TableCell c) {
        TableCell a = cellAt(cells, row, c.column());
        return a != null && a.column() == c.column() && a.colSpan() == c.colSpan() ? a : null;
    }

    /** True when the table has a vertically merged cell in this column below its first row. */
    private static boolean mergesIn(PdfTable t, int column) {
        for (TableCell c : t.cells()) {
            if (c.column() == column && c.row() > 0 && c.rowSpan() > 1) return true;
        }
        return false;
    }

    /** The rectangular grid of cell texts, a merged cell's text in every position it covers. */
    static List<List<String>> gridOf(List<TableCell> cells, int rows, int columns) {
        String[][] g = new String[rows][columns];
        for (String[] r : g) java.util.Arrays.fill(r, "");
        for (TableCell c : cells) {
            for (int r = c.row(); r < Math.min(rows, c.row() + c.rowSpan()); r++) {
                for (int k = c.column(); k < Math.min(columns, c.column() + c.colSpan()); k++) g[r][k] = c.text();
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] r : g) out.add(List.of(r));
        return out;
    }

    private static TableCell cellAt(List<TableCell> cells, int row, int column) {
        for (TableCell c : cells) {
            if (c.covers(row, column)) return c;
        }
        return null;
    }

    private static String squash(List<String> row) {
        return String.join("|", row).replaceAll("\\s+", "");
    }
}
