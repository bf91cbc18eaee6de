package io.hecha.read.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds ruled tables (lattice) on one page: merges collinear segments, groups crossing
 * horizontals and verticals into connected frames, takes the distinct x and y positions as the
 * grid and makes one cell per area enclosed by rulings, so that a missing ruling merges the grid
 * positions on both sides (column or row span).
 */
final class LatticeTableFinder {
    /** Distance within which two segments are collinear or touch. */
    static final double SNAP = 2.0;
    /** Grid edges closer than this are one edge (double borders). */
    static final double MIN_GAP = 3.5;
    /** Fraction of a cell side that must be drawn for the side to separate two cells. */
    static final double COVERAGE = 0.6;
    /** Segments shorter than this are ignored (tick marks, dots). */
    static final double MIN_LENGTH = 3.0;

    private LatticeTableFinder() {
    }

    /** The tables on a page, top to bottom. */
    public static List<GridTable> find(int page, List<Ruling> rulings) {
        List<Ruling> hs = merge(rulings.stream().filter(r -> r.horizontal() && r.length() >= MIN_LENGTH).toList());
        List<Ruling> vs = merge(rulings.stream().filter(r -> !r.horizontal() && r.length() >= MIN_LENGTH).toList());
        List<GridTable> out = new ArrayList<>();
        for (List<Ruling> component : components(hs, vs)) {
            for (List<Ruling> band : bands(component)) {
                GridTable t = grid(page, band);
                if (t != null) out.add(t);
            }
        }
        out.sort(Comparator.comparingDouble(GridTable::top));
        return out;
    }

