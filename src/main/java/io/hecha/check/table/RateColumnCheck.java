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
import java.util.regex.Pattern;

/**
 * Rate columns (执行率, 得分率, 完成率, 占比…) equal a numerator column over a denominator column
 * (or a difference over a base: 节资率, 变动率). The pair is the one that fits the most rows, with
 * header words breaking ties and allowing small tables; a row is reported only when the chosen
 * pair is well supported and no pair of the table's columns explains that row's rate.
 */
public final class RateColumnCheck implements Check {
    public static final String RULE = "table.rate";
    private static final Pattern NUMERATOR = Pattern.compile("决算|执行|实际|完成|支出|得分|分值|到位|使用|结余|合同");
    private static final Pattern DENOMINATOR = Pattern.compile("预算|计划|权重|满分|分值|目标|应|总额|合计|下达");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** How a rate is formed from two columns. */
    private enum Form { RATIO, CHANGE }

    private record Candidate(int num, int den, Form form, int fits, int fails, boolean named) {
        int score() {
            return fits * 2 + (named ? 1 : 0);
        }
    }

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        List<Finding> out = new ArrayList<>();
        for (TypedTable t : in.tables()) out.addAll(check(new TableView(t)));
        return out;
    }

    /** Checks one table. */
    public List<Finding> check(TableView v) {
        List<Finding> out = new ArrayList<>();
        List<Integer> operands = new ArrayList<>();
        for (int c = 0; c < v.columnCount(); c++) if (v.summable(c)) operands.add(c);
        if (operands.size() < 2) return out;
        for (int rc = 0; rc < v.columnCount(); rc++) {
            if (!v.rateColumn(rc) || v.skipColumn(rc)) continue;
            boolean percent = percentColumn(v, rc);
            List<Candidate> cands = new ArrayList<>();
            for (int a : operands) {
                for (int b : operands) {
                    if (a == b) continue;
                    for (Form f : Form.values()) cands.add(score(v, rc, a, b, f, percent));
                }
            }
            Candidate best = null;
            for (Candidate c : cands) if (best == null || c.score() > best.score()) best = c;
            if (best == null || !accepted(best)) continue;
            for (int r = v.headerRows(); r < v.rowCount(); r++) {
                Severity s = verdict(v, r, rc, best, percent);
                if (s == null) continue;
                final int row = r, col = rc;
                boolean explained = cands.stream().anyMatch(c -> verdictFits(v, row, col, c, percent));
                if (explained) continue;
                out.add(finding(v, r, rc, best, percent, s));
            }
        }
        return out;
    }

    private static boolean accepted(Candidate c) {
        if (c.fits() < 2 || c.fails() >= c.fits()) return false;
        if (c.named()) return true;
        return c.fits() >= 3 && c.fails() * 5 <= c.fits() + c.fails();
    }

    private static boolean percentColumn(TableView v, int rc) {
        String h = v.header(rc);
        if (h.contains("%") || h.contains("％")) return true;
        boolean any = false;
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            DisplayedNumber n = v.number(r, rc);
            if (n == null) continue;
            if (n.percent()) return true;
            if (n.value().abs().compareTo(new BigDecimal("1.5")) > 0) any = true;
        }
        return any;
    }

    private Candidate score(TableView v, int rc, int a, int b, Form f, boolean percent) {
        int fits = 0, fails = 0;
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            Interval computed = computed(v, r, a, b, f, percent);
            if (computed == null || v.number(r, rc) == null) continue;
            if (computed.overlaps(v.interval(r, rc))) fits++;
            else fails++;
        }
        boolean named = f == Form.RATIO && NUMERATOR.matcher(v.header(a)).find() && DENOMINATOR.matcher(v.header(b)).find();
        return new Candidate(a, b, f, fits, fails, named);
    }

    private static Interval computed(TableView v, int r, int a, int b, Form f, boolean percent) {
        Interval x = v.interval(r, a), y = v.interval(r, b);
        if (x == null || y == null) return null;
        Interval q = (f == Form.RATIO ? x : x.subtract(y)).divide(y);
        if (q == null) return null;
        return percent ? q.scale(HUNDRED) : q;
    }

    private static boolean verdictFits(TableView v, int r, int rc, Candidate c, boolean percent) {
        Interval computed = computed(v, r, c.num(), c.den(), c.form(), percent);
        return computed != null && v.number(r, rc) != null && computed.overlaps(v.interval(r, rc));
    }

    private static Severity verdict(TableView v, int r, int rc, Candidate c, boolean percent) {
        DisplayedNumber claim = v.number(r, rc);
        Interval computed = computed(v, r, c.num(), c.den(), c.form(), percent);
        if (claim == null || computed == null) return null;
        return Verdict.of(computed, v.interval(r, rc), claim.value(), Math.max(v.precision(rc), claim.decimals()));
    }

    private static Finding finding(TableView v, int r, int rc, Candidate c, boolean percent, Severity s) {
        DisplayedNumber claim = v.number(r, rc), x = v.number(r, c.num()), y = v.number(r, c.den());
        Interval computed = computed(v, r, c.num(), c.den(), c.form(), percent);
        String formula = c.form() == Form.RATIO
                ? v.header(c.num()) + " ÷ " + v.header(c.den()) + " = " + x.printed() + " ÷ " + y.printed()
                : "(" + v.header(c.num()) + " − " + v.header(c.den()) + ") ÷ " + v.header(c.den())
                  + " = (" + x.printed() + " − " + y.printed() + ") ÷ " + y.printed();
        int dec = Math.max(v.precision(rc), claim.decimals());
        String unit = percent ? "%" : "";
        return new FindingBuilder(RULE).severity(s).location(v.location(r, rc))
                .evidence(v.evidence(r, rc)).evidence(v.evidence(r, c.num())).evidence(v.evidence(r, c.den()))
                .value(claim.printed()).value(x.printed()).value(y.printed())
                .expected(computed).actual(claim.printed())
                .message(v.table().id() + "「" + v.rowLabel(r) + "」行「" + v.header(rc) + "」为" + claim.printed()
                        + "，而" + formula + " = " + computed.nominalText(dec) + unit + "（区间" + computed + unit + "）"
                        + (s == Severity.WARNING ? "；差异可由截尾解释" : "") + "。")
                .build();
    }
}
