package io.hecha.extract;

import io.hecha.extract.mapping.Mapping.ColumnSpec;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a table's header row and which column holds each field of a mapping, by matching header
 * cells to the field's synonyms word by word ({@link Words#match}). The header may be any row (a
 * self-evaluation form has several blocks, each with its own header row). Each column serves one
 * field; the best-answering pairs are taken first, the leftmost column on ties.
 *
 * @param headerRow the header row
 * @param columns   field → column
 * @param units     field → unit printed in its header ("" when none)
 */
record HeaderMatch(int headerRow, Map<String, Integer> columns, Map<String, String> units) {

    /** The column of a field, or -1. */
    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    boolean has(String field) {
        return columns.containsKey(field);
    }

    /** The header row with the most fields found (at least {@code minColumns}), earliest on ties. */
    static Optional<HeaderMatch> find(Context ctx, Table t, Map<String, ColumnSpec> specs, int minColumns) {
        HeaderMatch best = null;
        int rows = Math.min(t.rowCount(), 200);
        for (int r = 0; r < rows; r++) {
            HeaderMatch m = match(ctx, t, r, specs);
            if (m.columns.size() >= minColumns && (best == null || m.columns.size() > best.columns.size())) best = m;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The columns of a row that may be header cells: not blank, at most 40 characters, not the
     * continuation of a merged cell, not a number. The same for every spec: {@link Context} keeps it
     * per row.
     */
    static int[] candidates(Table t, int row) {
        int cols = t.columnCount();
        int[] out = new int[cols];
        int n = 0;
        for (int c = 0; c < cols; c++) {
            String h = t.text(row, c);
            if (h.isBlank() || h.length() > 40) continue;
            if (c > 0 && h.equals(t.text(row, c - 1)) && t.cellAt(row, c) == t.cellAt(row, c - 1)) continue;
            if (Values.parse(h, "", false, null).isPresent()) continue;
            out[n++] = c;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Matches one row as a header. */
    static HeaderMatch match(Context ctx, Table t, int row, Map<String, ColumnSpec> specs) {
        int cols = t.columnCount();
        List<double[]> pairs = new ArrayList<>(); // {score, fieldIndex, column}
        int[] candidates = ctx.headerCandidates(t, row);
        if (candidates.length == 0) return new HeaderMatch(row, Map.of(), Map.of());
        List<String> fields = new ArrayList<>(specs.keySet());
        for (int f = 0; f < fields.size(); f++) {
            ColumnSpec spec = specs.get(fields.get(f));
            for (int c : candidates) {
                double s = ctx.bestMatch(t.text(row, c), spec.headers());
                if (s > 0) pairs.add(new double[]{s, f, c});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[2], b[2]));
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean[] used = new boolean[cols];
        for (double[] p : pairs) {
            String field = fields.get((int) p[1]);
            int c = (int) p[2];
            if (columns.containsKey(field) || used[c]) continue;
            columns.put(field, c);
            used[c] = true;
        }
        for (String field : fields) {
            String other = specs.get(field).orSecondOf();
            if (columns.containsKey(field) || other.isEmpty() || !specs.containsKey(other)) continue;
            int seen = 0;
            for (int c = 0; c < cols; c++) {
                if (ctx.bestMatch(t.text(row, c), specs.get(other).headers()) > 0
                        && !(c > 0 && t.cellAt(row, c) == t.cellAt(row, c - 1) && t.cellAt(row, c) != null)) {
                    if (++seen == 2 && !used[c]) {
                        columns.put(field, c);
                        used[c] = true;
                    }
                }
            }
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        Map<String, String> units = new LinkedHashMap<>();
        for (var e : ordered.entrySet()) units.put(e.getKey(), Values.unitIn(t.text(row, e.getValue())));
        return new HeaderMatch(row, ordered, units);
    }
}
