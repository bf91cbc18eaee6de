package io.hecha.check.table;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Evaluation;
import io.hecha.interpret.Fact;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Relation;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table rules: every relation a typed table asserts (column totals, parent rows, row totals,
 * rates, differences; see {@link TypedTable#relations()}) is evaluated with interval arithmetic. Broken
 * relations that share cells are one inconsistency: the cell whose correction mends them all (and
 * breaks none that holds) is named, in one finding with its printed number first in {@code values}.
 * Sums that hold only within rounding but differ visibly are reported once per table as info.
 */
public final class TableRelationsCheck implements Check {
    public static final String COLUMN_TOTAL = "table.column-total";
    public static final String PARENT_TOTAL = "table.parent-total";
    public static final String ROW_TOTAL = "table.row-total";
    public static final String RATE = "table.rate";
    public static final String DIFFERENCE = "table.difference";
    public static final String ROUNDING = "table.rounding";
    private static final int MAX_EVIDENCE = 40;

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        List<Finding> out = new ArrayList<>();
        for (TypedTable t : in.tables()) out.addAll(check(t));
        return out;
    }

    /** Checks one typed table. */
    public List<Finding> check(TypedTable t) {
        List<Evaluation> failing = new ArrayList<>(), holding = new ArrayList<>();
        for (Relation r : t.relations()) {
            Evaluation e = r.evaluate();
            (e.holds() ? holding : failing).add(e);
        }
        List<Finding> out = new ArrayList<>();
        if (!failing.isEmpty()) out.addAll(Blame.findings(failing, holding));
        Finding rounding = rounding(t, holding);
        if (rounding != null) out.add(rounding);
        return out;
    }

    /** One info finding for the sums of a table that hold only within rounding and differ by two units or more. */
    private static Finding rounding(TypedTable t, List<Evaluation> holding) {
        List<Evaluation> visible = new ArrayList<>();
        for (Evaluation e : holding) {
            Relation r = e.relation();
            if (r.kind() != Relation.Kind.SUM || e.computed() == null) continue;
            int dec = r.claim().contextDecimals();
            BigDecimal unit = BigDecimal.ONE.movePointLeft(dec);
            BigDecimal diff = e.computed().nominal().subtract(r.claim().shown().value()).abs();
            if (diff.compareTo(unit.multiply(BigDecimal.valueOf(2))) >= 0) visible.add(e);
        }
        if (visible.isEmpty()) return null;
        Evaluation first = visible.get(0);
        Fact c = first.relation().claim();
        int dec = c.contextDecimals();
        FindingBuilder b = new FindingBuilder(ROUNDING).severity(Severity.INFO).location(c.location())
                .expected(first.computed()).actual(c.shown().printed());
        for (Evaluation e : visible.subList(0, Math.min(5, visible.size()))) {
            Fact x = e.relation().claim();
            b.evidence(new Finding.Evidence(x.shown().printed(), x.location())).value(x.shown().printed());
        }
        return b.message(t.table().id() + "有 " + visible.size() + " 处合计与分项之和的差异在舍入范围内（按区间比较一致，不是错误），如「"
                + c.location().rowLabel() + "」行「" + c.location().columnLabel() + "」列 " + c.shown().printed()
                + "，分项之和为 " + first.computed().nominalText(dec) + "。").build();
    }

    /** A cell's identity across relations. */
    static String key(Fact f) {
        Location l = f.location();
        return l.ref().isEmpty() ? l.table() + "|" + l.row() + "|" + l.column() : l.ref();
    }

    /** Groups broken relations by shared cells and names the one cell that mends each group. */
    static final class Blame {
        private Blame() {
        }

        static List<Finding> findings(List<Evaluation> failing, List<Evaluation> holding) {
            int n = failing.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
            Map<String, Integer> firstWith = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (Fact f : failing.get(i).relation().facts()) {
                    Integer j = firstWith.putIfAbsent(key(f), i);
                    if (j != null) union(parent, i, j);
                }
            }
            Map<String, List<Evaluation>> holdingBy = new HashMap<>();
            for (Evaluation e : holding) {
                for (Fact f : e.relation().facts()) holdingBy.computeIfAbsent(key(f), k -> new ArrayList<>()).add(e);
            }
            Map<Integer, List<Evaluation>> clusters = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(failing.get(i));
            List<Finding> out = new ArrayList<>();
            for (List<Evaluation> cluster : clusters.values()) {
                Fact culprit = culprit(cluster, holdingBy);
                if (culprit != null) {
                    out.add(Messages.finding(culprit, cluster, mend(culprit, cluster, holdingBy)));
                } else {
                    for (Evaluation e : cluster) out.add(Messages.finding(e.relation().claim(), List.of(e), null));
                }
            }
            return out;
        }

        private static int find(int[] p, int i) {
            while (p[i] != i) {
                p[i] = p[p[i]];
                i = p[i];
            }
            return i;
        }

        private static void union(int[] p, int a, int b) {
            int x = find(p, a), y = find(p, b);
            if (x != y) p[Math.max(x, y)] = Math.min(x, y);
        }

        /**
         * The cell in every broken relation of the cluster whose correction mends them all without
         * breaking a relation that holds; the claim of the most broken relations first. Null when none.
         */
        private static Fact culprit(List<Evaluation> cluster, Map<String, List<Evaluation>> holdingBy) {
            Map<String, Integer> count = new LinkedHashMap<>();
            Map<String, Fact> facts = new HashMap<>();
            Map<String, Integer> claims = new HashMap<>();
            for (Evaluation e : cluster) {
                Relation r = e.relation();
                List<String> seen = new ArrayList<>();
                for (Fact f : r.facts()) {
                    String k = key(f);
                    if (seen.contains(k)) continue;
                    seen.add(k);
                    count.merge(k, 1, Integer::sum);
                    facts.putIfAbsent(k, f);
                }
                claims.merge(key(r.claim()), 1, Integer::sum);
            }
            Fact best = null;
            int bestClaims = -1;
            for (Map.Entry<String, Integer> e : count.entrySet()) {
                if (e.getValue() != cluster.size()) continue;
                Fact x = facts.get(e.getKey());
                if (mend(x, cluster, holdingBy) == null) continue;
                int c = claims.getOrDefault(e.getKey(), 0);
                if (c > bestClaims) {
                    best = x;
                    bestClaims = c;
                }
            }
            return best;
        }

        /** The values {@code x} may take to mend every broken relation of the cluster and keep the others; null when none. */
        static Interval mend(Fact x, List<Evaluation> cluster, Map<String, List<Evaluation>> holdingBy) {
            BigDecimal lo = null, hi = null;
            List<Relation> constraints = new ArrayList<>();
            for (Evaluation e : cluster) constraints.add(e.relation());
            for (Evaluation e : holdingBy.getOrDefault(key(x), List.of())) constraints.add(e.relation());
            boolean anyBroken = false;
            for (int i = 0; i < constraints.size(); i++) {
                Relation r = constraints.get(i);
                Interval need = r.solveFor(x);
                if (need == null) {
                    if (i < cluster.size()) return null;
                    continue;
                }
                if (i < cluster.size()) anyBroken = true;
                lo = lo == null || need.lo().compareTo(lo) > 0 ? need.lo() : lo;
                hi = hi == null || need.hi().compareTo(hi) < 0 ? need.hi() : hi;
                if (lo.compareTo(hi) > 0) return null;
            }
            return anyBroken ? new Interval(lo, hi, null) : null;
        }
    }
}
