package io.hecha.interpret;

import io.hecha.text.Spaces;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rate columns (执行率, 得分率, 完成率, 占比…) equal a numerator column over a denominator column, or a
 * difference over a base (节资率, 变动率). The pair is the one that fits the most rows, header words
 * breaking ties and allowing small tables; where the chosen pair fails on a row but another pair of
 * the block's columns explains that row's rate, the other pair is the relation asserted there. A rate
 * printed as exactly 0 beside a non-zero numerator is a form's empty placeholder, not a claim.
 */
final class Rates {
    static final String RULE = "table.rate";
    private static final Pattern NUMERATOR = Pattern.compile("决算|执行|实际|完成|支出|得分|分值|到位|使用|结余|合同");
    private static final Pattern RATE_HEADER = Pattern.compile("率|占比|比例|比重|百分比|%|％");
    private static final Pattern DENOMINATOR = Pattern.compile("预算|计划|权重|满分|分值|目标|应|总额|合计|下达");

    private Rates() {
    }

    private record Candidate(int num, int den, Relation.Kind form, int fits, int fails, boolean named) {
        int score() {
            return fits * 2 + (named ? 1 : 0);
        }

        boolean accepted() {
            if (fits < 2 || fails >= fits) return false;
            if (named) return true;
            return fits >= 3 && fails * 5 <= fits + fails;
        }
    }

    static void add(Draft d, List<Spec> asserted, List<Spec> unsupported) {
        List<Integer> operands = new ArrayList<>();
        for (Column c : d.summable()) operands.add(c.index());
        if (operands.size() < 2) return;
        for (Column rc : d.columns) {
            if (rc.role() != ColumnRole.RATE || !RATE_HEADER.matcher(Spaces.without(rc.header())).find()) continue;
            boolean percent = "%".equals(rc.unit());
            List<Candidate> cands = new ArrayList<>();
            for (int a : operands) {
                for (int b : operands) {
                    if (a == b) continue;
                    for (Relation.Kind f : new Relation.Kind[]{Relation.Kind.RATIO, Relation.Kind.CHANGE}) {
                        cands.add(score(d, rc.index(), a, b, f, percent));
                    }
                }
            }
            Candidate best = null;
            for (Candidate c : cands) if (best == null || c.score() > best.score()) best = c;
            if (best == null || best.fits() + best.fails() == 0) continue;
            boolean supported = best.accepted();
            for (int r = d.body; r < d.end; r++) {
                Boolean f = fits(d, r, rc.index(), best, percent);
                if (f == null || placeholder(d, r, rc.index(), best)) continue;
                Candidate use = best;
                if (!f) {
                    for (Candidate c : cands) if (Boolean.TRUE.equals(fits(d, r, rc.index(), c, percent))) use = c;
                }
                String basis = "「" + rc.header() + "」= " + (use.form() == Relation.Kind.RATIO
                        ? "「" + d.column(use.num()).header() + "」÷「" + d.column(use.den()).header() + "」"
                        : "(「" + d.column(use.num()).header() + "」−「" + d.column(use.den()).header() + "」) ÷「"
                          + d.column(use.den()).header() + "」");
                Spec s = new Spec(RULE, use.form(), r, rc.index(), new int[]{r, r}, new int[]{use.num(), use.den()}, basis);
                (supported ? asserted : unsupported).add(s);
            }
        }
    }

    private static boolean placeholder(Draft d, int r, int rc, Candidate c) {
        io.hecha.text.DisplayedNumber rate = d.g.number(r, rc);
        Interval num = d.interval(r, c.num());
        return rate != null && num != null && rate.value().signum() == 0 && !num.containsZero();
    }

    private static Candidate score(Draft d, int rc, int a, int b, Relation.Kind f, boolean percent) {
        int fits = 0, fails = 0;
        Candidate probe = new Candidate(a, b, f, 0, 0, false);
        for (int r = d.body; r < d.end; r++) {
            Boolean x = fits(d, r, rc, probe, percent);
            if (x == null || placeholder(d, r, rc, probe)) continue;
            if (x) fits++;
            else fails++;
        }
        boolean named = f == Relation.Kind.RATIO && NUMERATOR.matcher(d.column(a).header()).find()
                && DENOMINATOR.matcher(d.column(b).header()).find();
        return new Candidate(a, b, f, fits, fails, named);
    }

    private static Boolean fits(Draft d, int r, int rc, Candidate c, boolean percent) {
        Interval claim = d.interval(r, rc), x = d.interval(r, c.num()), y = d.interval(r, c.den());
        if (claim == null || x == null || y == null) return null;
        Interval q = (c.form() == Relation.Kind.RATIO ? x : x.subtract(y)).divide(y);
        if (q == null) return null;
        if (percent) q = q.scale(BigDecimal.valueOf(100));
        return q.overlaps(claim);
    }
}
