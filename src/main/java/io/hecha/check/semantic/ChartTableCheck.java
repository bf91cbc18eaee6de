package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.Finding.Evidence;
import io.hecha.model.Location;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Interval;
import io.hecha.check.table.TableView;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Block;
import io.hecha.model.Chart;
import io.hecha.model.ChartSeries;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's cached data against the table it draws: the table is the nearest one before the chart
 * with a column holding most of the chart's categories (codes or names); each series is matched to
 * the numeric column it fits best (a fraction series against a percentage column is scaled); a
 * value that does not fit is an error, and a chart that leaves out some of the table's rows (or
 * adds some) is a warning.
 */
public final class ChartTableCheck implements Check {
    public static final String RULE = "chart.table";
    public static final String CATEGORIES_RULE = "chart.categories";
    private static final int REACH = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        List<Block> blocks = document.blocks();
        int chartIndex = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Chart) chartIndex++;
            if (!(blocks.get(i) instanceof Chart chart) || chart.categories().isEmpty()) continue;
            for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
                if (blocks.get(j) instanceof Chart) break;
                if (!(blocks.get(j) instanceof Table t)) continue;
                TypedTable typed = in.typed(t);
                if (typed == null) continue;
                List<Finding> f = compare(chart, chartIndex, TableView.of(in, typed));
                if (f != null) {
                    out.addAll(f);
                    break;
                }
            }
        }
        return out;
    }

    /** Findings, or null when the table is not the chart's. */
    List<Finding> compare(Chart chart, TableView v) {
        return compare(chart, -1, v);
    }

    /** Findings, or null when the table is not the chart's; {@code index} = the chart's position in the document. */
    List<Finding> compare(Chart chart, int index, TableView v) {
        int keyCol = -1, bestHits = 0;
        int[] rowOf = null;
        for (int c = 0; c < v.columnCount(); c++) {
            int[] rows = new int[chart.categories().size()];
            int hits = 0;
            for (int k = 0; k < rows.length; k++) {
                rows[k] = -1;
                String cat = chart.categories().get(k).strip();
                for (int r = v.headerRows(); r < v.rowCount(); r++) {
                    if (v.table().text(r, c).strip().equals(cat)) {
                        rows[k] = r;
                        hits++;
                        break;
                    }
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                keyCol = c;
                rowOf = rows;
            }
        }
        if (keyCol < 0 || bestHits * 2 <= chart.categories().size()) return null;
        List<Finding> out = new ArrayList<>();
        Location chartLoc = Location.chart(index, chart);
        for (ChartSeries s : chart.series()) {
            int bestCol = -1, bestFits = -1;
            boolean bestScale = false;
            for (int c = 0; c < v.columnCount(); c++) {
                if (c == keyCol) continue;
                for (boolean scale : new boolean[]{false, true}) {
                    int fits = 0;
                    for (int k = 0; k < rowOf.length; k++) if (fits(s, k, v, rowOf[k], c, scale) == Boolean.TRUE) fits++;
                    if (fits > bestFits) {
                        bestFits = fits;
                        bestCol = c;
                        bestScale = scale;
                    }
                }
            }
            if (bestCol < 0 || bestFits * 2 <= bestHits) continue;
            for (int k = 0; k < rowOf.length; k++) {
                if (fits(s, k, v, rowOf[k], bestCol, bestScale) != Boolean.FALSE) continue;
                String cat = chart.categories().get(k);
                String raw = s.values().get(k);
                BigDecimal shown = new BigDecimal(raw.strip()).round(new MathContext(10));
                out.add(new FindingBuilder(RULE).location(chartLoc)
                        .evidence(new Evidence(cat + " " + raw, chartLoc)).evidence(v.evidence(rowOf[k], bestCol))
                        .value(shown.stripTrailingZeros().toPlainString()).value(v.number(rowOf[k], bestCol).printed())
                        .expected(v.interval(rowOf[k], bestCol)).actual(shown.stripTrailingZeros().toPlainString())
                        .message(chart.id() + "中「" + cat + "」的数据为" + shown.stripTrailingZeros().toPlainString() + "，而"
                                + v.table().id() + "「" + cat + "」行「" + v.header(bestCol) + "」为" + v.number(rowOf[k], bestCol).printed() + "。")
                        .build());
            }
        }
        int tableRows = 0;
        List<String> missing = new ArrayList<>();
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            String key = v.table().text(r, keyCol).strip();
            if (v.totalRow(r) || key.isEmpty()) continue;
            tableRows++;
            if (!chart.categories().contains(key)) missing.add(key);
        }
        if (!missing.isEmpty() || bestHits < chart.categories().size()) {
            out.add(new FindingBuilder(CATEGORIES_RULE).severity(Severity.WARNING).location(chartLoc)
                    .evidence(new Evidence(String.join("、", chart.categories()), chartLoc))
                    .value(String.valueOf(chart.categories().size())).value(String.valueOf(tableRows))
                    .expected(String.valueOf(tableRows)).actual(String.valueOf(chart.categories().size()))
                    .message(chart.id() + "有" + chart.categories().size() + "个类别，而" + v.table().id() + "有" + tableRows + "行"
                            + (missing.isEmpty() ? "" : "（图中缺少" + String.join("、", missing) + "）") + "。")
                    .build());
        }
        return out;
    }

    private static Boolean fits(ChartSeries s, int k, TableView v, int r, int c, boolean scale) {
        if (r < 0 || k >= s.values().size() || s.values().get(k).isBlank()) return null;
        Interval cell = v.interval(r, c);
        if (cell == null) return null;
        BigDecimal x;
        try {
            x = new BigDecimal(s.values().get(k).strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (scale) x = x.multiply(HUNDRED);
        return cell.contains(x.round(new MathContext(12)));
    }
}
