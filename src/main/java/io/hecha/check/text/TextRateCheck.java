package io.hecha.check.text;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Verdict;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rates stated in a sentence next to their base:
 * <ul>
 * <li>a change and its rate: "4272.52万元，较2023年减少14202.20万元，减少比例76.87%" — the rate is the
 *     change over the earlier value (current + decrease, or current − increase);</li>
 * <li>a ratio and its parts: "预算数为5128.85万元，…决算支出5021.60万元，预算执行率为97.91%";</li>
 * <li>a share of a total: "支出合计5021.60万元，其中…项目支出669.31万元，占13.33%".</li>
 * </ul>
 * Only unambiguous sentences are read (numbers in parentheses are left out); a ratio is reported
 * only when no reading of its two amounts (a/b, b/a, differences over either) fits.
 */
public final class TextRateCheck implements Check {
    public static final String CHANGE_RULE = "text.change-rate";
    public static final String RATIO_RULE = "text.ratio";
    public static final String SHARE_RULE = "text.share";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CHANGE_LINK = Pattern.compile(
            "^[，,]?\\s*(?:较|比)(?:\\d{4}年度?|上年度?|去年|上一年度?|同期|上年同期|年初)?(?:同期)?(减少|增加|下降|增长|降低|上升|减|增)了?$");
    private static final Pattern RATE_LINK = Pattern.compile(
            "^[，,]?\\s*(?:同比)?(?:减少|增加|下降|增长|降低|上升|减|增|变动)?(?:了)?(?:比例|幅度|率|比率)?(?:为|达|是|=)?$");
    private static final Pattern RATE_WORD = Pattern.compile("(执行率|控制率|完成率|到位率|节资率|变动率|结余率|使用率|达成率|支付率|得分率)\\s*(?:为|达|是|=|仅为)?\\s*$");
    /** For each rate word, what the labels of its two amounts must say (one each). */
    private static final java.util.Map<String, Pattern[]> SUPPORT = java.util.Map.of(
            "执行率", new Pattern[]{Pattern.compile("执行|支出|决算|使用"), Pattern.compile("预算|计划|安排|下达")},
            "控制率", new Pattern[]{Pattern.compile("支出|实际|决算|执行"), Pattern.compile("预算|安排|计划|控制数")},
            "完成率", new Pattern[]{Pattern.compile("完成|实际"), Pattern.compile("计划|目标|任务|预算")},
            "到位率", new Pattern[]{Pattern.compile("到位"), Pattern.compile("预算|计划|应")},
            "节资率", new Pattern[]{Pattern.compile("合同|中标|成交"), Pattern.compile("预算")},
            "结余率", new Pattern[]{Pattern.compile("结余|结转"), Pattern.compile("预算|支出")},
            "使用率", new Pattern[]{Pattern.compile("使用|支出"), Pattern.compile("预算|到位|总额")},
            "支付率", new Pattern[]{Pattern.compile("支付"), Pattern.compile("合同|预算|应付")},
            "达成率", new Pattern[]{Pattern.compile("实际|完成|达成"), Pattern.compile("目标|计划")},
            "得分率", new Pattern[]{Pattern.compile("得"), Pattern.compile("分值|权重|满分|总分")});
    private static final Pattern SHARE_LINK = Pattern.compile("占(?:比|比例|比重)?(?:为|达)?\\s*$");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        for (Sentence s : Sentences.of(document)) out.addAll(check(s));
        return out;
    }

    /** Checks one sentence. */
    public List<Finding> check(Sentence s) {
        List<Finding> out = new ArrayList<>();
        List<Amount> a = outsideParentheses(s);
        String t = s.text();
        for (int i = 0; i + 2 < a.size(); i++) {
            Amount cur = a.get(i), chg = a.get(i + 1), rate = a.get(i + 2);
            if (!cur.money() || !chg.money() || !cur.unit().equals(chg.unit()) || !rate.percent()) continue;
            var link = CHANGE_LINK.matcher(noParens(t.substring(cur.end(), chg.start())));
            if (!link.find() || !RATE_LINK.matcher(t.substring(chg.end(), rate.start())).find()) continue;
            boolean decrease = link.group(1).matches("减少|下降|降低|减");
            Interval change = chg.interval();
            if (change.nominal().signum() < 0) change = change.negate();
            Interval base = decrease ? cur.interval().add(change) : cur.interval().subtract(change);
            Interval computed = change.divide(base);
            if (computed == null) continue;
            computed = computed.scale(HUNDRED);
            Severity sev = Verdict.of(computed, rate.number());
            if (sev == null) continue;
            out.add(new FindingBuilder(CHANGE_RULE).severity(sev).location(s.location()).evidence(s.evidence())
                    .value(rate.printed()).value(cur.printed()).value(chg.printed()).expected(computed).actual(rate.printed())
                    .message("文中变动比例为" + rate.printed() + "，而变动额 " + chg.printed() + " ÷ 基数（"
                            + cur.printed() + (decrease ? " + " : " − ") + change.nominal().toPlainString() + "）= "
                            + computed.nominalText(rate.number().decimals()) + "%（区间" + computed + "%）"
                            + (sev == Severity.WARNING ? "；差异可由截尾解释" : "") + "。")
                    .build());
        }
        for (int i = 0; i < a.size(); i++) {
            Amount rate = a.get(i);
            if (!rate.percent()) continue;
            String before = t.substring(i == 0 ? 0 : a.get(i - 1).end(), rate.start());
            if (RATE_WORD.matcher(before).find()) {
                Finding f = ratio(s, a, i);
                if (f != null) out.add(f);
            } else if (SHARE_LINK.matcher(before).find()) {
                Finding f = share(s, a, i);
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    private static String noParens(String s) {
        return s.replaceAll("（[^（）]*）|\\([^()]*\\)", "");
    }

    private static List<Amount> outsideParentheses(Sentence s) {
        List<Amount> out = new ArrayList<>();
        String t = s.text();
        for (Amount x : s.amounts()) {
            int depth = 0;
            for (int k = 0; k < x.start(); k++) {
                char c = t.charAt(k);
                if (c == '（' || c == '(') depth++;
                else if ((c == '）' || c == ')') && depth > 0) depth--;
            }
            if (depth == 0) out.add(x);
        }
        return out;
    }

    private Finding ratio(Sentence s, List<Amount> a, int ri) {
        List<Amount> money = new ArrayList<>();
        for (int k = 0; k < ri; k++) {
            Amount x = a.get(k);
            if (x.percent()) return null;
            if (x.money() || x.unit().equals("分")) money.add(x);
        }
        if (money.size() != 2 || !money.get(0).unit().equals(money.get(1).unit())) return null;
        Amount x = money.get(0), y = money.get(1), rate = a.get(ri);
        var word0 = RATE_WORD.matcher(s.text().substring(a.get(ri - 1).end(), rate.start()));
        if (!word0.find() || !supported(word0.group(1), x, y)) return null;
        Interval ix = x.interval(), iy = y.interval();
        List<Interval> readings = new ArrayList<>();
        readings.add(iy.divide(ix));
        readings.add(ix.divide(iy));
        readings.add(ix.subtract(iy).divide(ix));
        readings.add(ix.subtract(iy).divide(iy));
        readings.add(iy.subtract(ix).divide(ix));
        readings.add(iy.subtract(ix).divide(iy));
        Interval claimed = rate.interval();
        for (Interval r : readings) if (r == null || r.scale(HUNDRED).overlaps(claimed)) return null;
        String word = s.text().substring(a.get(ri - 1).end(), rate.start());
        Interval main;
        String formula;
        if (word.contains("节资")) {
            main = readings.get(2);
            formula = "(" + x.printed() + " − " + y.printed() + ") ÷ " + x.printed();
        } else if (word.contains("变动")) {
            main = readings.get(3);
            formula = "(" + x.printed() + " − " + y.printed() + ") ÷ " + y.printed();
        } else if (x.label().matches(".*(支出|执行|决算|实际|完成|到位|使用).*") && y.label().matches(".*(预算|计划|安排).*")) {
            main = readings.get(1);
            formula = x.printed() + " ÷ " + y.printed();
        } else {
            main = readings.get(0);
            formula = y.printed() + " ÷ " + x.printed();
        }
        main = main.scale(HUNDRED);
        Severity sev = Verdict.of(main, rate.number());
        return new FindingBuilder(RATIO_RULE).severity(sev == null ? Severity.ERROR : sev).location(s.location())
                .evidence(s.evidence()).value(rate.printed()).value(x.printed()).value(y.printed())
                .expected(main).actual(rate.printed())
                .message("文中比率为" + rate.printed() + "，而" + formula + " = " + main.nominalText(rate.number().decimals())
                        + "%（区间" + main + "%），同句两个金额的任何比值都不符。")
                .build();
    }

    /** True when the two amounts' labels say what the rate word is made of (变动率: the same label). */
    private static boolean supported(String word, Amount x, Amount y) {
        if (word.equals("变动率")) {
            String lx = x.label().replaceAll("\\d{4}年度?|为|是|达", ""), ly = y.label().replaceAll("\\d{4}年度?|为|是|达", "");
            return !lx.isEmpty() && lx.equals(ly);
        }
        Pattern[] p = SUPPORT.get(word);
        return p[0].matcher(x.label()).find() && p[1].matcher(y.label()).find()
                || p[0].matcher(y.label()).find() && p[1].matcher(x.label()).find();
    }

    private Finding share(Sentence s, List<Amount> a, int ri) {
        String t = s.text();
        Amount rate = a.get(ri);
        List<Amount> money = a.subList(0, ri).stream().filter(Amount::money).toList();
        if (money.size() < 2) return null;
        Amount total = null;
        for (Amount m : money) {
            if (m.label().matches(".*(合计|总计|共计|总额|总支出|总收入).*")) {
                total = m;
                break;
            }
        }
        if (total == null && t.substring(money.get(0).end()).contains("其中")) total = money.get(0);
        if (total == null) return null;
        final Amount tot = total;
        List<Amount> parts = new ArrayList<>();
        Amount prev = ri > 0 ? a.get(ri - 1) : null;
        String between = prev == null ? "" : t.substring(prev.end(), rate.start());
        if (prev != null && prev.money() && prev != total && between.matches("^[，,]?\\s*占(?:比|比例|比重)?(?:为|达)?\\s*$")) {
            parts.add(prev);
        } else {
            int clause = Math.max(Math.max(between.lastIndexOf('，'), between.lastIndexOf('；')), between.lastIndexOf('：'));
            String label = between.substring(clause + 1).replaceAll("占(?:比|比例|比重)?(?:为|达)?\\s*$", "");
            String[] names = label.split("与|和|及");
            if (names.length < 2) return null;
            for (String n : names) {
                String head = n.strip().length() >= 2 ? n.strip().substring(0, 2) : null;
                if (head == null) return null;
                List<Amount> hits = money.stream().filter(m -> m != tot && m.label().startsWith(head)).toList();
                if (hits.size() != 1) return null;
                parts.add(hits.get(0));
            }
        }
        Interval num = Interval.sum(parts.stream().map(Amount::interval).toList());
        Interval computed = num.divide(total.interval());
        if (computed == null) return null;
        computed = computed.scale(HUNDRED);
        Severity sev = Verdict.of(computed, rate.number());
        if (sev == null) return null;
        FindingBuilder b = new FindingBuilder(SHARE_RULE).severity(sev).location(s.location()).evidence(s.evidence())
                .value(rate.printed()).expected(computed).actual(rate.printed());
        StringBuilder f = new StringBuilder();
        for (Amount p : parts) {
            b.value(p.printed());
            if (f.length() > 0) f.append(" + ");
            f.append(p.printed());
        }
        b.value(total.printed());
        return b.message("文中占比为" + rate.printed() + "，而 (" + f + ") ÷ " + total.printed() + " = "
                + computed.nominalText(rate.number().decimals()) + "%（区间" + computed + "%）"
                + (sev == Severity.WARNING ? "；差异可由截尾解释" : "") + "。").build();
    }
}
