package io.hecha.interpret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses a block's row hierarchy from evidence. Candidate structures: 科目编码 prefixes (or 类/款/项
 * columns), outline numbering, indentation, or none; each with or without the 其中 parts. Under each
 * candidate every parent row should equal the sum of its children and every total the sum of the rows
 * it closes, in every summable column; the candidate under which the most of these sums hold wins.
 * A sum that fails is asserted (reported by the checks) only when the chosen structure is supported by
 * sums that hold (see {@link Totals} and {@link #supported}).
 */
final class Hierarchies {
    private Hierarchies() {
    }

    /** The chosen hierarchy and the relations it asserts (and those it cannot support). */
    record Chosen(RowHierarchy hierarchy, List<Spec> asserted, List<Spec> unsupported) {
    }

    /** A candidate structure: a name and each row's parent (grid rows; -1 for none). */
    record Candidate(String name, String base, int[] parent, boolean[] whereOfPart) {
    }

    static Chosen choose(Draft d, List<Draft> siblings) {
        List<Column> cols = d.summable();
        Scored best = null;
        int flatHolds = 0;
        for (Candidate c : candidates(d)) {
            Scored s = score(d, c, cols, siblings);
            if (c.name().equals(RowHierarchy.FLAT)) flatHolds = s.holds();
            // more sums holding wins; on a tie a different base structure wins with fewer failures, while
            // the same base keeps its 其中 parts (the wording declares them)
            if (best == null || s.holds() > best.holds()
                    || (s.holds() == best.holds() && !s.c().base().equals(best.c().base()) && s.fails() < best.fails())) best = s;
        }
        return best.emit(flatHolds);
    }

    /** Every distinct candidate structure of a block, FLAT last. */
    static List<Candidate> candidates(Draft d) {
        int n = d.g.rows;
        List<Candidate> out = new ArrayList<>();
        List<int[]> seen = new ArrayList<>();
        int[][] bases = {codes(d), numbering(d), indentation(d)};
        String[] names = {"code", "numbering", "indent"};
        int[] flat = new int[n];
        Arrays.fill(flat, -1);
        boolean anyWhereOf = false;
        for (int r = d.body; r < d.end; r++) anyWhereOf |= d.whereOf[d.index(r)];
        for (int k = 0; k <= bases.length; k++) {
            int[] base = k < bases.length ? bases[k] : flat;
            String name = k < bases.length ? names[k] : RowHierarchy.FLAT;
            if (base == null) continue;
            for (boolean where : anyWhereOf ? new boolean[]{true, false} : new boolean[]{false}) {
                int[] p = base.clone();
                boolean[] part = new boolean[n];
                if (where) whereOf(d, p, part);
                skipGroups(d, p);
                if (seen.stream().anyMatch(x -> Arrays.equals(x, p))) continue;
                seen.add(p);
                out.add(new Candidate(where && !name.equals(RowHierarchy.FLAT) ? name + "+其中" : where ? "其中" : name, name, p, part));
            }
        }
        return out;
    }

    /** 科目编码 prefixes: the parent is the nearest row above whose code is a proper prefix; null without nesting. */
    static int[] codes(Draft d) {
        return nest(d, r -> !d.codes[d.index(r)].isEmpty(), (parent, r) -> {
            String code = d.codes[d.index(r)], pc = d.codes[d.index(parent)];
            return code.length() > pc.length() && code.startsWith(pc);
        });
    }

    /** Outline numbers: 一、 encloses （一）, 1． encloses （1）; a total row ends the nesting. */
    static int[] numbering(Draft d) {
        return byLevel(d, d.rank);
    }

    /** Leading white space of the label: a more indented row belongs to the one above. */
    static int[] indentation(Draft d) {
        int[] level = new int[d.end - d.first];
        boolean differ = false;
        int firstIndent = -1;
        for (int r = d.body; r < d.end; r++) {
            int i = d.index(r);
            if (d.labels[i].isEmpty() || !d.data(r)) continue;
            level[i] = d.indent[i] + 1;
            if (firstIndent < 0) firstIndent = level[i];
            else if (level[i] != firstIndent) differ = true;
        }
        return differ ? byLevel(d, level) : null;
    }

    private static int[] byLevel(Draft d, int[] level) {
        return nest(d, r -> level[d.index(r)] != 0, (parent, r) -> level[d.index(parent)] < level[d.index(r)]);
    }

    /**
     * One walk for every nesting evidence: each row that takes part gets as parent the nearest row
     * above it on the stack that encloses it; a total row ends the nesting. Null when nothing nests.
     */
    private static int[] nest(Draft d, java.util.function.IntPredicate takesPart,
                              java.util.function.BiPredicate<Integer, Integer> encloses) {
        int[] p = empty(d);
        int[] stack = new int[d.end - d.body];
        int top = 0;
        boolean any = false;
        for (int r = d.body; r < d.end; r++) {
            if (d.total(r)) {
                top = 0;
                continue;
            }
            if (!takesPart.test(r)) continue;
            while (top > 0 && !encloses.test(stack[top - 1], r)) top--;
            if (top > 0) {
                p[r] = stack[top - 1];
                any = true;
            }
            stack[top++] = r;
        }
        return any ? p : null;
    }

    private static int[] empty(Draft d) {
        int[] p = new int[d.g.rows];
        Arrays.fill(p, -1);
        return p;
    }

    /**
     * 其中 parts: the row marked 其中 (or the row after a bare 其中：) and the rows of the same outline kind
     * after it are parts of the row with values above the marker.
     */
    static void whereOf(Draft d, int[] p, boolean[] part) {
        for (int r = d.body; r < d.end; r++) {
            if (!d.whereOf[d.index(r)] || d.total(r)) continue;
            int whole = r - 1;
            while (whole >= d.body && !(d.data(whole) || d.total(whole))) whole--;
            int start = d.data(r) ? r : r + 1;
            if (whole < d.body || start >= d.end || !d.data(start)) continue;
            int kind = d.rank[d.index(start)];
            int q = start;
            while (q < d.end && d.data(q) && (q == start || (d.rank[d.index(q)] == kind && !d.whereOf[d.index(q)]))) {
                p[q] = whole;
                part[q] = true;
                q++;
            }
            r = q - 1;
        }
    }

    /** A row without values is no parent: its children belong to its own parent. */
    private static void skipGroups(Draft d, int[] p) {
        for (int r = d.body; r < d.end; r++) {
            int guard = 0;
            while (p[r] >= 0 && guard++ < 64 && !(d.data(p[r]) || d.total(p[r]))) p[r] = p[p[r]];
        }
    }

    /** A candidate with its sums evaluated. */
    record Scored(Draft d, Candidate c, List<Column> cols, List<Totals.Sum> parents, List<Totals.Sum> totals,
                  int holds, int fails) {
        /**
         * The relations to assert. A broken sum is asserted when the same sum of the same rows holds in
         * another column (one wrong cell breaks one column: a sum broken in every column is a structure
         * that does not fit, e.g. a table cut at a page, not a wrong number), or when it is evaluated in
         * one column only and the block supports it: for a parent row, a structure that makes more sums
         * hold than the flat reading and at least as many hold as fail (any 其中 part list: its wording
         * declares it); for a total, other totals of the block that hold (at least two, twice as many as
         * fail), or a total over plain rows with no other reading (in a flat block, or over the top-level rows
         * of a structure its parent sums support). No broken total of a table that may be
         * cut at a page (one that repeats the header rows of its neighbour on the next page) is asserted:
         * it may close rows the part does not hold.
         */
        Chosen emit(int flatHolds) {
            List<Spec> asserted = new ArrayList<>(), unsupported = new ArrayList<>();
            boolean noParents = Arrays.stream(c.parent()).allMatch(x -> x < 0);
            boolean structure = !noParents && holds > flatHolds && holds >= fails;
            int totalHolds = 0, totalFails = 0;
            for (Totals.Sum s : totals) {
                if (s.telling()) totalHolds++;
                else if (!s.holds()) totalFails++;
            }
            boolean totalsHold = totalHolds >= 2 && totalHolds >= 2 * totalFails;
            for (Totals.Sum s : parents) {
                boolean alone = s.columns() == 1 && (structure || s.spec().kind() == Relation.Kind.PARTS);
                (s.holds() || s.otherColumnHolds() || alone ? asserted : unsupported).add(s.spec());
            }
            for (Totals.Sum s : totals) {
                boolean alone = s.columns() == 1 && (totalsHold || ((noParents || structure) && s.unambiguous()));
                boolean ok = s.holds() || (!d.fragment && (s.otherColumnHolds() || alone));
                (ok ? asserted : unsupported).add(s.spec());
            }
            int n = d.g.rows;
            List<List<Integer>> closes = new ArrayList<>(n);
            for (int r = 0; r < n; r++) closes.add(List.of());
            for (Totals.Sum s : totals) closes.set(s.row(), s.operandRows());
            String evidence = holds + " of " + (holds + fails) + " sums hold";
            return new Chosen(new RowHierarchy(c.name(), evidence, c.parent(), c.whereOfPart(), closes), asserted, unsupported);
        }
    }

    static Scored score(Draft d, Candidate c, List<Column> cols, List<Draft> siblings) {
        List<Totals.Sum> parents = Totals.parents(d, c, cols);
        List<Totals.Sum> totals = Totals.totals(d, c, cols, siblings);
        int holds = 0, fails = 0;
        for (Totals.Sum s : parents) {
            if (s.telling()) holds++;
            else if (!s.holds()) fails++;
        }
        for (Totals.Sum s : totals) {
            if (s.telling()) holds++;
            else if (!s.holds()) fails++;
        }
        return new Scored(d, c, cols, parents, totals, holds, fails);
    }
}
