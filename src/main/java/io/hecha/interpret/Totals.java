package io.hecha.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sums a candidate structure implies down the columns of a block: each parent row against its
 * children, and each total (合计 / 总计) or subtotal (小计) row against the rows it closes. A total may
 * close the top-level rows of its scope, run on from the total before it (本年收入合计 + 年初结转 = 总计),
 * add up earlier totals (资产总计 = 流动资产合计 + 非流动资产合计), leave out the breakdown rows listed
 * under one of its rows, or add side-by-side blocks its label spans; the reading under which the most
 * columns hold is kept.
 */
final class Totals {
    static final String COLUMN_TOTAL = "table.column-total";
    static final String PARENT_TOTAL = "table.parent-total";
    private static final int MAX_BREAKDOWN = 8;

    private Totals() {
    }

    /**
     * One sum in one column.
     *
     * @param row              the claim's row
     * @param col              the claim's column
     * @param spec             the relation
     * @param holds            whether it holds
     * @param otherColumnHolds whether the same sum of the same rows holds in another column
     * @param unambiguous      a total over plain rows (its scope's top-level rows) with no other reading
     * @param operandRows      the rows added (for the hierarchy's record of what a total closes)
     * @param columns          in how many columns the same sum was evaluated
     * @param telling          it holds and its claim is not zero (a sum of zeros holding is no evidence)
     */
    record Sum(int row, int col, Spec spec, boolean holds, boolean otherColumnHolds, boolean unambiguous,
               List<Integer> operandRows, int columns, boolean telling) {
    }

    /** A reading of a total: rows of this block, plus rows of side-by-side blocks its label spans. */
    private record Reading(String name, List<Integer> rows, List<Draft> cross, List<Integer> crossRows) {
    }

    static List<Sum> parents(Draft d, Hierarchies.Candidate c, List<Column> cols) {
        List<List<Integer>> kids = new ArrayList<>();
        for (int r = 0; r < d.g.rows; r++) kids.add(null);
        for (int r = d.body; r < d.end; r++) {
            int p = c.parent()[r];
            if (p < 0) continue;
            if (kids.get(p) == null) kids.set(p, new ArrayList<>());
            kids.get(p).add(r);
        }
        List<Sum> out = new ArrayList<>();
        for (int p = d.body; p < d.end; p++) {
            List<Integer> k = kids.get(p);
            if (k == null) continue;
            boolean parts = c.whereOfPart()[k.get(0)];
            List<Interval> sums = new ArrayList<>();
            List<Column> used = new ArrayList<>();
            boolean exhaustive = !parts;
            for (Column col : cols) {
                Interval claim = d.interval(p, col.index()), s = d.sum(k, col.index());
                if (claim == null || s == null || (!s.overlaps(claim) && d.holeIn(k, col.index()))) continue;
                sums.add(s);
                used.add(col);
                if (parts && s.overlaps(claim)) exhaustive = true;
            }
            List<Boolean> holds = new ArrayList<>(), telling = new ArrayList<>();
            for (int i = 0; i < used.size(); i++) {
                Interval claim = d.interval(p, used.get(i).index()), s = sums.get(i);
                holds.add(exhaustive ? s.overlaps(claim) : s.lo().compareTo(claim.hi()) <= 0);
                telling.add(holds.get(i) && !claim.containsZero());
            }
            for (int i = 0; i < used.size(); i++) {
                int col = used.get(i).index();
                boolean other = false;
                for (int j = 0; j < used.size(); j++) if (j != i && telling.get(j)) other = true;
                List<Integer> rows = withNumbers(d, k, col);
                String basis = structureName(c) + "：「" + d.labels[d.index(p)] + "」= 其下 " + k.size() + " 行之和"
                        + (exhaustive ? "" : "（其中所列部分之和不超过整体）");
                Spec spec = Spec.column(PARENT_TOTAL, exhaustive ? Relation.Kind.SUM : Relation.Kind.PARTS, p, col, rows, basis);
                out.add(new Sum(p, col, spec, holds.get(i), other, false, k, used.size(), telling.get(i)));
            }
        }
        return out;
    }

