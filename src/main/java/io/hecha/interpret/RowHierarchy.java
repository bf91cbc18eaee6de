package io.hecha.interpret;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The row structure chosen for a table block: which row is the parent of which (a parent equals the
 * sum of its children and is not added again with them), which rows are parts listed after 其中
 * (not necessarily exhaustive), and which rows each total closes.
 */
public final class RowHierarchy {
    /** No structure: every data row stands on its own. */
    public static final String FLAT = "flat";

    private final String structure;
    private final String evidence;
    private final int[] parent;
    private final boolean[] whereOfPart;
    private final List<List<Integer>> children;
    private final List<List<Integer>> closes;

    /**
     * @param structure   the name of the structure ({@code code}, {@code numbering}, {@code indent},
     *                    {@code flat}, possibly joined with {@code +})
     * @param evidence    why it was chosen, for a person ({@code 42 of 44 sums hold})
     * @param parent      per grid row, its parent row or -1
     * @param whereOfPart per grid row, true for a part listed after 其中
     * @param closes      per grid row, the rows a total or subtotal row adds up (empty for other rows)
     */
    RowHierarchy(String structure, String evidence, int[] parent, boolean[] whereOfPart, List<List<Integer>> closes) {
        this.structure = structure;
        this.evidence = evidence == null ? "" : evidence;
        this.parent = parent.clone();
        this.whereOfPart = whereOfPart.clone();
        List<List<Integer>> kids = new ArrayList<>(parent.length);
        for (int i = 0; i < parent.length; i++) kids.add(new ArrayList<>());
        for (int r = 0; r < parent.length; r++) if (parent[r] >= 0) kids.get(parent[r]).add(r);
        List<List<Integer>> k = new ArrayList<>(parent.length);
        for (List<Integer> l : kids) k.add(l.isEmpty() ? List.of() : List.copyOf(l));
        this.children = Collections.unmodifiableList(k);
        List<List<Integer>> c = new ArrayList<>(parent.length);
        for (int r = 0; r < parent.length; r++) {
            List<Integer> l = r < closes.size() ? closes.get(r) : null;
            c.add(l == null || l.isEmpty() ? List.of() : List.copyOf(l));
        }
        this.closes = Collections.unmodifiableList(c);
    }

    /** The structure's name. */
    public String structure() {
        return structure;
    }

    /** Why this structure was chosen. */
    public String evidence() {
        return evidence;
    }

    /** The parent row of a grid row, -1 when none. */
    public int parent(int row) {
        return row >= 0 && row < parent.length ? parent[row] : -1;
    }

    /** The children of a grid row, in order (empty for a leaf). */
    public List<Integer> children(int row) {
        return row >= 0 && row < children.size() ? children.get(row) : List.of();
    }

    /** True when the row has children. */
    public boolean hasChildren(int row) {
        return !children(row).isEmpty();
    }

    /** True for a part listed after 其中: the parts need not add up to their whole. */
    public boolean whereOfPart(int row) {
        return row >= 0 && row < whereOfPart.length && whereOfPart[row];
    }

    /** The rows a total or subtotal row adds up under this structure (empty for other rows). */
    public List<Integer> closes(int row) {
        return row >= 0 && row < closes.size() ? closes.get(row) : List.of();
    }

    /** The depth of a row: 0 for a row without parent. */
    public int depth(int row) {
        int d = 0;
        for (int p = parent(row); p >= 0 && d < parent.length; p = parent(p)) d++;
        return d;
    }
}
