package io.hecha.check.semantic;

import io.hecha.text.Spaces;
import io.hecha.check.table.TableView;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Document;
import io.hecha.model.Table;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table read as a score sheet: which columns hold the weight (权重, else 分值/满分), the score
 * (得分, or 分值 when 权重 names the weight), the 得分率, the explanation (评分说明, 扣分原因…), the
 * indicator levels, names and codes. Found by header words, never by a report's own table ids.
 */
final class ScoreTable {
    private static final Pattern GRAND_TOTAL = Pattern.compile("总分|总计|合计|总得分");
    private static final Pattern EXPLANATION_HEADER = Pattern.compile(".*(评分说明|扣分原因|扣分说明|得分说明|扣分理由|偏差原因|评价说明|得分依据).*");
    final TableView v;
    final int blockIndex;
    int weight = -1, score = -1, rate = -1, explanation = -1, level1 = -1, level2 = -1, name = -1, code = -1;
    /** The 分值 columns right after the 一级 / 二级 columns, when the sheet gives level weights their own columns. */
    int level1Weight = -1, level2Weight = -1;

    private ScoreTable(TableView v, int blockIndex) {
        this.v = v;
        this.blockIndex = blockIndex;
    }

    /** Every score table of a document. */
    static List<ScoreTable> of(Interpretation in) {
        Document doc = in.document();
        List<ScoreTable> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            if (doc.blocks().get(i) instanceof Table t && in.typed(t) != null) {
                ScoreTable s = read(TableView.of(in, in.typed(t)), i);
                if (s != null) out.add(s);
            }
        }
        return out;
    }

    static ScoreTable read(TableView v, int index) {
        ScoreTable s = new ScoreTable(v, index);
        int fenzhi = -1;
        List<Integer> fenzhis = new ArrayList<>();
        for (int c = 0; c < v.columnCount(); c++) {
            String h = Spaces.without(v.header(c));
            if (h.contains("率")) {
                if (h.contains("得分率") && s.rate < 0) s.rate = c;
                continue;
            }
            if (h.contains("权重") && s.weight < 0) s.weight = c;
            else if (h.contains("分值") || h.contains("满分") || h.contains("标准分")) {
                fenzhis.add(c);
                if (fenzhi < 0) fenzhi = c;
            }
            else if (h.contains("得分") && !h.contains("说明") && s.score < 0) s.score = c;
            else if (EXPLANATION_HEADER.matcher(h).matches() && s.explanation < 0) s.explanation = c;
            else if (h.contains("一级") && s.level1 < 0) s.level1 = c;
            else if (h.contains("二级") && s.level2 < 0) s.level2 = c;
            else if ((h.contains("三级") || h.equals("指标") || h.equals("指标名称")) && s.name < 0) s.name = c;
            else if ((h.equals("代码") || h.equals("编码") || h.equals("编号")) && s.code < 0) s.code = c;
        }
        if (s.weight < 0 && fenzhis.size() > 1) {
            // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: the indicator's weight is the last one
            s.weight = fenzhis.get(fenzhis.size() - 1);
            if (s.level1 >= 0 && fenzhis.contains(s.level1 + 1) && s.level1 + 1 != s.weight) s.level1Weight = s.level1 + 1;
            if (s.level2 >= 0 && fenzhis.contains(s.level2 + 1) && s.level2 + 1 != s.weight) s.level2Weight = s.level2 + 1;
        } else if (s.weight < 0) {
            s.weight = fenzhi;
        } else if (s.score < 0) {
            s.score = fenzhi;
        }
        if (s.weight < 0 || s.score < 0 || s.weight == s.score) return null;
        if (s.name < 0) s.name = s.level2 >= 0 ? -1 : s.level1;
        return s;
    }

    /** Body rows that are indicators (not totals, with a weight). */
    private List<Integer> indicatorRows;

    List<Integer> indicatorRows() {
        if (indicatorRows == null) indicatorRows = List.copyOf(computeIndicatorRows());
        return indicatorRows;
    }

    private List<Integer> computeIndicatorRows() {
        List<Integer> out = new ArrayList<>();
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            if (v.totalRow(r) || isGrandTotalLabel(r)) continue;
            if (v.number(r, weight) == null) continue;
            out.add(r);
        }
        return out;
    }

    /** The 合计/总分 row, or -1. */
    int totalRow() {
        for (int r = v.rowCount() - 1; r >= v.headerRows(); r--) {
            if ((v.totalRow(r) && !v.subtotalRow(r)) || isGrandTotalLabel(r)) return r;
        }
        return -1;
    }

    private boolean isGrandTotalLabel(int r) {
        for (String t : v.rowTexts(r)) if (GRAND_TOTAL.matcher(Spaces.without(t)).matches()) return true;
        return false;
    }

    BigDecimal weightOf(int r) {
        DisplayedNumber n = v.number(r, weight);
        return n == null ? null : n.value();
    }

    /** The weight stated in a total row: in the indicator weight column, else in a level weight column. */
    BigDecimal totalWeightOf(int r) {
        for (int c : new int[]{weight, level1Weight, level2Weight}) {
            if (c < 0) continue;
            DisplayedNumber n = v.number(r, c);
            if (n != null) return n.value();
        }
        return null;
    }

    BigDecimal scoreOf(int r) {
        DisplayedNumber n = v.number(r, score);
        return n == null ? null : n.value();
    }

    String text(int r, int c) {
        return c < 0 ? "" : v.table().text(r, c).strip();
    }

    /** The indicator's name: the 三级 column, else the row label. */
    String nameOf(int r) {
        String n = text(r, name);
        return n.isEmpty() ? v.rowLabel(r) : n;
    }

    String codeOf(int r) {
        return text(r, code);
    }
}
