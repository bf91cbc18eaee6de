package io.hecha.read.pdf;

import io.hecha.model.BoundingBox;
import io.hecha.model.Provenance;
import io.hecha.model.TableCell;
import io.hecha.read.HeadingHeuristics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fills a {@link GridTable}'s cells with the glyphs printed inside them. Lines that wrap inside a
 * cell are joined without a break (a number wrapped as {@code 150.0}/{@code 0} becomes
 * {@code 150.00}, Chinese lines join without spaces); a line that ends short of the cell's right
 * side, or that is followed by a line starting with an outline number (②, （2）), ends a paragraph
 * and is followed by {@code \n}.
 */
public final class CellTextAssembler {
    /** Minimum share of cells holding text for a ruled grid to count as a table. */
    private static final double MIN_FILLED = 0.2;

    private CellTextAssembler() {
    }

    /**
     * Builds the table, or returns null when the grid holds too little text to be a table
     * (a frame around a paragraph, chart grid lines). Glyphs used are added to {@code used}.
     */
    public static PdfTable assemble(GridTable grid, List<Glyph> glyphs, Set<Glyph> used) {
        int rows = grid.rows(), cols = grid.columns();
        List<List<Glyph>> inCell = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) inCell.add(new ArrayList<>());
        List<Glyph> taken = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (g.isBlank()) continue;
            for (int i = 0; i < grid.cells().size(); i++) {
                if (grid.cells().get(i).contains(g.centerX(), g.centerY())) {
                    inCell.get(i).add(g);
                    taken.add(g);
                    break;
                }
            }
        }
        List<TableCell> cells = new ArrayList<>();
        String[][] text = new String[rows][cols];
        int filled = 0;
        Set<Integer> fullEnds = new java.util.HashSet<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            GridTable.GridCell gc = grid.cells().get(i);
            List<TextLine> lines = LineBuilder.lines(grid.page(), inCell.get(i));
            String t = cellText(gc, lines);
            if (endsFull(gc, lines)) fullEnds.add(PdfTable.key(gc.row(), gc.column()));
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
        return new PdfTable(grid.page(), grid.page(), grid.top(), grid.bottom(), bbox, grid.xs(), cells, gridText,
                fullEnds);
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
                b.append(joinWrapped(b, cur.text()));
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
        }
        while (n < t.length() && NO_LINE_START.indexOf(t.charAt(n)) >= 0) n++;
        double perChar = cur.width() / Math.max(1, t.length());
        return prev.x1() + n * perChar > rightLimit - 0.5;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Opening marks a line may not end with. */
    private static final String OPENING = "“‘（《「『【〔(";

    /** Characters a line may not start with (Chinese line breaking rules). */
    private static final String NO_LINE_START = "。，、；：？！）》」』”’】〕…—%‰℃,.;:?!)]}％";

    /** Text to append for a wrapped line: a space only between two Latin letters. */
    static String joinWrapped(CharSequence before, String next) {
        if (before.length() > 0 && !next.isEmpty()) {
            char a = before.charAt(before.length() - 1), c = next.charAt(0);
            if (isLatinLetter(a) && isLatinLetter(c)) return " " + next;
        }
        return next;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
