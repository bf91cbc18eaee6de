package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Verdict;
import io.hecha.check.table.TableView;
import io.hecha.check.text.Amount;
import io.hecha.check.text.Sentence;
import io.hecha.check.text.Sentences;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.model.Table;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.List;

/**
 * 固定资产净值 = 原值 − 累计折旧: per row of an asset table that shows the three columns, and for
 * the totals a sentence states (原值合计 X，累计折旧 Y，净值合计 Z) against each other and against
 * the nearest asset table's 合计 row. One inconsistency gives one finding carrying every piece of
 * evidence; its expected value is what all the other statements agree on.
 */
public final class NetValueCheck implements Check {
    public static final String RULE = "fixed-assets.net-value";
    public static final String TOTAL_RULE = "fixed-assets.total";
    private static final int REACH = 4;

    /** An asset table's columns. */
    private record AssetTable(TableView v, int blockIndex, int original, int depreciation, int net) {
        int totalRow() {
            for (int r = v.rowCount() - 1; r >= v.headerRows(); r--) if (v.totalRow(r) && !v.subtotalRow(r)) return r;
            return -1;
        }
    }

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<AssetTable> tables = new ArrayList<>();
        for (int i = 0; i < document.blocks().size(); i++) {
            if (document.blocks().get(i) instanceof Table t && in.typed(t) != null) {
                AssetTable a = assetTable(TableView.of(in, in.typed(t)), i);
                if (a != null) tables.add(a);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (AssetTable a : tables) out.addAll(rows(a));
        for (Sentence s : Sentences.of(in)) {
            if (!s.location().table().isEmpty()) continue;
            Amount o = one(s, "原值"), d = one(s, "折旧"), n = one(s, "净值");
            if (n == null || (o == null || d == null) && tables.isEmpty()) continue;
            AssetTable near = null;
            for (AssetTable a : tables) {
                int dist = Math.abs(a.blockIndex() - s.blockIndex());
                if (dist <= REACH && (near == null || dist < Math.abs(near.blockIndex() - s.blockIndex()))) near = a;
            }
            out.addAll(sentence(s, o, d, n, near));
        }
        return out;
    }

    private static AssetTable assetTable(TableView v, int index) {
        int o = -1, d = -1, n = -1;
        for (int c = 0; c < v.columnCount(); c++) {
            String h = v.header(c);
            if (!v.summable(c)) continue;
            if (h.contains("原值") && o < 0) o = c;
            else if (h.contains("折旧") && d < 0) d = c;
            else if (h.contains("净值") && n < 0) n = c;
        }
        return n >= 0 && (o >= 0 || d >= 0) ? new AssetTable(v, index, o, d, n) : null;
    }

    private static Amount one(Sentence s, String word) {
        Amount hit = null;
        for (Amount a : s.amounts()) {
            if (!a.money() || !a.label().contains(word)) continue;
            if (hit != null) return null;
            hit = a;
        }
        return hit;
    }

    private List<Finding> rows(AssetTable a) {
        List<Finding> out = new ArrayList<>();
        if (a.original() < 0 || a.depreciation() < 0) return out;
        TableView v = a.v();
        for (int r = v.headerRows(); r < v.rowCount(); r++) {
            Interval o = v.interval(r, a.original()), d = v.interval(r, a.depreciation()), n = v.interval(r, a.net());
            if (o == null || d == null || n == null) continue;
            Interval computed = o.subtract(d);
            DisplayedNumber claim = v.number(r, a.net());
            Severity s = Verdict.of(computed, n, claim.value(), Math.max(v.precision(a.net()), claim.decimals()));
            if (s == null) continue;
            out.add(new FindingBuilder(RULE).severity(s).location(v.location(r, a.net()))
                    .evidence(v.evidence(r, a.net())).evidence(v.evidence(r, a.original())).evidence(v.evidence(r, a.depreciation()))
                    .value(claim.printed()).value(v.number(r, a.original()).printed()).value(v.number(r, a.depreciation()).printed())
                    .expected(computed).actual(claim.printed())
                    .message(v.table().id() + "「" + v.rowLabel(r) + "」固定资产净值为" + claim.printed() + "，而原值 "
                            + v.number(r, a.original()).printed() + " − 累计折旧 " + v.number(r, a.depreciation()).printed()
                            + " = " + computed.nominalText(claim.decimals()) + "（区间" + computed + "）。")
                    .build());
        }
        return out;
    }

    private List<Finding> sentence(Sentence s, Amount o, Amount d, Amount n, AssetTable near) {
        List<Finding> out = new ArrayList<>();
        int tr = near == null ? -1 : near.totalRow();
        TableView v = near == null ? null : near.v();
        Interval fromText = o != null && d != null ? o.interval().subtract(d.interval()) : null;
        Interval tableNet = tr >= 0 ? v.interval(tr, near.net()) : null;
        Interval tableDiff = tr >= 0 && near.original() >= 0 && near.depreciation() >= 0
                && v.interval(tr, near.original()) != null && v.interval(tr, near.depreciation()) != null
                ? v.interval(tr, near.original()).subtract(v.interval(tr, near.depreciation())) : null;
        Interval claimed = n.interval();
        boolean textOff = fromText != null && !fromText.overlaps(claimed);
        boolean tableOff = tableNet != null && !tableNet.overlaps(claimed);
        if (textOff || tableOff) {
            // the sentence's 净值 disagrees: expected is what the other statements agree on
            Interval expected = fromText != null ? fromText : tableNet;
            if (fromText != null && tableNet != null && fromText.overlaps(tableNet)) expected = intersect(fromText, tableNet);
            if (tableDiff != null && expected.overlaps(tableDiff)) expected = intersect(expected, tableDiff);
            Severity sev = Verdict.of(expected, n.number());
            FindingBuilder b = new FindingBuilder(RULE).severity(sev == null ? Severity.ERROR : sev)
                    .location(s.location()).evidence(s.evidence()).value(n.printed());
            StringBuilder m = new StringBuilder("文中固定资产净值为" + n.printed() + "，而");
            if (fromText != null) {
                b.value(o.printed()).value(d.printed());
                m.append("原值 ").append(o.printed()).append(" − 累计折旧 ").append(d.printed()).append(" = ")
                        .append(fromText.nominalText(n.number().decimals()));
            }
            if (tableNet != null) {
                b.evidence(v.evidence(tr, near.net())).value(v.number(tr, near.net()).printed());
                if (fromText != null) m.append("，");
                m.append(v.table().id()).append("「").append(v.rowLabel(tr)).append("」行净值为")
                        .append(v.number(tr, near.net()).printed());
            }
            m.append("（应在区间").append(expected).append("内）。");
            out.add(b.expected(expected).actual(n.printed()).message(m.toString()).build());
        }
        if (tr >= 0) {
            if (o != null && near.original() >= 0) out.addAll(compareTotal(s, o, v, tr, near.original(), "原值"));
            if (d != null && near.depreciation() >= 0) out.addAll(compareTotal(s, d, v, tr, near.depreciation(), "累计折旧"));
        }
        return out;
    }

    private static List<Finding> compareTotal(Sentence s, Amount a, TableView v, int tr, int c, String what) {
        Interval cell = v.interval(tr, c);
        if (cell == null || cell.overlaps(a.interval())) return List.of();
        DisplayedNumber t = v.number(tr, c);
        return List.of(new FindingBuilder(TOTAL_RULE).severity(Severity.ERROR).location(s.location())
                .evidence(s.evidence()).evidence(v.evidence(tr, c)).value(a.printed()).value(t.printed())
                .expected(cell).actual(a.printed())
                .message("文中固定资产" + what + "为" + a.printed() + "，而" + v.table().id() + "「" + v.rowLabel(tr) + "」行为"
                        + t.printed() + "。")
                .build());
    }

    private static Interval intersect(Interval a, Interval b) {
        return new Interval(a.lo().max(b.lo()), a.hi().min(b.hi()), b.nominal());
    }
}