    private static String structureName(Hierarchies.Candidate c) {
        return switch (c.name().replace("+其中", "")) {
            case "code" -> "按科目编码层级";
            case "numbering" -> "按序号层级";
            case "indent" -> "按缩进层级";
            default -> "按“其中”分项";
        };
    }

    private static List<Integer> withNumbers(Draft d, List<Integer> rows, int col) {
        List<Integer> out = new ArrayList<>(rows.size());
        for (int r : rows) if (d.g.number(r, col) != null) out.add(r);
        return out;
    }

    static List<Sum> totals(Draft d, Hierarchies.Candidate c, List<Column> cols, List<Draft> siblings) {
        List<Sum> out = new ArrayList<>();
        Set<Integer> closedBySubtotal = new HashSet<>();
        for (int t = d.body; t < d.end; t++) {
            if (d.role(t) != RowRole.SUBTOTAL) continue;
            for (int r : scope(d, t)) if (d.data(r) && c.parent()[r] < 0) closedBySubtotal.add(r);
        }
        for (int t = d.body; t < d.end; t++) {
            if (!d.total(t)) continue;
            List<Reading> readings = readings(d, c, t, closedBySubtotal, siblings);
            if (readings.isEmpty()) continue;
            Reading best = null;
            int bestHolds = -1;
            for (Reading rd : readings) {
                int h = 0;
                for (Column col : cols) {
                    if (Boolean.TRUE.equals(holds(d, t, col, rd, cols)) && !d.interval(t, col.index()).containsZero()) h++;
                }
                if (h > bestHolds) {
                    best = rd;
                    bestHolds = h;
                }
            }
            boolean unambiguous = readings.size() == 1 && plainScope(d, c, t, best);
            List<int[]> evaluated = new ArrayList<>();
            for (Column col : cols) {
                Boolean h = holds(d, t, col, best, cols);
                if (h == null) continue;
                boolean telling = h && !d.interval(t, col.index()).containsZero();
                evaluated.add(new int[]{col.index(), h ? 1 : 0, telling ? 1 : 0});
            }
            for (int[] e : evaluated) {
                boolean other = evaluated.stream().anyMatch(x -> x[0] != e[0] && x[2] == 1);
                out.add(new Sum(t, e[0], spec(d, t, e[0], best, cols), e[1] == 1, other, unambiguous, best.rows(),
                        evaluated.size(), e[2] == 1));
            }
        }
        return out;
    }

    /** TRUE / FALSE, or null when the column has nothing to compare in this row. */
    private static Boolean holds(Draft d, int t, Column col, Reading rd, List<Column> cols) {
        Interval claim = d.interval(t, col.index());
        if (claim == null) return null;
        Interval s = d.sum(rd.rows(), col.index());
        if (!rd.cross().isEmpty()) {
            int k = cols.indexOf(col);
            Interval extra = Interval.exact(BigDecimal.ZERO);
            boolean any = false;
            for (Draft x : rd.cross()) {
                List<Column> xc = x.summable();
                if (k < 0 || k >= xc.size()) return null;
                Interval xs = x.sum(rd.crossRows(), xc.get(k).index());
                if (xs != null) {
                    extra = extra.add(xs);
                    any = true;
                }
            }
            if (s == null && !any) return null;
            s = s == null ? extra : s.add(extra);
        }
        if (s == null) return null;
        if (!s.overlaps(claim) && (d.holeIn(rd.rows(), col.index()) || crossHole(rd, cols.indexOf(col)))) return null;   // the sum is unknown
        return s.overlaps(claim);
    }

    private static boolean crossHole(Reading rd, int k) {
        for (Draft x : rd.cross()) {
            List<Column> xc = x.summable();
            if (k >= 0 && k < xc.size() && x.holeIn(rd.crossRows(), xc.get(k).index())) return true;
        }
        return false;
    }

