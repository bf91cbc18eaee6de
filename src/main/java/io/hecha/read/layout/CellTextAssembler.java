package io.hecha.read.layout;

import io.hecha.model.BoundingBox;
import io.hecha.model.Provenance;
import io.hecha.model.TableCell;
import io.hecha.read.Assembler;
import io.hecha.read.HeadingHeuristics;
import io.hecha.text.WrappedLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills a {@link GridTable}'s cells with the glyphs printed inside them. Lines that wrap inside a
 * cell are joined without a break (a number wrapped as {@code 150.0}/{@code 0} becomes
 * {@code 150.00}, Chinese lines join without spaces); a line that ends short of the cell's right
 * side, or that is followed by a line starting with an outline number (②, （2）), ends a paragraph
 * and is followed by {@code \n}.
 */
final class CellTextAssembler {
    /** Minimum share of cells holding text for a ruled grid to count as a table. */
    private static final double MIN_FILLED = 0.2;

    private CellTextAssembler() {
    }

    /**
     * Builds the table, or returns null when the grid holds too little text to be a table
     * (a frame around a paragraph, chart grid lines). Glyphs used are added to {@code used}.
     */
    public static TablePart assemble(GridTable grid, List<Glyph> glyphs, Set<Glyph> used) {
        int rows = grid.rows(), cols = grid.columns();
        int[][] owner = new int[rows][cols];
        for (int i = 0; i < grid.cells().size(); i++) {
            GridTable.GridCell gc = grid.cells().get(i);
            for (int r = gc.row(); r < gc.row() + gc.rowSpan(); r++) {
                for (int c = gc.column(); c < gc.column() + gc.colSpan(); c++) owner[r][c] = i;
            }
        }
        double[] xs = toArray(grid.xs()), ys = toArray(grid.ys());
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) inCell.add(new ArrayList<>());
        List<Glyph> taken = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.isBlank()) continue;
            int c = slot(xs, g.centerX()), r = slot(ys, g.centerY());
            if (c < 0 || r < 0) continue;
            inCell.get(owner[r][c]).add(g);
            taken.add(g);
        }
        List<TableCell> cells = new ArrayList<>();
        String[][] text = new String[rows][cols];
        int filled = 0;
        Set<Integer> fullEnds = new HashSet<>(), filledCells = new HashSet<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            GridTable.GridCell gc = grid.cells().get(i);
            List<TextLine> lines = LineBuilder.lines(grid.page(), inCell.get(i));
            String t = cellText(gc, lines);
            int key = Assembler.PageBreakHints.cellKey(gc.row(), gc.column());
            if (endsFull(gc, lines)) fullEnds.add(key);
            if (fills(gc, lines)) filledCells.add(key);
            if (!t.isEmpty()) filled++;
            Provenance pv = new Provenance(0, "", grid.page(),
                    new BoundingBox(gc.x0(), gc.y0(), gc.x1() - gc.x0(), gc.y1() - gc.y0()));
            cells.add(new TableCell(gc.row(), gc.column(), gc.rowSpan(), gc.colSpan(), t, List.of(), List.of(), pv));
            for (int r = gc.row(); r < gc.row() + gc.rowSpan(); r++) {
                for (int c = gc.column(); c < gc.column() + gc.colSpan(); c++) text[r][c] = t;
            }
        }
        if (filled < 2 || filled < MIN_FILLED * cells.size()) return null;
        used.addAll(taken);
        List<List<String>> gridText = new ArrayList<>();
        for (String[] row : text) gridText.add(List.of(row));
        double[] bbox = {grid.left(), grid.top(), grid.right(), grid.bottom()};
        return new TablePart(grid.page(), grid.top(), grid.bottom(), bbox, cells, gridText, fullEnds, filledCells,
                Math.min(1, rows));
    }

    private static double[] toArray(List<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = v.get(i);
        return out;
    }

    /** The interval of the sorted edges holding v, or -1 outside them. */
    static int slot(double[] edges, double v) {
        if (edges.length < 2 || v < edges[0] || v > edges[edges.length - 1]) return -1;
        int i = java.util.Arrays.binarySearch(edges, v);
        if (i < 0) i = -i - 2;
        return Math.min(i, edges.length - 2);
    }

    /**
     * True when the text fills the cell from top to bottom and its last line is full: its first
     * line stands at the top, there is no room for another line below the last, and the last line
     * leaves no room for one more character between the paddings (so text centred in a cell that is
     * a little taller than it does not count). Such text may go on after a page break.
     */
    static boolean fills(GridTable.GridCell cell, List<TextLine> lines) {
        if (lines.isEmpty()) return false;
        TextLine first = lines.get(0), last = lines.get(lines.size() - 1);
        double size = last.fontSize();
        if (first.top() - cell.y0() > Math.max(4, 0.5 * size) || cell.y1() - last.bottom() > 1.6 * size) return false;
        double pad = 6;
        for (TextLine l : lines) pad = Math.min(pad, Math.max(1, l.x0() - cell.x0()));
        char end = last.text().charAt(last.text().length() - 1);
        double nextChar = size * (LineBuilder.isWordChar(end) ? 0.55 : 1.0);
        return last.width() + nextChar > cell.x1() - cell.x0() - 2 * pad - 0.5;
    }

    /** Where a line in the cell must stop: the right side less the padding seen on the left. */
    private static double rightLimit(GridTable.GridCell cell, List<TextLine> lines) {
        double leftPad = Double.MAX_VALUE;
        for (TextLine l : lines) leftPad = Math.min(leftPad, l.x0() - cell.x0());
        return cell.x1() - Math.max(1.0, Math.min(leftPad, 6.0));
    }

    /** True when the cell's last line leaves no room for one more character (of its kind). */
    static boolean endsFull(GridTable.GridCell cell, List<TextLine> lines) {
        if (lines.isEmpty()) return false;
        TextLine last = lines.get(lines.size() - 1);
        char end = last.text().charAt(last.text().length() - 1);
        double nextChar = last.fontSize() * (LineBuilder.isWordChar(end) ? 0.55 : 1.0);
        return last.x1() + nextChar > rightLimit(cell, lines) - 0.5;
    }

    /** The text of one cell from its lines. */
    static String cellText(GridTable.GridCell cell, List<TextLine> lines) {
        if (lines.isEmpty()) return "";
        double rightLimit = rightLimit(cell, lines);
        StringBuilder b = new StringBuilder(lines.get(0).text());
        for (int i = 1; i < lines.size(); i++) {
            TextLine prev = lines.get(i - 1), cur = lines.get(i);
            if (wrapped(prev, cur, rightLimit) && !HeadingHeuristics.startsWithNumber(cur.text())) {
                b.append(WrappedLines.joinText(b, cur.text()));
            } else {
                b.append('\n').append(cur.text());
            }
        }
        return b.toString().strip();
    }

    /**
     * True when {@code cur} continues {@code prev}: its first word would not have fit on prev.
     * A word is one CJK character or a run of other characters up to a CJK one, together with the closing
     * punctuation that may not start a line (。，、；：）” …).
     */
    static boolean wrapped(TextLine prev, TextLine cur, double rightLimit) {
        String t = cur.text();
        int n = 1;
        if (OPENING.indexOf(t.charAt(0)) >= 0 && t.length() > 1) {
            n = 2; // an opening mark never ends a line: it came down with the next character
        } else if (!isHan(t.charAt(0))) {
            while (n < t.length() && !isHan(t.charAt(n)) && !Character.isWhitespace(t.charAt(n))) n++;
            // Word keeps a number or Latin word with the character after it (161.62万 | 元)
            if (n < t.length() && isHan(t.charAt(n))) n++;
        }
        while (n < t.length() && NO_LINE_START.indexOf(t.charAt(n)) >= 0) n++;
        return prev.x1() + cur.widthOf(n) > rightLimit - 1.0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Opening marks a line may not end with. */
    private static final String OPENING = "“‘（《「『【〔(";

    /** Characters a line may not start with (Chinese line breaking rules). */
    private static final String NO_LINE_START = "。，、；：？！）》」』”’】〕…—%‰℃,.;:?!)]}％";
}
