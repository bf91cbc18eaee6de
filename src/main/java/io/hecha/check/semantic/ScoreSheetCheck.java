package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Interval;
import io.hecha.check.table.TableView;
import io.hecha.check.text.Sentence;
import io.hecha.check.text.Sentences;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Score sheets: each score at most its weight; a level cell's announced weight ("决策指标（15分）")
 * equals the weights under it; level weights announced in text ("分值分别为15分、35分、30分和20分")
 * equal the sheet's; a 总分 row equals its rows; a 评分说明 that deducts ("扣2分", "综上，扣2分") matches
 * weight − score; formulas ("得分=1*75.99%=0.76") re-evaluate to what they print and to the score.
 */
public final class ScoreSheetCheck implements Check {
    public static final String ABOVE_WEIGHT = "score.above-weight";
    public static final String LEVEL_WEIGHT = "score.level-weight";
    public static final String DEDUCTION = "score.deduction";
    public static final String FORMULA = "score.formula";
    public static final String TOTAL = "score.total";
    private static final Pattern LEVEL_CELL = Pattern.compile("[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]");
    private static final Pattern DEDUCT = Pattern.compile("扣(?:减|除)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern SUMMARY_DEDUCT = Pattern.compile("(?:综上|合计|共计|累计|总计)[，,：:\\s]*(?:共)?扣(?:减|除)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern ANNOUNCED = Pattern.compile("分值分别为((?:\\d+(?:\\.\\d+)?分[、和及与,，]*)+)");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        List<ScoreTable> tables = ScoreTable.of(in);
        for (ScoreTable s : tables) {
            out.addAll(aboveWeight(s));
            out.addAll(levelCells(s));
            out.addAll(grandTotal(s));
            if (s.explanation >= 0) out.addAll(explanations(s));
        }
        out.addAll(announced(in, tables));
        return out;
    }

    private List<Finding> aboveWeight(ScoreTable s) {
        List<Finding> out = new ArrayList<>();
        TableView v = s.v;
        for (int r : s.indicatorRows()) {
            BigDecimal w = s.weightOf(r), sc = s.scoreOf(r);
            if (w == null || sc == null || sc.compareTo(w) <= 0) continue;
            out.add(new FindingBuilder(ABOVE_WEIGHT).location(v.location(r, s.score))
                    .evidence(v.evidence(r, s.score)).evidence(v.evidence(r, s.weight))
                    .value(v.number(r, s.score).printed()).value(v.number(r, s.weight).printed())
                    .expected("[0, " + w.toPlainString() + "]").actual(v.number(r, s.score).printed())
                    .message(v.table().id() + "「" + s.nameOf(r) + "」得分" + v.number(r, s.score).printed() + "超过其分值"
                            + v.number(r, s.weight).printed() + "。")
                    .build());
        }
        return out;
    }

