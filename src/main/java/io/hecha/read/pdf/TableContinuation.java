package io.hecha.read.pdf;

import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a table that continues on the next page into one table: the continuation must stand
 * first on its page, right after the table ending the previous page, with the same column
 * edges. Header rows the continuation repeats are dropped (and counted as header rows); a row
 * the page break split in two is joined back when that is clear: the continuation's first row
 * has text only in cells whose counterparts above have text, and none in the first column.
 */
public final class TableContinuation {
    /** Column edges closer than this match. */
    private static final double EDGE_TOLERANCE = 3.0;
    /** At most this many repeated header rows are looked for. */
    private static final int MAX_HEADER_ROWS = 4;

    private TableContinuation() {
    }

    /** True when {@code next} continues {@code prev}. */
    public static boolean continues(PdfTable prev, PdfTable next) {
        if (next.firstPage() != prev.lastPage() + 1) return false;
        if (prev.columns() != next.columns()) return false;
        List<Double> a = prev.xs(), b = next.xs();
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > EDGE_TOLERANCE) return false;
        }
        return true;
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

    /** Joins {@code next} onto {@code prev}. */
    public static Joined join(PdfTable prev, int prevHeaderRows, PdfTable next) {
        int header = repeatedHeaderRows(prev, next);
        List<List<String>> grid = new ArrayList<>(prev.grid());
        List<TableCell> cells = new ArrayList<>(prev.cells());
        int skip = header;
        if (splitRow(prev, next, header)) {
            int last = prev.rows() - 1;
            List<String> lastRow = new ArrayList<>(grid.get(last));
            for (TableCell c : next.cells()) {
                if (c.row() != header || c.text().isEmpty()) continue;
                TableCell above = cellAt(cells, last, c.column());
                if (above == null) continue;
                String text = above.text() + CellTextAssembler.joinWrapped(above.text(), c.text());
                cells.set(cells.indexOf(above), new TableCell(above.row(), above.column(), above.rowSpan(),
                        above.colSpan(), text, above.bookmarks(), above.nestedTables(), above.provenance()));
                for (int col = above.column(); col < above.column() + above.colSpan(); col++) lastRow.set(col, text);
            }
            grid.set(last, lastRow);
            skip = header + 1;
        }
        int offset = prev.rows() - skip;
        for (TableCell c : next.cells()) {
            if (c.row() < skip) continue;
            cells.add(new TableCell(c.row() + offset, c.column(), c.rowSpan(), c.colSpan(), c.text(),
                    c.bookmarks(), c.nestedTables(), c.provenance()));
        }
        grid.addAll(next.grid().subList(skip, next.rows()));
        PdfTable joined = new PdfTable(prev.firstPage(), next.lastPage(), prev.top(), next.bottom(), prev.bbox(),
                next.xs(), cells, grid);
        return new Joined(joined, Math.max(prevHeaderRows, header));
    }

    /** True when the continuation's first row (after repeated headers) finishes the row above. */
    static boolean splitRow(PdfTable prev, PdfTable next, int header) {
        if (next.rows() <= header) return false;
        List<String> first = next.grid().get(header);
        List<String> last = prev.grid().get(prev.rows() - 1);
        if (!first.get(0).isBlank() || last.get(0).isBlank()) return false;
        int filled = 0;
        for (int c = 0; c < first.size(); c++) {
            if (first.get(c).isBlank()) continue;
            filled++;
            if (last.get(c).isBlank()) return false;
        }
        if (filled == 0 || filled * 2 > first.size()) return false;
        for (TableCell c : next.cells()) {
            if (c.row() == header && c.rowSpan() > 1) return false;
        }
        return true;
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
