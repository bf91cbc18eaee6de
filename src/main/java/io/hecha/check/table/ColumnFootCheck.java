package io.hecha.check.table;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Verdict;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Table;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Column foot: every 合计/总计/小计 row equals the sum of the rows it closes, and every parent row
 * ({@code 2．} over its {@code （1）（2）}, a row over its {@code 其中} parts) equals its children.
 * Several readings of a total are tried (the leaves of the hierarchy, the top-level rows, the
 * 小计 rows, every row); a total is wrong only when no reading fits. Rate, code and year columns
 * are not summed.
 */
public final class ColumnFootCheck implements Check {
    public static final String RULE = "table.column-total";
    public static final String PARENT_RULE = "table.parent-total";

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        List<Finding> out = new ArrayList<>();
        for (TypedTable t : in.tables()) out.addAll(check(new TableView(t)));
        return out;
    }

    /** Checks one table. */
    public List<Finding> check(TableView v) {
        List<Finding> out = new ArrayList<>();
        RowTree tree = new RowTree(v);
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            if (v.totalRow(r)) out.addAll(checkTotal(v, tree, r));
        }
        for (int p : tree.parents()) out.addAll(checkParent(v, tree, p));
        return out;
    }

    private List<Finding> checkTotal(TableView v, RowTree tree, int t) {
        boolean sub = v.subtotalRow(t);
        List<Integer> block = new ArrayList<>();
        for (int r = t - 1; r >= v.headerRows(); r--) {
            if (v.totalRow(r) && (sub || !v.subtotalRow(r))) break;
            block.add(0, r);
        }
        if (block.stream().noneMatch(tree::member)) {
            block.clear();
            for (int r = t + 1; r < v.rowCount() && !v.totalRow(r); r++) block.add(r);
        }
        List<List<Integer>> readings = new ArrayList<>();
        readings.add(block.stream().filter(r -> tree.member(r) && tree.leaf(r)).toList());
        readings.add(block.stream().filter(r -> tree.member(r) && tree.parent(r) < 0).toList());
        List<Integer> subs = block.stream().filter(v::subtotalRow).toList();
        if (!subs.isEmpty()) {
            int lastSub = subs.get(subs.size() - 1);
            List<Integer> s = new ArrayList<>(subs);
            block.stream().filter(r -> r > lastSub && tree.member(r) && tree.leaf(r)).forEach(s::add);
            readings.add(s);
        }
        readings.add(block.stream().filter(tree::member).toList());
        if (!block.isEmpty() && block.get(0) > v.headerRows() && v.totalRow(block.get(0) - 1) && block.get(0) - 1 != t) {
            // a running total: the total just before the block plus the block's rows
            List<Integer> running = new ArrayList<>();
            running.add(block.get(0) - 1);
            block.stream().filter(r -> tree.member(r) && tree.leaf(r)).forEach(running::add);
            readings.add(running);
        }
        if (!sub) {
            // a grand total (资产总计) over earlier totals (流动资产合计, 非流动资产合计): the totals since the
            // previous grand total, plus the rows after the last of them
            List<Integer> wide = new ArrayList<>();
            for (int r = t - 1; r >= v.headerRows() && !(v.totalRow(r) && grand(v, r)); r--) wide.add(0, r);
            List<Integer> totals = wide.stream().filter(v::totalRow).toList();
            if (!totals.isEmpty()) {
                int lastTotal = totals.get(totals.size() - 1);
                List<Integer> s = new ArrayList<>(totals.stream().filter(r -> !v.subtotalRow(r) || totals.stream().noneMatch(x -> !v.subtotalRow(x))).toList());
                wide.stream().filter(r -> r > lastTotal && tree.member(r) && tree.leaf(r)).forEach(s::add);
                readings.add(s);
            }
        }
        List<Finding> out = new ArrayList<>();
        if (readings.get(0).isEmpty()) return out;
        for (int c = 0; c < v.columnCount(); c++) {
            if (!v.summable(c) || v.number(t, c) == null) continue;
            Finding f = compare(v, t, c, readings, RULE, "合计");
            if (f != null) out.add(f);
        }
        return out;
    }

    private List<Finding> checkParent(TableView v, RowTree tree, int p) {
        List<Integer> kids = tree.children(p);
        boolean whereOf = tree.whereOfPart(kids.get(0));
        List<List<Integer>> readings = new ArrayList<>();
        if (whereOf) {
            for (int m = kids.size(); m >= 1; m--) readings.add(kids.subList(0, m));
        } else {
            readings.add(kids);
        }
        List<Finding> out = new ArrayList<>();
        List<Finding> exceeding = new ArrayList<>();
        int fitting = 0;
        for (int c = 0; c < v.columnCount(); c++) {
            if (!v.summable(c) || v.number(p, c) == null) continue;
            final int col = c;
            if (kids.stream().noneMatch(k -> v.number(k, col) != null)) continue;
            Finding f = compare(v, p, c, readings, PARENT_RULE, "上级行");
            if (f == null) {
                fitting++;
                continue;
            }
            out.add(f);
            if (exceeds(v, p, c, whereOf ? kids.subList(0, 1) : kids)) exceeding.add(f);
        }
        // Parts after 其中 need not be exhaustive: unless another column shows they are (it fits),
        // only parts that exceed their whole are wrong.
        return whereOf && fitting == 0 ? exceeding : out;
    }

    private static boolean exceeds(TableView v, int p, int c, List<Integer> kids) {
        // parts larger than their whole mean something only for amounts that cannot be negative
        if (v.interval(p, c).lo().signum() < 0 || kids.stream().anyMatch(k -> part(v, k, c).lo().signum() < 0)) return false;
        Interval s = Interval.sum(kids.stream().map(k -> part(v, k, c)).toList());
        return s.lo().compareTo(v.interval(p, c).hi()) > 0;
    }

    private static boolean grand(TableView v, int r) {
        return v.rowTexts(r).stream().anyMatch(t -> t.contains("总计"));
    }

    private static Interval part(TableView v, int r, int c) {
        Interval i = v.interval(r, c);
        return i != null ? i : Interval.exact(BigDecimal.ZERO);
    }

    /** Compares a claimed cell with every reading; a finding only when none fits. */
    private static Finding compare(TableView v, int row, int c, List<List<Integer>> readings, String rule, String what) {
        DisplayedNumber claim = v.number(row, c);
        Interval claimed = v.interval(row, c);
        Severity worst = null;
        for (List<Integer> reading : readings) {
            if (reading.isEmpty()) continue;
            if (reading.stream().noneMatch(r -> v.number(r, c) != null)) continue;
            if (reading.stream().anyMatch(r -> v.number(r, c) == null && !v.blank(r, c))) continue;
            Interval sum = Interval.sum(reading.stream().map(r -> part(v, r, c)).toList());
            Severity s = Verdict.of(sum, claimed, claim.value(), Math.max(v.precision(c), claim.decimals()));
            if (s == null) return null;
            if (worst == null || s == Severity.WARNING) worst = s;
        }
        if (worst == null) return null;
        List<Integer> main = readings.get(0);
        Interval sum = Interval.sum(main.stream().map(r -> part(v, r, c)).toList());
        boolean over = sum.lo().compareTo(claimed.hi()) > 0;
        FindingBuilder b = new FindingBuilder(rule).severity(worst).location(v.location(row, c));
        b.evidence(v.evidence(row, c)).value(claim.printed());
        StringBuilder parts = new StringBuilder();
        for (int r : main) {
            DisplayedNumber n = v.number(r, c);
            if (n == null) continue;
            b.evidence(v.evidence(r, c)).value(n.printed());
            if (parts.length() > 0) parts.append(" + ");
            parts.append(n.printed());
        }
        int dec = Math.max(v.precision(c), claim.decimals());
        b.expected(sum).actual(claim.printed());
        b.message(v.table().id() + "「" + v.rowLabel(row) + "」行「" + v.header(c) + "」列" + what + "为" + claim.printed()
                + "，而各分项之和 " + parts + " = " + sum.nominalText(dec) + "（区间" + sum + "）"
                + (over ? "，分项之和超过" + what : "") + (worst == Severity.WARNING ? "；差异可由截尾解释" : "") + "。");
        return b.build();
    }
}
