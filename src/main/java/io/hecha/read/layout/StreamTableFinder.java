package io.hecha.read.layout;

import io.hecha.model.BoundingBox;
import io.hecha.model.Provenance;
import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds tables drawn without rulings (stream tables, as tabula's stream mode reads them): rows are
 * the baselines holding several pieces of text apart (the {@link LineBuilder} splits a baseline at
 * wide gaps), columns are the x ranges those pieces occupy in the rows that hold numbers. A table
 * needs at least three such rows next to each other that line up, and a column of numbers, so that
 * running text (one piece per baseline), a caption with its unit, a signature line or a table of
 * contents (titles and page numbers) never becomes one. Rows above the first row of numbers are its
 * header rows; a piece across several columns (a spanning header) spans them.
 */
final class StreamTableFinder {
    /** Rows that line up need at least this many pieces of text. */
    private static final int MIN_PIECES = 2;
    /** A table has at least this many rows holding numbers. */
    private static final int MIN_ROWS = 3;
    /** Rows further apart than this many font sizes (baseline to baseline) are not one table. */
    private static final double ROW_GAP = 2.6;
    /** At most this many header rows are taken above the first row of numbers. */
    private static final int MAX_HEADER_ROWS = 3;
    /** Share of a column's filled cells that must be numbers for it to be a number column. */
    private static final double NUMERIC_SHARE = 0.6;
    private static final Pattern CAPTION = Pattern.compile("^\\s*(?:续)?[表图]\\s*[0-9０-９]");
    private static final Pattern NUMBER = Pattern.compile(
            "^[-−+]?[（(]?[-−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[)）]?\\s*[%％]?$");

    private StreamTableFinder() {
    }

    /** What was found on a page: the tables and the lines they did not take. */
    record Found(List<TablePart> tables, List<TextLine> rest) {
    }

    /** One baseline: its pieces of text left to right. */
    private record Row(List<TextLine> pieces, double baseline, double size) {
        double top() {
            return pieces.stream().mapToDouble(TextLine::top).min().orElse(0);
        }

        double bottom() {
            return pieces.stream().mapToDouble(TextLine::bottom).max().orElse(0);
        }

        boolean numeric() {
            return pieces.stream().anyMatch(p -> isNumber(p.text()));
        }
    }

    /** The stream tables among a page's lines (in reading order, top to bottom). */
    static Found find(int page, List<TextLine> lines) {
        List<Row> rows = rows(lines);
        List<TablePart> tables = new ArrayList<>();
        Set<TextLine> used = new HashSet<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).pieces().size() < MIN_PIECES) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < rows.size() && rows.get(j).pieces().size() >= MIN_PIECES && close(rows.get(j - 1), rows.get(j))) j++;
            int[] from = new int[1];
            TablePart t = table(page, rows.subList(i, j), from);
            if (t != null) {
                tables.add(t);
                for (Row r : rows.subList(i + from[0], j)) used.addAll(r.pieces());
            }
            i = j;
        }
        if (tables.isEmpty()) return new Found(List.of(), lines);
        List<TextLine> rest = new ArrayList<>();
        for (TextLine l : lines) {
            if (!used.contains(l)) rest.add(l);
        }
        return new Found(tables, rest);
    }

    /** Lines grouped by baseline, top to bottom, pieces left to right. */
    private static List<Row> rows(List<TextLine> lines) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::x0));
        List<Row> out = new ArrayList<>();
        List<TextLine> cur = new ArrayList<>();
        for (TextLine l : sorted) {
            if (!cur.isEmpty() && Math.abs(l.baseline() - cur.get(0).baseline()) > 0.5 * Math.min(l.fontSize(), cur.get(0).fontSize())) {
                out.add(row(cur));
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) out.add(row(cur));
        return out;
    }

    private static Row row(List<TextLine> pieces) {
        List<TextLine> p = new ArrayList<>(pieces);
        p.sort(Comparator.comparingDouble(TextLine::x0));
        double size = p.stream().mapToDouble(TextLine::fontSize).max().orElse(10);
        return new Row(p, p.get(0).baseline(), size);
    }

    private static boolean close(Row above, Row below) {
        return below.baseline() - above.baseline() <= ROW_GAP * Math.max(above.size(), below.size());
    }

    /**
     * The table of a run of rows with several pieces each, or null when they do not make one;
     * {@code from[0]} is set to the first row of the run it takes.
     */
    private static TablePart table(int page, List<Row> run, int[] from) {
        int first = -1;
        for (int k = 0; k < run.size(); k++) {
            if (run.get(k).numeric()) {
                first = k;
                break;
            }
        }
        if (first < 0) return null;
        from[0] = first;
        while (from[0] > 0 && first - from[0] < MAX_HEADER_ROWS && !captionLike(run.get(from[0] - 1))) from[0]--;
        List<Row> rows = run.subList(from[0], run.size());
        int header = first - from[0];
        double[][] columns = columns(rows.subList(header, rows.size()));
        if (columns.length < 2) return null;
        int n = columns.length;
        String[][] text = new String[rows.size()][n];
        int[][] span = new int[rows.size()][n];
        int aligned = 0;
        for (int r = 0; r < rows.size(); r++) {
            int filled = 0;
            for (TextLine piece : rows.get(r).pieces()) {
                int c0 = columnOf(columns, piece.x0(), piece.x1(), true), c1 = columnOf(columns, piece.x0(), piece.x1(), false);
                if (c0 < 0) return null;
                if (text[r][c0] == null) filled++;
                text[r][c0] = text[r][c0] == null ? piece.text() : text[r][c0] + " " + piece.text();
                span[r][c0] = Math.max(span[r][c0], c1 - c0 + 1);
            }
            if (r >= header && filled >= MIN_PIECES) aligned++;
        }
        if (aligned < MIN_ROWS || !hasNumberColumn(text, header) || contents(text, header)) return null;
        return part(page, rows, columns, text, span, header);
    }

    /** A caption with its unit ({@code 表1 …  单位：万元}) above a table is not one of its rows. */
    private static boolean captionLike(Row r) {
        if (CAPTION.matcher(r.pieces().get(0).text()).lookingAt()) return true;
        return r.pieces().stream().anyMatch(p -> p.text().contains("单位：") || p.text().contains("单位:"));
    }

    /**
     * Column x ranges: the union of the pieces' ranges in the rows below the header, split where no
     * piece covers x (the white space between columns).
     */
    private static double[][] columns(List<Row> rows) {
        List<double[]> spans = new ArrayList<>();
        for (Row r : rows) {
            for (TextLine p : r.pieces()) spans.add(new double[]{p.x0(), p.x1()});
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> out = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
            else out.add(new double[]{s[0], s[1]});
        }
        return out.toArray(new double[0][]);
    }

    /** The first (or last) column a piece overlaps, or -1 when it overlaps none. */
    private static int columnOf(double[][] columns, double x0, double x1, boolean firstOne) {
        int found = -1;
        for (int c = 0; c < columns.length; c++) {
            if (x1 > columns[c][0] && x0 < columns[c][1]) {
                if (firstOne) return c;
                found = c;
            }
        }
        if (found >= 0 || !firstOne) return found;
        // a header piece in the white space between columns belongs to the nearest column
        double best = Double.MAX_VALUE;
        for (int c = 0; c < columns.length; c++) {
            double d = Math.min(Math.abs(x0 - columns[c][1]), Math.abs(columns[c][0] - x1));
            if (d < best) {
                best = d;
                found = c;
            }
        }
        return found;
    }

    /** True when some column holds mostly numbers (at least {@link #MIN_ROWS} of them). */
    private static boolean hasNumberColumn(String[][] text, int header) {
        for (int c = 0; c < text[0].length; c++) {
            int filled = 0, numbers = 0;
            for (int r = header; r < text.length; r++) {
                if (text[r][c] == null) continue;
                filled++;
                if (isNumber(text[r][c])) numbers++;
            }
            if (numbers >= MIN_ROWS && numbers >= NUMERIC_SHARE * filled) return true;
        }
        return false;
    }

    /** Two columns, titles and rising whole numbers: a table of contents, not a table. */
    private static boolean contents(String[][] text, int header) {
        if (text[0].length != 2) return false;
        int last = -1;
        for (int r = header; r < text.length; r++) {
            String p = text[r][1];
            if (p == null) continue;
            if (!p.strip().matches("\\d{1,4}")) return false;
            int v = Integer.parseInt(p.strip());
            if (v < last) return false;
            last = v;
        }
        return true;
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s.strip()).matches();
    }

    private static TablePart part(int page, List<Row> rows, double[][] columns, String[][] text, int[][] span,
                                  int header) {
        int n = columns.length;
        double[] xs = new double[n + 1];
        xs[0] = columns[0][0];
        for (int c = 1; c < n; c++) xs[c] = (columns[c - 1][1] + columns[c][0]) / 2;
        xs[n] = columns[n - 1][1];
        double[] ys = new double[rows.size() + 1];
        ys[0] = rows.get(0).top();
        for (int r = 1; r < rows.size(); r++) ys[r] = (rows.get(r - 1).bottom() + rows.get(r).top()) / 2;
        ys[rows.size()] = rows.get(rows.size() - 1).bottom();
        List<TableCell> cells = new ArrayList<>();
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] g = new String[n];
            for (int c = 0; c < n; ) {
                int s = Math.max(1, span[r][c]);
                s = Math.min(s, n - c);
                String t = text[r][c] == null ? "" : text[r][c];
                BoundingBox box = new BoundingBox(xs[c], ys[r], xs[c + s] - xs[c], ys[r + 1] - ys[r]);
                cells.add(new TableCell(r, c, 1, s, t, List.of(), List.of(), new Provenance(0, "", page, box)));
                for (int k = c; k < c + s; k++) g[k] = t;
                c += s;
            }
            grid.add(List.of(g));
        }
        double[] bbox = {xs[0], ys[0], xs[n], ys[rows.size()]};
        return new TablePart(page, ys[0], ys[rows.size()], bbox, cells, grid, Set.of(), Set.of(), header);
    }
}