    private static Spec spec(Draft d, int t, int col, Reading rd, List<Column> cols) {
        List<Integer> rs = new ArrayList<>(), cs = new ArrayList<>();
        for (int r : rd.rows()) {
            if (d.g.number(r, col) == null) continue;
            rs.add(r);
            cs.add(col);
        }
        int k = -1;
        for (int i = 0; i < cols.size(); i++) if (cols.get(i).index() == col) k = i;
        for (Draft x : rd.cross()) {
            List<Column> xc = x.summable();
            if (k < 0 || k >= xc.size()) continue;
            int xcol = xc.get(k).index();
            for (int r : rd.crossRows()) {
                if (d.g.number(r, xcol) == null) continue;
                rs.add(r);
                cs.add(xcol);
            }
        }
        int[] ra = rs.stream().mapToInt(Integer::intValue).toArray(), ca = cs.stream().mapToInt(Integer::intValue).toArray();
        String basis = "「" + d.labels[d.index(t)] + "」= " + rd.name();
        return new Spec(COLUMN_TOTAL, Relation.Kind.SUM, t, col, ra, ca, basis);
    }

    /** The rows a total or subtotal closes: since the previous total (or group heading for a subtotal), else after it. */
    static List<Integer> scope(Draft d, int t) {
        boolean sub = d.role(t) == RowRole.SUBTOTAL;
        List<Integer> back = new ArrayList<>();
        for (int r = t - 1; r >= d.body; r--) {
            RowRole x = d.role(r);
            if (x == RowRole.TOTAL || (sub && (x == RowRole.SUBTOTAL || heading(d, r)))) break;
            back.add(0, r);
        }
        if (back.stream().anyMatch(d::data)) return back;
        List<Integer> fwd = new ArrayList<>();
        for (int r = t + 1; r < d.end; r++) {
            RowRole x = d.role(r);
            if (x == RowRole.TOTAL || (sub && (x == RowRole.SUBTOTAL || heading(d, r)))) break;
            fwd.add(r);
        }
        return fwd;
    }

    /** A group heading: a row without values whose label is numbered (一、基本支出) or ends with a colon. */
    static boolean heading(Draft d, int r) {
        if (d.role(r) != RowRole.GROUP) return false;
        String l = d.labels[d.index(r)];
        return d.rank[d.index(r)] > 0 || l.endsWith("：") || l.endsWith(":");
    }

    private static List<Reading> readings(Draft d, Hierarchies.Candidate c, int t, Set<Integer> closedBySubtotal,
                                          List<Draft> siblings) {
        boolean sub = d.role(t) == RowRole.SUBTOTAL;
        List<Integer> scope = scope(d, t);
        List<Integer> roots = new ArrayList<>();
        for (int r : scope) {
            if ((d.data(r) && c.parent()[r] < 0 && (sub || !closedBySubtotal.contains(r))) || (!sub && d.role(r) == RowRole.SUBTOTAL)) {
                roots.add(r);
            }
        }
        List<Reading> out = new ArrayList<>();
        if (roots.isEmpty()) return out;
        out.add(new Reading("其范围内一级行之和", roots, List.of(), List.of()));
        List<Integer> lean = withoutBreakdowns(d, roots);
        if (lean.size() < roots.size()) out.add(new Reading("一级行之和（不含其下细分行）", lean, List.of(), List.of()));
        int before = scope.get(0) - 1;
        boolean backwards = scope.get(0) < t;
        if (!sub && backwards && before >= d.body && d.role(before) == RowRole.TOTAL) {
            out.add(new Reading("上一合计行与其后各行之和", prepend(before, roots), List.of(), List.of()));
            if (lean.size() < roots.size()) out.add(new Reading("上一合计行与其后各行之和（不含细分行）", prepend(before, lean), List.of(), List.of()));
        }
        if (!sub && backwards) {
            List<Integer> totals = new ArrayList<>();
            int r = t - 1;
            for (; r >= d.body; r--) {
                if (d.role(r) == RowRole.TOTAL && d.labels[d.index(r)].contains("总计")) break;
                if (d.role(r) == RowRole.TOTAL) totals.add(0, r);
            }
            if (!totals.isEmpty()) {
                List<Integer> grand = new ArrayList<>(totals);
                int last = totals.get(totals.size() - 1);
                for (int x = last + 1; x < t; x++) if (d.data(x) && c.parent()[x] < 0) grand.add(x);
                if (!grand.equals(out.get(out.size() - 1).rows())) out.add(new Reading("此前各合计行之和", grand, List.of(), List.of()));
            }
        }
        List<Draft> cross = spanned(d, t, siblings);
        if (!cross.isEmpty()) {
            List<Integer> crossRows = new ArrayList<>();
            for (int r : scope) crossRows.add(r);
            List<Integer> crossRoots = new ArrayList<>();
            for (Draft x : cross) {
                for (int r : crossRows) if (x.data(r) && !crossRoots.contains(r)) crossRoots.add(r);
            }
            out.add(new Reading("其标签所跨各并列块的一级行之和", roots, cross, rootsOf(cross, crossRoots)));
        }
        return out;
    }

