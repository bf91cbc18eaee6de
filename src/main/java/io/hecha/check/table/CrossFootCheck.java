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
 * Row cross-foot: a total column equals its part columns (年初预算 = 基本支出 + 项目支出). Only where
 * header words say total vs parts (合计/总计/小计/总额 over the total, 其中 or 基本/项目, 人员/公用
 * over the parts), and only when the relation holds on most rows (it fails on most rows: it is not
 * a relation of this table). A row is reported only when no candidate set of parts fits it.
 */
public final class CrossFootCheck implements Check {
    public static final String RULE = "table.row-total";
    private static final Pattern TOTAL_HEADER = Pattern.compile("合计|总计|小计|总额|总数|合\\s*计");

    private record Candidate(int total, List<Integer> parts, int fits, int fails) {
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
        for (int t = 0; t < v.columnCount(); t++) {
            if (!v.summable(t) || DifferenceCheck.diffLabel(v.header(t))) continue;
            List<Candidate> cands = new ArrayList<>();
            for (int dir : new int[]{1, -1}) {
                List<Integer> run = new ArrayList<>();
                for (int c = t + dir; c >= 0 && c < v.columnCount() && v.summable(c) && !DifferenceCheck.diffLabel(v.header(c)); c += dir) {
                    run.add(dir > 0 ? run.size() : 0, c);
                    if (run.size() >= 2 && clue(v, t, run)) cands.add(score(v, t, List.copyOf(run)));
                }
            }
            Candidate best = null;
            for (Candidate c : cands) if (best == null || c.fits() > best.fits()) best = c;
            if (best == null || best.fits() < 2 || best.fails() * 3 > best.fits()) continue;
            for (int r = v.headerRows(); r < v.rowCount(); r++) {
                final int row = r;
                Interval claimed = v.interval(r, t);
                if (claimed == null) continue;
                if (cands.stream().anyMatch(c -> fits(v, row, c.total(), c.parts()) != Boolean.FALSE)) continue;
                out.add(finding(v, r, best));
            }
        }
        return out;
    }

    private static boolean clue(TableView v, int t, List<Integer> parts) {
        if (TOTAL_HEADER.matcher(v.header(t)).find()) return true;
        StringBuilder h = new StringBuilder();
        for (int p : parts) h.append(v.header(p)).append('|');
        String s = h.toString();
        return v.header(parts.get(0)).startsWith("其中") || s.contains("基本") && s.contains("项目")
                || s.contains("人员") && s.contains("公用");
    }

    /** TRUE when it fits, FALSE when it does not, null when the row has nothing to compare. */
    private static Boolean fits(TableView v, int r, int t, List<Integer> parts) {
        Interval claimed = v.interval(r, t);
        if (claimed == null) return null;
        Interval sum = sum(v, r, parts);
        if (sum == null) return null;
        return sum.overlaps(claimed);
    }

    private static Interval sum(TableView v, int r, List<Integer> parts) {
        Interval s = Interval.exact(BigDecimal.ZERO);
        int numbers = 0;
        for (int p : parts) {
            Interval i = v.interval(r, p);
            if (i != null) {
                s = s.add(i);
                numbers++;
            } else if (!v.blank(r, p)) {
                return null;
            }
        }
        return numbers == 0 ? null : s;
    }

    private static Candidate score(TableView v, int t, List<Integer> parts) {
        int fits = 0, fails = 0;
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            Boolean f = fits(v, r, t, parts);
            if (f == null) continue;
            if (f) fits++;
            else fails++;
        }
        return new Candidate(t, parts, fits, fails);
    }

    private static Finding finding(TableView v, int r, Candidate c) {
        DisplayedNumber claim = v.number(r, c.total());
        Interval sum = sum(v, r, c.parts());
        int dec = Math.max(v.precision(c.total()), claim.decimals());
        Severity s = Verdict.of(sum, v.interval(r, c.total()), claim.value(), dec);
        FindingBuilder b = new FindingBuilder(RULE).severity(s == null ? Severity.ERROR : s)
                .location(v.location(r, c.total())).evidence(v.evidence(r, c.total())).value(claim.printed())
                .expected(sum).actual(claim.printed());
        StringBuilder f = new StringBuilder();
        for (int p : c.parts()) {
            b.evidence(v.evidence(r, p));
            DisplayedNumber n = v.number(r, p);
            if (n != null) b.value(n.printed());
            if (f.length() > 0) f.append(" + ");
            f.append(v.header(p)).append(' ').append(n == null ? "0" : n.printed());
        }
        return b.message(v.cellName(r, c.total()) + "为" + claim.printed() + "，而" + f + " = " + sum.nominalText(dec)
                + "（区间" + sum + "）" + (s == Severity.WARNING ? "；差异可由截尾解释" : "") + "。").build();
    }
}
