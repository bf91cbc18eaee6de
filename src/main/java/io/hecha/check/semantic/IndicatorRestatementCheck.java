package io.hecha.check.semantic;

import io.hecha.text.Spaces;
import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.check.table.TableView;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Location;
import io.hecha.model.Paragraph;
import io.hecha.text.DisplayedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each indicator's weight and score agree wherever they are stated: the per-dimension tables (表12–16
 * in a typical report) against the full score sheet (the score table with the most indicators),
 * aligned by name or, when most names match, by position (a name that differs is a warning); and
 * the analysis paragraphs ("A2绩效目标指标科学性（5分）：…该指标得3分") against the table row with
 * that code, including their "扣X分" against weight − score.
 */
public final class IndicatorRestatementCheck implements Check {
    public static final String RULE = "indicator.restated";
    public static final String NAME_RULE = "indicator.name-differs";
    private static final Pattern PARAGRAPH = Pattern.compile("^([A-Z]\\d{1,2})\\s*([^（(：:]{2,30})[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]\\s*[：:]");
    private static final Pattern GOT = Pattern.compile("得\\s*(\\d+(?:\\.\\d+)?)\\s*分");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        List<ScoreTable> tables = ScoreTable.of(in);
        ScoreTable sheet = null;
        for (ScoreTable t : tables) if (sheet == null || t.indicatorRows().size() > sheet.indicatorRows().size()) sheet = t;
        if (sheet != null) {
            for (ScoreTable t : tables) if (t != sheet) out.addAll(compareTables(t, sheet));
        }
        out.addAll(paragraphs(document, tables));
        return out;
    }

    private List<Finding> compareTables(ScoreTable t, ScoreTable sheet) {
        List<Finding> out = new ArrayList<>();
        List<Integer> rows = t.indicatorRows(), all = sheet.indicatorRows();
        if (rows.isEmpty() || rows.size() >= all.size()) return out;
        // names that do not tell the indicators apart (a form's merged 绩效指标 column) align nothing
        if (distinctNames(t, rows) * 2 <= rows.size() || distinctNames(sheet, all) * 2 <= all.size()) return out;
        int bestOffset = -1, bestMatches = 0;
        for (int off = 0; off + rows.size() <= all.size(); off++) {
            int m = 0;
            for (int i = 0; i < rows.size(); i++) if (t.nameOf(rows.get(i)).equals(sheet.nameOf(all.get(off + i)))) m++;
            if (m > bestMatches) {
                bestMatches = m;
                bestOffset = off;
            }
        }
        if (bestOffset < 0 || bestMatches * 2 <= rows.size()) return out;
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i), s = all.get(bestOffset + i);
            String a = t.nameOf(r), b = sheet.nameOf(s);
            String na = Spaces.without(a), nb = Spaces.without(b);
            // a name cut short (a wrapped cell read from a PDF) is not a different name
            boolean sameName = na.startsWith(nb) || nb.startsWith(na);
            List<String> diffs = new ArrayList<>();
            FindingBuilder f = new FindingBuilder(RULE).location(t.v.location(r, t.score));
            compare(t.v, r, t.weight, sheet.v, s, sheet.weight, "分值", diffs, f);
            compare(t.v, r, t.score, sheet.v, s, sheet.score, "得分", diffs, f);
            if (!diffs.isEmpty()) {
                out.add(f.message(t.v.table().id() + "「" + a + "」与" + sheet.v.table().id() + "「" + b + "」" + String.join("，", diffs) + "。").build());
            } else if (!sameName) {
                out.add(new FindingBuilder(NAME_RULE).severity(Severity.WARNING).location(t.v.location(r, t.name >= 0 ? t.name : 0))
                        .evidence(new Finding.Evidence(a, t.v.location(r, t.name >= 0 ? t.name : 0)))
                        .evidence(new Finding.Evidence(b, sheet.v.location(s, sheet.name >= 0 ? sheet.name : 0)))
                        .expected(b).actual(a)
                        .message(t.v.table().id() + "第" + (i + 1) + "个指标名为「" + a + "」，而" + sheet.v.table().id() + "对应指标名为「" + b + "」。")
                        .build());
            }
        }
        return out;
    }

    private static long distinctNames(ScoreTable t, List<Integer> rows) {
        return rows.stream().map(t::nameOf).distinct().count();
    }

    private static void compare(TableView va, int ra, int ca, TableView vb, int rb, int cb, String what, List<String> diffs, FindingBuilder f) {
        DisplayedNumber x = va.number(ra, ca), y = vb.number(rb, cb);
        if (x == null || y == null || x.value().compareTo(y.value()) == 0) return;
        diffs.add(what + "分别为" + x.printed() + "和" + y.printed());
        f.evidence(va.evidence(ra, ca)).evidence(vb.evidence(rb, cb)).value(x.printed()).value(y.printed())
                .expected("[" + y.value().toPlainString() + ", " + y.value().toPlainString() + "]").actual(x.printed());
    }

    /** "A2绩效目标指标科学性（5分）：…得3分" paragraphs against the table row with that code. */
    private List<Finding> paragraphs(Document doc, List<ScoreTable> tables) {
        List<Finding> out = new ArrayList<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            String text = p.displayText().strip();
            Matcher m = PARAGRAPH.matcher(text);
            if (!m.find()) continue;
            String code = m.group(1);
            BigDecimal weight = new BigDecimal(m.group(3));
            Matcher g = GOT.matcher(text.substring(m.end()));
            String got = null;
            while (g.find()) got = g.group(1);
            Location loc = Location.paragraph(pi, p);
            Finding.Evidence ev = new Finding.Evidence(text, loc);
            BigDecimal deducted = ScoreSheetCheck.deduction(text.substring(m.end()));
            if (got != null && deducted != null && deducted.compareTo(weight.subtract(new BigDecimal(got))) != 0) {
                out.add(new FindingBuilder(ScoreSheetCheck.DEDUCTION).location(loc).evidence(ev)
                        .value(deducted.toPlainString()).value(m.group(3)).value(got)
                        .expected("[" + weight.subtract(new BigDecimal(got)).toPlainString() + ", " + weight.subtract(new BigDecimal(got)).toPlainString() + "]")
                        .actual(deducted.toPlainString())
                        .message(code + "文中扣" + deducted.toPlainString() + "分，而分值" + m.group(3) + " − 得分" + got + " = "
                                + weight.subtract(new BigDecimal(got)).toPlainString() + "分。")
                        .build());
            }
            for (Formula f : Formula.find(text)) {
                Finding x = ScoreSheetCheck.formula(f, ev, null, code, "");
                if (x != null) out.add(x);
            }
            for (ScoreTable t : tables) {
                if (t.code < 0) continue;
                for (int r : t.indicatorRows()) {
                    if (!t.codeOf(r).equals(code)) continue;
                    List<String> diffs = new ArrayList<>();
                    FindingBuilder f = new FindingBuilder(RULE).location(loc).evidence(ev);
                    DisplayedNumber w = t.v.number(r, t.weight), s = t.v.number(r, t.score);
                    if (w != null && w.value().compareTo(weight) != 0) {
                        diffs.add("分值文中为" + m.group(3) + "，表中为" + w.printed());
                        f.evidence(t.v.evidence(r, t.weight)).value(m.group(3)).value(w.printed()).actual(m.group(3))
                                .expected("[" + w.value().toPlainString() + ", " + w.value().toPlainString() + "]");
                    }
                    if (got != null && s != null && s.value().compareTo(new BigDecimal(got)) != 0) {
                        diffs.add("得分文中为" + got + "，表中为" + s.printed());
                        f.evidence(t.v.evidence(r, t.score)).value(got).value(s.printed()).actual(got)
                                .expected("[" + s.value().toPlainString() + ", " + s.value().toPlainString() + "]");
                    }
                    if (!diffs.isEmpty()) {
                        out.add(f.message(code + m.group(2).strip() + "：" + String.join("；", diffs) + "（" + t.v.table().id() + "）。").build());
                    }
                }
            }
        }
        return out;
    }
}