    /** Merges segments on the same line that overlap or touch. */
    static List<Ruling> merge(List<Ruling> in) {
        List<Ruling> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<List<Ruling>> lines = new ArrayList<>();
        for (Ruling r : sorted) {
            List<Ruling> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(r.position() - last.get(0).position()) <= SNAP) last.add(r);
            else lines.add(new ArrayList<>(List.of(r)));
        }
        List<Ruling> out = new ArrayList<>();
        for (List<Ruling> line : lines) {
            double pos = line.stream().mapToDouble(Ruling::position).average().orElse(0);
            line.sort(Comparator.comparingDouble(Ruling::start));
            double s = line.get(0).start(), e = line.get(0).end();
            for (Ruling r : line.subList(1, line.size())) {
                if (r.start() <= e + SNAP) {
                    e = Math.max(e, r.end());
                } else {
                    out.add(new Ruling(line.get(0).horizontal(), pos, s, e));
                    s = r.start();
                    e = r.end();
                }
            }
            out.add(new Ruling(line.get(0).horizontal(), pos, s, e));
        }
        return out;
    }

    /** Groups rulings into sets connected by crossings. */
    static List<List<Ruling>> components(List<Ruling> hs, List<Ruling> vs) {
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < hs.size(); i++) {
            Ruling h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                Ruling v = vs.get(j);
                if (v.position() >= h.start() - SNAP && v.position() <= h.end() + SNAP
                        && h.position() >= v.start() - SNAP && h.position() <= v.end() + SNAP) {
                    union(parent, i, hs.size() + j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(i < hs.size() ? hs.get(i) : vs.get(i - hs.size()));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /**
     * Splits a connected set of rulings at horizontal lines that no vertical crosses: two frames
     * stacked on one shared line (a table and a chart frame right under it) are separate grids.
     */
    static List<List<Ruling>> bands(List<Ruling> component) {
        List<Ruling> vs = component.stream().filter(r -> !r.horizontal()).toList();
        List<Double> ys = edges(component.stream().filter(Ruling::horizontal).map(Ruling::position).toList());
        List<Double> cuts = new ArrayList<>();
        for (int i = 1; i < ys.size() - 1; i++) {
            double y = ys.get(i);
            boolean crossed = vs.stream().anyMatch(v -> v.start() < y - MIN_GAP && v.end() > y + MIN_GAP);
            if (!crossed) cuts.add(y);
        }
        if (cuts.isEmpty()) return List.of(component);
        List<List<Ruling>> out = new ArrayList<>();
        double from = -Double.MAX_VALUE;
        for (int i = 0; i <= cuts.size(); i++) {
            double lo = from, hi = i < cuts.size() ? cuts.get(i) : Double.MAX_VALUE;
            List<Ruling> band = new ArrayList<>();
            for (Ruling r : component) {
                if (r.horizontal() ? r.position() >= lo - MIN_GAP && r.position() <= hi + MIN_GAP
                        : r.start() >= lo - MIN_GAP && r.end() <= hi + MIN_GAP) {
                    band.add(r);
                }
            }
            out.add(band);
            from = hi;
        }
        return out;
    }

    /** Builds the grid of one connected set of rulings, or null when it is not a table. */
    static GridTable grid(int page, List<Ruling> component) {
        List<Ruling> hs = component.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = component.stream().filter(r -> !r.horizontal()).toList();
        if (hs.size() < 2 || vs.size() < 2) return null;
        List<Double> xs = edges(vs.stream().map(Ruling::position).toList());
        List<Double> ys = edges(hs.stream().map(Ruling::position).toList());
        double minX = hs.stream().mapToDouble(Ruling::start).min().orElseThrow();
        double maxX = hs.stream().mapToDouble(Ruling::end).max().orElseThrow();
        if (minX < xs.get(0) - MIN_GAP * 2) xs.add(0, minX);
        if (maxX > xs.get(xs.size() - 1) + MIN_GAP * 2) xs.add(maxX);
        int rows = ys.size() - 1, cols = xs.size() - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) return null;
        boolean[][] vEdge = new boolean[rows][cols + 1];
        boolean[][] hEdge = new boolean[rows + 1][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                vEdge[r][c] = coverage(vs, xs.get(c), ys.get(r), ys.get(r + 1)) >= COVERAGE;
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                hEdge[r][c] = coverage(hs, ys.get(r), xs.get(c), xs.get(c + 1)) >= COVERAGE;
            }
        }
        return new GridTable(page, xs, ys, cells(xs, ys, vEdge, hEdge));
    }

    /** Cells as maximal rectangles not crossed by a drawn side, row-major. */
    static List<GridTable.GridCell> cells(List<Double> xs, List<Double> ys, boolean[][] vEdge, boolean[][] hEdge) {
        int rows = ys.size() - 1, cols = xs.size() - 1;
        boolean[][] taken = new boolean[rows][cols];
        List<GridTable.GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) continue;
                int cs = 1;
                while (c + cs < cols && !vEdge[r][c + cs] && !taken[r][c + cs]) cs++;
                int rs = 1;
                while (r + rs < rows && openBelow(hEdge[r + rs], taken[r + rs], c, cs)) rs++;
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) taken[i][j] = true;
                }
                cells.add(new GridTable.GridCell(r, c, rs, cs, xs.get(c), ys.get(r), xs.get(c + cs), ys.get(r + rs)));
            }
        }
        return cells;
    }

    private static boolean openBelow(boolean[] hEdgeRow, boolean[] takenRow, int c, int cs) {
        for (int j = c; j < c + cs; j++) {
            if (hEdgeRow[j] || takenRow[j]) return false;
        }
        return true;
    }

    /** Fraction of [a, b] covered by the segments lying on the line at {@code position}. */
    static double coverage(List<Ruling> lines, double position, double a, double b) {
        if (b <= a) return 1;
        List<double[]> parts = new ArrayList<>();
        for (Ruling r : lines) {
            if (Math.abs(r.position() - position) > MIN_GAP) continue;
            double s = Math.max(a, r.start()), e = Math.min(b, r.end());
            if (e > s) parts.add(new double[]{s, e});
        }
        parts.sort(Comparator.comparingDouble(p -> p[0]));
        double covered = 0, reach = a;
        for (double[] p : parts) {
            double s = Math.max(p[0], reach);
            if (p[1] > s) {
                covered += p[1] - s;
                reach = p[1];
            }
        }
        return covered / (b - a);
    }

    /** Distinct positions, sorted, merging those closer than {@link #MIN_GAP}. */
    static List<Double> edges(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double p : sorted) {
            if (n > 0 && p - sum / n > MIN_GAP) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += p;
            n++;
        }
        if (n > 0) out.add(sum / n);
        return out;
    }
}
