package io.hecha.check;

import io.hecha.extract.Extraction;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Source;
import io.hecha.model.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Property tests on random consistent tables (seeded): parts with true values of many digits,
 * displayed rounded half-up; a 合计 row computed from the true values; a 基本 + 项目 cross-foot; an
 * execution rate from the true values; a score column of exact weights.
 */
class ConsistencyPropertyTest {
    private static final int CASES = 300;

    /** One random table's true values. */
    record Truth(BigDecimal[] basic, BigDecimal[] project, BigDecimal[] executed, int[] weights) {
        int n() {
            return basic.length;
        }
    }

    static Truth truth(Random rnd) {
        int n = 2 + rnd.nextInt(10);
        BigDecimal[] b = new BigDecimal[n], p = new BigDecimal[n], e = new BigDecimal[n];
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            b[i] = BigDecimal.valueOf(rnd.nextInt(5_000_000_00), 5).add(BigDecimal.ONE);
            p[i] = rnd.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(rnd.nextInt(90_000_000), 5);
            BigDecimal budget = b[i].add(p[i]);
            e[i] = budget.multiply(BigDecimal.valueOf(200 + rnd.nextInt(801), 3)).setScale(6, RoundingMode.HALF_UP);
            w[i] = 1 + rnd.nextInt(10);
        }
        return new Truth(b, p, e, w);
    }

    static String show(BigDecimal v, int decimals) {
        return v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The table as published with {@code d} decimals for amounts and {@code rd} for rates. */
    static String[][] table(Truth t, int d, int rd) {
        int n = t.n();
        String[][] g = new String[n + 2][];
        g[0] = new String[]{"单位名称", "预算数（万元）", "基本支出（万元）", "项目支出（万元）", "执行数（万元）", "预算执行率", "权重"};
        BigDecimal sb = BigDecimal.ZERO, sp = BigDecimal.ZERO, se = BigDecimal.ZERO;
        int sw = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal budget = t.basic()[i].add(t.project()[i]);
            g[i + 1] = new String[]{"单位" + (i + 1), show(budget, d), show(t.basic()[i], d), show(t.project()[i], d),
                    show(t.executed()[i], d), rate(t.executed()[i], budget, rd), String.valueOf(t.weights()[i])};
            sb = sb.add(t.basic()[i]);
            sp = sp.add(t.project()[i]);
            se = se.add(t.executed()[i]);
            sw += t.weights()[i];
        }
        g[n + 1] = new String[]{"合计", show(sb.add(sp), d), show(sb, d), show(sp, d), show(se, d), rate(se, sb.add(sp), rd), String.valueOf(sw)};
        return g;
    }

    static String rate(BigDecimal num, BigDecimal den, int rd) {
        return num.multiply(BigDecimal.valueOf(100)).divide(den, rd, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static List<Finding> check(String[][] g) {
        Table t = DumpDocuments.grid(g);
        Document doc = new Document(new Source("t", "", "docx", "", null, "ok"), List.of(), List.of(t), List.of(), List.of());
        // a rounding difference within the interval rule may be shown as info (table.rounding), never more
        List<Finding> all = Checks.run(doc, Extraction.empty());
        assertTrue(all.stream().allMatch(f -> f.severity() != io.hecha.model.Diagnostic.Severity.INFO
                || f.rule().equals("table.rounding")), all.toString());
        return all.stream().filter(f -> f.severity() != io.hecha.model.Diagnostic.Severity.INFO).toList();
    }

    @Test
    void consistentTablesRaiseNothing() {
        Random rnd = new Random(20241127);
        for (int k = 0; k < CASES; k++) {
            Truth t = truth(rnd);
            String[][] g = table(t, 2, 2);
            List<Finding> f = check(g);
            assertTrue(f.isEmpty(), "case " + k + ": " + f);
        }
    }

    @Test
    void reRoundingToFewerDecimalsRaisesNothing() {
        Random rnd = new Random(7);
        for (int k = 0; k < CASES; k++) {
            Truth t = truth(rnd);
            for (int d = 0; d <= 3; d++) {
                for (int rd = 0; rd <= 2; rd++) {
                    List<Finding> f = check(table(t, d, rd));
                    assertTrue(f.isEmpty(), "case " + k + " decimals " + d + "/" + rd + ": " + f);
                }
            }
        }
    }

    /** Exact columns (weights, scores): a total one unit off is always an error. */
    @Test
    void exactTotalOffByOneUnitIsFound() {
        Random rnd = new Random(11);
        for (int k = 0; k < CASES; k++) {
            Truth t = truth(rnd);
            String[][] g = table(t, 2, 2);
            int last = g.length - 1;
            String changed = String.valueOf(Integer.parseInt(g[last][6]) + (rnd.nextBoolean() ? 1 : -1));
            g[last][6] = changed;
            List<Finding> f = check(g);
            assertTrue(f.stream().anyMatch(x -> x.severity() == Severity.ERROR && x.values().contains(changed)), "case " + k + ": " + f);
        }
    }

    /**
     * Rounded amounts: n rounded parts and their rounded total leave a slack of (n + 1) / 2 units of
     * the last digit on either side, and a consistent total may already sit anywhere in it; so a total
     * moved by more than n + 1 units is always found (a smaller move is found only when it leaves the
     * slack: that is what the interval rule means).
     */
    @Test
    void amountTotalBeyondTheRoundingSlackIsFound() {
        Random rnd = new Random(13);
        for (int k = 0; k < CASES; k++) {
            Truth t = truth(rnd);
            String[][] g = table(t, 2, 2);
            int last = g.length - 1, n = t.n();
            int units = n + 2;
            int col = 1 + rnd.nextInt(4);
            BigDecimal shown = new BigDecimal(g[last][col]);
            String changed = shown.add(BigDecimal.valueOf(units * (rnd.nextBoolean() ? 1 : -1), 2)).toPlainString();
            g[last][col] = changed;
            List<Finding> f = check(g);
            assertTrue(f.stream().anyMatch(x -> x.severity() != Severity.INFO && x.values().contains(changed)),
                    "case " + k + " column " + col + " by " + units + " units: " + f);
        }
    }

    /** A single part: its total one unit off is always found. */
    @Test
    void singlePartTotalOffByOneUnitIsFound() {
        Random rnd = new Random(17);
        for (int k = 0; k < CASES; k++) {
            BigDecimal v = BigDecimal.valueOf(rnd.nextInt(1_000_000), 2);
            String changed = v.add(new BigDecimal(rnd.nextBoolean() ? "0.01" : "-0.01")).toPlainString();
            List<Finding> f = check(new String[][]{{"名称", "金额"}, {"甲", v.toPlainString()}, {"合计", changed}});
            assertTrue(f.stream().anyMatch(x -> x.values().contains(changed)), "case " + k + ": " + f);
        }
    }
}