    /** Rows of the spanned blocks that are roots under their own code or numbering structure. */
    private static List<Integer> rootsOf(List<Draft> cross, List<Integer> rows) {
        List<Integer> out = new ArrayList<>();
        for (Draft x : cross) {
            int[] p = Hierarchies.codes(x);
            if (p == null) p = Hierarchies.numbering(x);
            for (int r : rows) if ((p == null || p[r] < 0) && x.data(r) && !out.contains(r)) out.add(r);
        }
        return out;
    }

    /** The side-by-side blocks (other than d) whose columns the total row's label covers. */
    private static List<Draft> spanned(Draft d, int t, List<Draft> siblings) {
        int i = d.index(t), from = d.labelFrom[i], to = d.labelTo[i];
        List<Draft> out = new ArrayList<>();
        if (from < 0) return out;
        for (Draft x : siblings) {
            if (x == d || x.layout != TableBlock.Layout.SIDE_BY_SIDE) continue;
            boolean covered = x.columns.stream().anyMatch(col -> col.index() >= from && col.index() <= to);
            boolean ownValue = x.summable().stream().anyMatch(col -> x.g.number(t, col.index()) != null);
            if (covered && !ownValue) out.add(x);
        }
        return out;
    }

    private static List<Integer> prepend(int r, List<Integer> rows) {
        List<Integer> out = new ArrayList<>(rows.size() + 1);
        out.add(r);
        out.addAll(rows);
        return out;
    }

    /**
     * The roots without breakdown rows: rows right after a row that add up to it in every column where
     * it shows a value (年初结转和结余 followed by 一般公共预算财政拨款 / 政府性基金…).
     */
    private static List<Integer> withoutBreakdowns(Draft d, List<Integer> roots) {
        Set<Integer> drop = new HashSet<>();
        List<Column> cols = d.summable();
        for (int i = 0; i < roots.size(); i++) {
            int r = roots.get(i);
            if (drop.contains(r)) continue;
            int best = 0;
            for (int k = 1; k <= MAX_BREAKDOWN && i + k < roots.size(); k++) {
                if (roots.get(i + k) != r + k) break;
                if (breaksDown(d, r, roots.subList(i + 1, i + k + 1), cols)) best = k;
            }
            for (int k = 1; k <= best; k++) drop.add(roots.get(i + k));
        }
        if (drop.isEmpty()) return roots;
        List<Integer> out = new ArrayList<>();
        for (int r : roots) if (!drop.contains(r)) out.add(r);
        return out;
    }

    private static boolean breaksDown(Draft d, int r, List<Integer> kids, List<Column> cols) {
        boolean nonZero = false;
        for (Column col : cols) {
            Interval v = d.interval(r, col.index());
            if (v == null) continue;
            Interval s = d.sum(kids, col.index());
            if (s == null) {
                if (v.containsZero()) continue;
                return false;
            }
            if (!s.overlaps(v)) return false;
            if (!v.containsZero()) nonZero = true;
        }
        return nonZero;
    }

    /**
     * True for a total over plain rows: the scope holds only value rows (no group headings, no subtotals),
     * and its outline numbers, if any, run 1, 2, 3… without a gap (a list that starts at 十一 is the rest
     * of a list the table does not hold).
     */
    private static boolean plainScope(Draft d, Hierarchies.Candidate c, int t, Reading rd) {
        for (int r : scope(d, t)) if (!d.data(r)) return false;
        int expected = 1, kind = -1;
        for (int r : rd.rows()) {
            int i = d.index(r);
            if (d.rank[i] == 0) continue;
            if (kind < 0) kind = d.rank[i];
            if (d.rank[i] != kind) continue;
            if (d.outline[i] != expected) return false;
            expected++;
        }
        return true;
    }
}
