package io.hecha.interpret.text;

import io.hecha.text.Spaces;
import io.hecha.interpret.Column;
import io.hecha.interpret.ColumnRole;
import io.hecha.interpret.Fact;
import io.hecha.interpret.TableBlock;
import io.hecha.interpret.TypedTable;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.vocabulary.Vocabulary;

import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed tables' cells as facts for the relation rules, their concept named by the vocabulary
 * from the column header (the same words as in the text: one vocabulary), their subject the row's
 * label path; cells whose header names no concept are left out.
 */
final class CellFacts {
    private static final Pattern LONG_CODE = Pattern.compile("\\d{5,}");
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{3,}");
    private CellFacts() {
    }

    /** The facts of every cell not in {@code taken} (cells a score sheet already read), numbered from {@code firstId}. */
    static List<Stated> of(Document doc, List<TypedTable> tables, Vocabulary vocabulary, int firstId, java.util.Set<Long> taken) {
        List<Stated> out = new ArrayList<>();
        for (TypedTable t : tables) {
            String tableUnit = unitBefore(doc, t);
            Map<TableBlock, Map<String, String>> codes = new HashMap<>();
            for (int r = 0; r < t.rowCount(); r++) {
                for (int c = 0; c < t.columnCount(); c++) {
                    if (taken.contains(io.hecha.interpret.score.ScoreSheets.cellKey(t.index(), r, c))) continue;
                    Fact f = t.fact(r, c);
                    Column col = t.column(r, c);
                    if (f == null || f.subject().isEmpty() || col == null) continue;
                    String kind = f.percent() ? "%" : col.role() == ColumnRole.SCORE || col.role() == ColumnRole.WEIGHT ? "分" : "";
                    var named = vocabulary.conceptOfHeader(col.header(), kind);
                    String unit = kind.equals("分") && f.unit().isEmpty() ? "分" : f.unit();
                    if (unit.isEmpty() && col.role() == ColumnRole.AMOUNT) unit = tableUnit;
                    TableBlock b = t.blockAt(r, c);
                    String subject = f.subject().contains(" > ") ? f.subject()
                            : codePath(t, b, r, codes.computeIfAbsent(b, x -> labelsByCode(t, x)), f.subject());
                    Stated.Place place = new Stated.Place(-1, -1, t.table().sectionPath(), t.index(), r, c, b.totalRow(r));
                    String printed = f.shown().printed() + (unit.endsWith("元") || unit.equals("分") ? unit : "");
                    out.add(new Stated(firstId + out.size(), named.map(n -> n.concept().name()).orElse(""), subject, f.period(), unit,
                            f.interval(), printed, f.shown().printed(), f.contextDecimals(), f.interval().isExact(),
                            b.label(r) + " " + col.header(), place, -1, null));
                }
            }
        }
        return out;
    }

    private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(万元|亿元|元)");

    /** The unit a paragraph right above the table states ("单位：元"), else "". */
    private static String unitBefore(Document doc, TypedTable t) {
        List<Block> blocks = doc.blocks();
        for (int i = t.blockIndex() - 1; i >= 0 && i >= t.blockIndex() - 3; i--) {
            if (!(blocks.get(i) instanceof Paragraph p)) break;
            Matcher m = UNIT.matcher(p.text());
            if (m.find()) return m.group(1);
        }
        Matcher m = UNIT.matcher(t.table().caption());
        return m.find() ? m.group(1) : "";
    }

    /** The row's 科目编码: the block's, else its code columns' digits joined (类 | 款 | 项 → 2011301). */
    private static String code(TypedTable t, TableBlock b, int r) {
        String code = Spaces.without(b.code(r));
        if (!code.isEmpty()) return code;
        StringBuilder out = new StringBuilder();
        for (Column c : b.columns(ColumnRole.CODE)) out.append(Spaces.without(t.text(r, c.index())));
        return out.toString().matches("\\d+") ? out.toString() : "";
    }

    /** 科目编码 → the row's label, for the rows of a block that carry a code. */
    private static Map<String, String> labelsByCode(TypedTable t, TableBlock b) {
        Map<String, String> out = new HashMap<>();
        for (int r : b.bodyRows()) {
            String code = code(t, b, r);
            if (CODE_DIGITS.matcher(code).matches() && !b.label(r).isEmpty()) out.putIfAbsent(code, b.label(r));
        }
        return out;
    }

    /**
     * A 科目's path from its code's prefixes (2011301 under 20113 under 201): "一般公共服务支出 > 商贸事务 >
     * 行政运行"; the label alone when the row has no code.
     */
    private static String codePath(TypedTable t, TableBlock b, int r, Map<String, String> byCode, String label) {
        String code = code(t, b, r);
        if (!LONG_CODE.matcher(code).matches()) return label;
        List<String> parts = new ArrayList<>();
        for (int n = 3; n < code.length(); n += 2) {
            String up = byCode.get(code.substring(0, n));
            if (up != null) parts.add(up);
        }
        parts.add(label);
        return String.join(" > ", parts);
    }
}