    /** "决策指标（15分）" in a level cell: the weights of the rows it covers add up to 15. */
    private List<Finding> levelCells(ScoreTable s) {
        List<Finding> out = new ArrayList<>();
        TableView v = s.v;
        for (int[] lw : new int[][]{{s.level1, s.level1Weight}, {s.level2, s.level2Weight}}) {
            int col = lw[0];
            if (col < 0) continue;
            Map<String, List<Integer>> groups = groups(s, col);
            for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
                int first = g.getValue().get(0);
                String text = s.text(first, col);
                Matcher m = LEVEL_CELL.matcher(text);
                String stated;
                int at = col;
                if (m.find()) {
                    stated = m.group(1);
                } else if (lw[1] >= 0 && v.number(first, lw[1]) != null) {
                    stated = v.number(first, lw[1]).printed();
                    at = lw[1];
                } else {
                    continue;
                }
                BigDecimal announced = new BigDecimal(stated);
                BigDecimal sum = BigDecimal.ZERO;
                FindingBuilder b = new FindingBuilder(LEVEL_WEIGHT).location(v.location(first, at))
                        .evidence(v.evidence(first, at)).value(stated);
                StringBuilder parts = new StringBuilder();
                for (int r : g.getValue()) {
                    BigDecimal w = s.weightOf(r);
                    if (w == null) continue;
                    sum = sum.add(w);
                    b.evidence(v.evidence(r, s.weight)).value(v.number(r, s.weight).printed());
                    if (parts.length() > 0) parts.append(" + ");
                    parts.append(v.number(r, s.weight).printed());
                }
                if (sum.compareTo(announced) == 0) continue;
                out.add(b.expected("[" + sum.toPlainString() + ", " + sum.toPlainString() + "]").actual(stated)
                        .message(v.table().id() + "「" + text + "」标明" + stated + "分，而其下各指标分值之和 " + parts + " = "
                                + sum.toPlainString() + "。")
                        .build());
            }
        }
        return out;
    }

    /** Indicator rows grouped by the (merged) level cell that covers them, in order. */
    static Map<String, List<Integer>> groups(ScoreTable s, int col) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        String prevText = null, key = null;
        int n = 0;
        for (int r : s.indicatorRows()) {
            String text = s.text(r, col);
            if (key == null || !text.isEmpty() && !text.equals(prevText)) {
                key = (n++) + ":" + text;
                prevText = text;
            }
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** A 总分 row that the generic column foot does not read as a total. */
    private List<Finding> grandTotal(ScoreTable s) {
        List<Finding> out = new ArrayList<>();
        int t = s.totalRow();
        if (t < 0 || s.v.totalRow(t)) return out;
        for (int col : new int[]{s.weight, s.score}) {
            DisplayedNumber claim = s.v.number(t, col);
            if (claim == null) continue;
            BigDecimal sum = BigDecimal.ZERO;
            FindingBuilder b = new FindingBuilder(TOTAL).location(s.v.location(t, col)).evidence(s.v.evidence(t, col)).value(claim.printed());
            for (int r : s.indicatorRows()) {
                DisplayedNumber n = s.v.number(r, col);
                if (n == null) continue;
                sum = sum.add(n.value());
                b.value(n.printed());
            }
            if (sum.compareTo(claim.value()) == 0) continue;
            out.add(b.expected("[" + sum.toPlainString() + ", " + sum.toPlainString() + "]").actual(claim.printed())
                    .message(s.v.table().id() + "「" + s.v.rowLabel(t) + "」为" + claim.printed() + "，而各指标之和为" + sum.toPlainString() + "。")
                    .build());
        }
        return out;
    }

    private List<Finding> explanations(ScoreTable s) {
        List<Finding> out = new ArrayList<>();
        TableView v = s.v;
        for (int r : s.indicatorRows()) {
            String text = s.text(r, s.explanation);
            BigDecimal w = s.weightOf(r), sc = s.scoreOf(r);
            if (text.isEmpty() || w == null || sc == null) continue;
            BigDecimal deducted = deduction(text);
            if (deducted != null && deducted.compareTo(w.subtract(sc)) != 0) {
                out.add(new FindingBuilder(DEDUCTION).location(v.location(r, s.explanation))
                        .evidence(v.evidence(r, s.explanation)).evidence(v.evidence(r, s.weight)).evidence(v.evidence(r, s.score))
                        .value(deducted.toPlainString()).value(v.number(r, s.weight).printed()).value(v.number(r, s.score).printed())
                        .expected("[" + w.subtract(sc).toPlainString() + ", " + w.subtract(sc).toPlainString() + "]")
                        .actual(deducted.toPlainString())
                        .message(v.table().id() + "「" + s.nameOf(r) + "」评分说明扣" + deducted.toPlainString() + "分，而分值"
                                + v.number(r, s.weight).printed() + " − 得分" + v.number(r, s.score).printed() + " = "
                                + w.subtract(sc).toPlainString() + "分。")
                        .build());
            }
            for (Formula f : Formula.find(text)) {
                Finding x = formula(f, v.evidence(r, s.explanation), v.number(r, s.score), s.nameOf(r), v.table().id());
                if (x != null) out.add(x);
            }
        }
        return out;
    }

    /** The points a text deducts: its 综上/合计 figure when it has one, else the sum of its 扣X分; null when none. */
    static BigDecimal deduction(String text) {
        Matcher sm = SUMMARY_DEDUCT.matcher(text);
        BigDecimal summary = null;
        while (sm.find()) summary = new BigDecimal(sm.group(1));
        if (summary != null) return summary;
        BigDecimal sum = null;
        Matcher m = DEDUCT.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
            int clause = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('。')));
            if (before.substring(clause + 1).contains("每") || after.startsWith("，扣完为止") || after.startsWith("扣完")) return null;
            sum = sum == null ? new BigDecimal(m.group(1)) : sum.add(new BigDecimal(m.group(1)));
        }
        return sum;
    }

    /** Checks a formula: its printed result against its expression, and against the score when given. */
    static Finding formula(Formula f, Finding.Evidence where, DisplayedNumber score, String name, String tableId) {
        Interval computed = f.value();
        if (computed == null) return null;
        Interval printed = Interval.of(f.result());
        boolean selfOk = computed.overlaps(printed);
        boolean scoreOk = score == null || score.value().compareTo(f.result().value()) == 0;
        if (selfOk && scoreOk) return null;
        FindingBuilder b = new FindingBuilder(FORMULA).location(where.location()).evidence(where)
                .value(f.result().printed());
        for (String n : f.operands()) b.value(n);
        if (!selfOk) {
            return b.expected(computed).actual(f.result().printed())
                    .message((tableId.isEmpty() ? "" : tableId + "「" + name + "」") + "算式 " + f.text() + " 的结果应为"
                            + computed.nominalText(f.result().decimals()) + "（区间" + computed + "），而写为" + f.result().printed() + "。")
                    .build();
        }
        return b.value(score.printed()).expected("[" + f.result().value().toPlainString() + ", " + f.result().value().toPlainString() + "]")
                .actual(score.printed())
                .message(tableId + "「" + name + "」算式 " + f.text() + " 得出" + f.result().printed() + "分，而得分为" + score.printed() + "。")
                .build();
    }

    /** Level weights the text announces ("分值分别为15分、35分、30分和20分") against the sheet's level groups. */
    private List<Finding> announced(Interpretation in, List<ScoreTable> tables) {
        List<Finding> out = new ArrayList<>();
        ScoreTable sheet = null;
        for (ScoreTable t : tables) {
            if (t.level1 >= 0 && (sheet == null || t.indicatorRows().size() > sheet.indicatorRows().size())) sheet = t;
        }
        if (sheet == null) return out;
        Map<String, List<Integer>> groups = groups(sheet, sheet.level1);
        List<BigDecimal> sums = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int r : g.getValue()) if (sheet.weightOf(r) != null) sum = sum.add(sheet.weightOf(r));
            sums.add(sum);
            names.add(sheet.text(g.getValue().get(0), sheet.level1));
        }
        for (Sentence s : Sentences.of(in)) {
            if (!s.location().table().isEmpty() || !s.text().contains("一级指标")) continue;
            Matcher m = ANNOUNCED.matcher(s.text());
            if (!m.find()) continue;
            Matcher n = Pattern.compile("(\\d+(?:\\.\\d+)?)分").matcher(m.group(1));
            List<String> stated = new ArrayList<>();
            while (n.find()) stated.add(n.group(1));
            if (stated.size() != sums.size()) continue;
            for (int i = 0; i < stated.size(); i++) {
                if (new BigDecimal(stated.get(i)).compareTo(sums.get(i)) == 0) continue;
                out.add(new FindingBuilder(LEVEL_WEIGHT).location(s.location()).evidence(s.evidence())
                        .evidence(sheet.v.evidence(groups.values().stream().toList().get(i).get(0), sheet.level1))
                        .value(stated.get(i)).value(sums.get(i).toPlainString())
                        .expected("[" + sums.get(i).toPlainString() + ", " + sums.get(i).toPlainString() + "]").actual(stated.get(i))
                        .message("文中第" + (i + 1) + "个一级指标分值为" + stated.get(i) + "分，而" + sheet.v.table().id() + "「"
                                + names.get(i) + "」下各指标分值之和为" + sums.get(i).toPlainString() + "分。")
                        .build());
            }
        }
        return out;
    }
}
