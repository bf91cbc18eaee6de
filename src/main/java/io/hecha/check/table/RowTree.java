package io.hecha.check.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The hierarchy of a table's body rows: which row is the parent of which, from outline numbers
 * ({@code 2．} encloses {@code （1）}) and from {@code 其中} (the parts that follow belong to the row
 * above). Total rows and group headings (rows without numbers) stand outside the hierarchy.
 */
final class RowTree {
    private final TableView v;
    private final int[] parent;
    private final boolean[] whereOfGroup;

    RowTree(TableView v) {
        this.v = v;
        int n = v.rowCount();
        parent = new int[n];
        whereOfGroup = new boolean[n];
        java.util.Arrays.fill(parent, -1);
        for (int r = v.headerRows(); r < n; r++) {
            if (v.whereOfRow(r) && !v.totalRow(r)) {
                int p = previousMember(r);
                int start = member(r) ? r : r + 1;
                if (p < 0 || start >= n || !member(start)) continue;
                int kind = v.rank(start);
                int q = start;
                while (q < n && member(q) && (q == start || (v.rank(q) == kind && !v.whereOfRow(q)))) {
                    parent[q] = p;
                    whereOfGroup[q] = true;
                    q++;
                }
                r = q - 1;
                continue;
            }
            if (!member(r)) continue;
            int k = v.rank(r);
            if (k == 0) continue;
            for (int p = r - 1; p >= v.headerRows(); p--) {
                if (v.totalRow(p)) break;
                int kp = v.rank(p);
                if (!member(p)) {
                    if (kp > 0 && kp < k) break; // a heading without numbers encloses this row: no parent with values
                    continue;
                }
                if (kp > 0 && kp < k) {
                    parent[r] = p;
                    break;
                }
            }
        }
    }

    /** Rows that take part in sums: not totals, not group headings. */
    boolean member(int r) {
        return r >= v.headerRows() && !v.totalRow(r) && !v.groupRow(r);
    }

    private int previousMember(int r) {
        for (int p = r - 1; p >= v.headerRows(); p--) {
            if (v.totalRow(p)) return -1;
            if (member(p)) return p;
        }
        return -1;
    }

    int parent(int r) {
        return parent[r];
    }

    /** True when the row is a part listed after 其中 (possibly not exhaustive). */
    boolean whereOfPart(int r) {
        return whereOfGroup[r];
    }

    List<Integer> children(int p) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < parent.length; r++) if (parent[r] == p) out.add(r);
        return out;
    }

    boolean leaf(int r) {
        for (int x : parent) if (x == r) return false;
        return true;
    }

    /** Every row that has children. */
    List<Integer> parents() {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < parent.length; r++) if (member(r) && !leaf(r)) out.add(r);
        return out;
    }
}
