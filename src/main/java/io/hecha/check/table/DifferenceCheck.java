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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 差额 / 增减 rows and columns equal one period minus the other: the row (column) just before minus
 * the one before it (the later year minus the earlier), or the reverse when the table uses the
 * reverse sign throughout. A value is reported only when neither sign fits it.
 */
public final class DifferenceCheck implements Check {
    public static final String RULE = "table.difference";
    private static final Pattern DIFF = Pattern.compile("^(差额|差异|增减|增减额|增减变动|变动|变动额|增加额|减少额|增（减）|增\\(减\\))(（[^）]*）)?$");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        List<Finding> out = new ArrayList<>();
        for (TypedTable t : in.tables()) out.addAll(check(new TableView(t)));
        return out;
    }

    static boolean diffLabel(String s) {
        return DIFF.matcher(s.replaceAll("\\s", "")).find();
    }

    /** Checks one table. */
    public List<Finding> check(TableView v) {
        List<Finding> out = new ArrayList<>();
        RowTree tree = new RowTree(v);
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            if (!diffLabel(v.rowLabel(r))) continue;
            int later = -1, earlier = -1;
            for (int p = r - 1; p >= v.headerRows(); p--) {
                if (!tree.member(p) && !v.totalRow(p) || diffLabel(v.rowLabel(p))) continue;
                if (later < 0) later = p;
                else {
                    earlier = p;
                    break;
                }
            }
            if (earlier < 0) continue;
            List<int[]> cells = new ArrayList<>();
            for (int c = 0; c < v.columnCount(); c++) {
                if (v.summable(c)) cells.add(new int[]{r, c, later, c, earlier, c});
            }
            out.addAll(compare(v, cells, "行"));
        }
        for (int c = 0; c < v.columnCount(); c++) {
            if (!diffLabel(v.header(c)) || v.rateColumn(c)) continue;
            int later = -1, earlier = -1;
            for (int p = c - 1; p >= 0; p--) {
                if (!v.summable(p) || diffLabel(v.header(p))) continue;
                if (later < 0) later = p;
                else {
                    earlier = p;
                    break;
                }
            }
            if (earlier < 0) continue;
            List<int[]> cells = new ArrayList<>();
            for (int r = v.headerRows(); r < v.rowCount(); r++) cells.add(new int[]{r, c, r, later, r, earlier});
            out.addAll(compare(v, cells, "列"));
        }
        return out;
    }

    /** Each entry: diff cell, later cell, earlier cell (row, column pairs). */
    private static List<Finding> compare(TableView v, List<int[]> cells, String kind) {
        int forward = 0, backward = 0;
        List<int[]> usable = new ArrayList<>();
        for (int[] e : cells) {
            Interval d = v.interval(e[0], e[1]), a = v.interval(e[2], e[3]), b = v.interval(e[4], e[5]);
            if (d == null || a == null || b == null) continue;
            usable.add(e);
            if (a.subtract(b).overlaps(d)) forward++;
            if (b.subtract(a).overlaps(d)) backward++;
        }
        boolean fwd = forward >= backward;
        List<Finding> out = new ArrayList<>();
        for (int[] e : usable) {
            Interval d = v.interval(e[0], e[1]), a = v.interval(e[2], e[3]), b = v.interval(e[4], e[5]);
            if (a.subtract(b).overlaps(d) || b.subtract(a).overlaps(d)) continue;
            Interval expected = fwd ? a.subtract(b) : b.subtract(a);
            DisplayedNumber claim = v.number(e[0], e[1]);
            int dec = Math.max(v.precision(e[1]), claim.decimals());
            Severity s = Verdict.of(expected, d, claim.value(), dec);
            String la = v.number(e[2], e[3]).printed(), lb = v.number(e[4], e[5]).printed();
            String formula = fwd ? la + " − " + lb : lb + " − " + la;
            out.add(new FindingBuilder(RULE).severity(s).location(v.location(e[0], e[1]))
                    .evidence(v.evidence(e[0], e[1])).evidence(v.evidence(e[2], e[3])).evidence(v.evidence(e[4], e[5]))
                    .value(claim.printed()).value(la).value(lb).expected(expected).actual(claim.printed())
                    .message(v.cellName(e[0], e[1]) + "（差额" + kind + "）为" + claim.printed() + "，而" + formula + " = "
                            + expected.nominalText(dec) + "（区间" + expected + "）"
                            + (s == Severity.WARNING ? "；差异可由截尾解释" : "") + "。")
                    .build());
        }
        return out;
    }
}
