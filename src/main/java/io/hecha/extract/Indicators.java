package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.extract.Indicator.IndicatorStatement;
import io.hecha.extract.mapping.Mapping.ColumnSpec;
import io.hecha.extract.mapping.Mapping.IndicatorSpec;
import io.hecha.model.Table;
import io.hecha.model.TableCell;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the score sheet (the table with 三级指标, 分值/权重, 得分 and 评分标准 columns, often 附件1) into
 * indicators and merges the per-dimension tables (二级指标 | 代码 | 三级指标 | 权重 | 得分 | 得分率) into
 * them: by code or name first, then by word overlap, then by position between matched neighbours.
 * Also reports the total rows (score statements) and which tables it used.
 */
final class Indicators {
    private static final Pattern INDICATOR_SUFFIX = Pattern.compile("指标$");
    private static final Pattern LEVEL_WEIGHT = Pattern.compile("^(.*?)\\s*[（(]\\s*([0-9０-９]+(?:[.．][0-9]+)?)\\s*分?\\s*[）)]\\s*$");
    private static final Pattern CODE_PREFIX = Pattern.compile("^([A-Za-z][0-9]{1,2})\\s*(.+)$");

    /** What the score sheet gave. */
    record Result(List<Indicator> indicators, List<Value> totals, Set<Table> used, List<LabeledRow> levels) {
    }

    /** One indicator row of any indicator table. */
    private record Row(Table table, int row, String code, String level1, String level2, String name,
                       Value weight, Value score, Value rate, String criteria, String explanation,
                       Value level1Weight, Value level2Weight, String target, String actual, Location where) {
    }

    private Indicators() {
    }

    static Result read(Context ctx, IndicatorSpec spec) {
        Map<String, ColumnSpec> cols = spec.columns();
        List<Row> sheet = new ArrayList<>(), others = new ArrayList<>();
        List<Value> totals = new ArrayList<>();
        List<LabeledRow> levels = new ArrayList<>();
        Set<Table> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Table> sheetTables = new ArrayList<>(), otherTables = new ArrayList<>();
        Map<Table, HeaderMatch> headers = new IdentityHashMap<>();
        boolean anyCriteria = false;
        for (Table t : ctx.doc.tables()) {
            Optional<HeaderMatch> h = HeaderMatch.find(ctx, t, cols, 2);
            if (h.isEmpty()) continue;
            HeaderMatch hm = h.get();
            if (!hm.has("name") && hm.has("level1") && (hm.has("weight") || hm.has("score"))) {
                levels.addAll(levelRows(ctx, t, hm, spec, totals));
                used.add(t);
                continue;
            }
            if (!hm.has("name") || !(hm.has("weight") || hm.has("score"))) continue;
            headers.put(t, hm);
            boolean isSheet = hm.has("criteria") || Words.mentions(t.caption(), spec.caption());
            anyCriteria |= isSheet;
            (isSheet ? sheetTables : otherTables).add(t);
        }
        if (!anyCriteria) {
            // no table has 评分标准: tables with explanations or targets are the sheet, else all of them
            List<Table> richer = otherTables.stream().filter(t -> headers.get(t).has("explanation")
                    || headers.get(t).has("target")).toList();
            sheetTables.addAll(richer.isEmpty() ? otherTables : richer);
            otherTables.removeAll(sheetTables);
        }
        for (Table t : sheetTables) sheet.addAll(rows(ctx, t, headers.get(t), spec, totals));
        List<Value> ignored = new ArrayList<>();
        for (Table t : otherTables) others.addAll(rows(ctx, t, headers.get(t), spec, ignored));
        used.addAll(sheetTables);
        used.addAll(otherTables);
        return new Result(merge(sheet, others), totals, used, levels);
    }

    /** Rows of a 一级指标 summary table (表11): label, weight, score, rate. */
    private static List<LabeledRow> levelRows(Context ctx, Table t, HeaderMatch h, IndicatorSpec spec, List<Value> totals) {
        List<LabeledRow> out = new ArrayList<>();
        for (int r = h.headerRow() + 1; r < t.rowCount(); r++) {
            String label = t.text(r, h.column("level1")).strip();
            if (label.isEmpty()) continue;
            boolean total = Words.mentions(label, spec.totals());
            java.util.LinkedHashMap<String, Value> values = new java.util.LinkedHashMap<>();
            for (String f : List.of("weight", "score", "rate")) {
                if (!h.has(f)) continue;
                Values.parse(t.text(r, h.column(f)), "rate".equals(f) ? "%" : "分", !"rate".equals(f),
                        ctx.cellWhere(t, r, h.column(f))).ifPresent(v -> values.put(f, v));
            }
            if (values.isEmpty()) continue;
            if (total && values.containsKey("score")) totals.add(values.get("score"));
            out.add(new LabeledRow(label, 0, total, values, ctx.cellWhere(t, r, h.column("level1"))));
        }
        return out;
    }

    private static List<Row> rows(Context ctx, Table t, HeaderMatch h, IndicatorSpec spec, List<Value> totals) {
        int nameCol = h.column("name"), l1 = h.column("level1"), l2 = h.column("level2");
        // weight columns: those after a level column belong to that level; the first after the name is the weight
        List<Integer> weightCols = new ArrayList<>();
        ColumnSpec ws = spec.columns().get("weight");
        for (int c = 0; c < t.columnCount(); c++) {
            if (ws != null && Words.bestMatch(t.text(h.headerRow(), c), ws.headers()) > 0
                    && !(c > 0 && t.cellAt(h.headerRow(), c) != null && t.cellAt(h.headerRow(), c) == t.cellAt(h.headerRow(), c - 1))) {
                weightCols.add(c);
            }
        }
        int weightCol = h.column("weight"), scoreCol = h.column("score"), l1w = -1, l2w = -1;
        List<Integer> afterName = weightCols.stream().filter(c -> c > nameCol).toList();
        if (!afterName.isEmpty()) {
            weightCol = afterName.get(0);
            if (scoreCol < 0 && afterName.size() > 1) scoreCol = afterName.get(1);
        }
        for (int c : weightCols) {
            if (l1 >= 0 && c > l1 && (l2 < 0 || c < l2) && c < nameCol) l1w = c;
            if (l2 >= 0 && c > l2 && c < nameCol) l2w = c;
        }
        List<Row> out = new ArrayList<>();
        String prevL1 = "", prevL2 = "";
        Value prevL1w = null;
        TableCell prevNameCell = null;
        for (int r = h.headerRow() + 1; r < t.rowCount(); r++) {
            String rawName = t.text(r, nameCol).strip();
            String rawL1 = l1 >= 0 ? t.text(r, l1).strip() : "";
            String rawL2 = l2 >= 0 ? t.text(r, l2).strip() : "";
            Value weight = weightCol >= 0 ? Values.parse(t.text(r, weightCol), "分", true, ctx.cellWhere(t, r, weightCol)).orElse(null) : null;
            Value score = scoreCol >= 0 ? Values.parse(t.text(r, scoreCol), "分", true, ctx.cellWhere(t, r, scoreCol)).orElse(null) : null;
            boolean total = Words.mentions(rawName, spec.totals()) && rawName.length() <= 4
                    || rawName.isEmpty() && (Words.mentions(rawL1, spec.totals()) || Words.mentions(rawL2, spec.totals()))
                    || isTotalRow(t, r, nameCol, spec.totals());
            if (total) {
                if (score != null) totals.add(score);
                else totalScoreAnywhere(ctx, t, r, scoreCol).ifPresent(totals::add);
                continue;
            }
            if (rawName.isEmpty() || Words.bestMatch(rawName, spec.columns().get("name").headers()) >= 1) continue;
            TableCell nameCell = t.cellAt(r, nameCol);
            if (nameCell != null && nameCell == prevNameCell) continue;
            prevNameCell = nameCell;
            if (weight == null && score == null) continue;
            String level1 = rawL1.isEmpty() ? prevL1 : rawL1;
            String level2 = rawL2.isEmpty() ? prevL2 : rawL2;
            prevL1 = level1;
            prevL2 = level2;
            Value l1Weight = null;
            String l1Name = level1;
            Matcher lw = LEVEL_WEIGHT.matcher(level1);
            if (lw.matches()) {
                l1Name = lw.group(1);
                l1Weight = Values.ofMatch(lw.group(2), "分", true, ctx.cellWhere(t, r, l1)).orElse(null);
            }
            l1Name = INDICATOR_SUFFIX.matcher(l1Name).replaceAll("").strip();
            if (l1w >= 0) l1Weight = Values.parse(t.text(r, l1w), "分", true, ctx.cellWhere(t, r, l1w)).orElse(prevL1w);
            prevL1w = l1Weight;
            Value l2Weight = l2w >= 0 ? Values.parse(t.text(r, l2w), "分", true, ctx.cellWhere(t, r, l2w)).orElse(null) : null;
            String code = h.has("code") ? t.text(r, h.column("code")).strip() : "";
            String name = rawName;
            Matcher cp = CODE_PREFIX.matcher(rawName);
            if (code.isEmpty() && cp.matches()) {
                code = cp.group(1);
                name = cp.group(2).strip();
            }
            Value rate = h.has("rate") ? Values.parse(t.text(r, h.column("rate")), "%", false, ctx.cellWhere(t, r, h.column("rate"))).orElse(null) : null;
            out.add(new Row(t, r, code, l1Name, level2, name, weight, score, rate, text(t, r, h, "criteria"),
                    text(t, r, h, "explanation"), l1Weight, l2Weight, text(t, r, h, "target"), text(t, r, h, "actual"),
                    ctx.cellWhere(t, r, nameCol)));
        }
        return out;
    }

    /** A row whose first cell says 合计/总分 and spans the name columns. */
    private static boolean isTotalRow(Table t, int r, int nameCol, List<String> totals) {
        String first = t.text(r, 0).strip();
        return first.length() <= 4 && Words.mentions(first, totals) && t.text(r, nameCol).strip().equals(first);
    }

    /** On a total row, the last number in the row when the score column is empty or shifted. */
    private static Optional<Value> totalScoreAnywhere(Context ctx, Table t, int r, int scoreCol) {
        Value found = null;
        for (int c = Math.max(0, scoreCol - 1); c < t.columnCount(); c++) {
            Optional<Value> v = Values.parse(t.text(r, c), "分", true, ctx.cellWhere(t, r, c));
            if (v.isPresent()) found = v.get();
        }
        return Optional.ofNullable(found);
    }

    private static String text(Table t, int r, HeaderMatch h, String field) {
        return h.has(field) ? t.text(r, h.column(field)).strip() : "";
    }

    /** Pairs sheet rows with rows of the other tables and builds the indicators. */
    private static List<Indicator> merge(List<Row> sheet, List<Row> others) {
        if (sheet.isEmpty()) {
            sheet = others;
            others = List.of();
        }
        int[] pair = new int[sheet.size()];
        java.util.Arrays.fill(pair, -1);
        boolean[] taken = new boolean[others.size()];
        // 1. same code or same name
        for (int i = 0; i < sheet.size(); i++) {
            for (int j = 0; j < others.size(); j++) {
                if (taken[j]) continue;
                Row a = sheet.get(i), b = others.get(j);
                boolean same = !a.code().isEmpty() && a.code().equalsIgnoreCase(b.code())
                        || Words.clean(a.name()).equals(Words.clean(b.name()));
                if (same) {
                    pair[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        // 2. word overlap, best first
        for (double threshold : new double[]{0.5, 0.3}) {
            for (int i = 0; i < sheet.size(); i++) {
                if (pair[i] >= 0) continue;
                int best = -1;
                double bestScore = threshold;
                for (int j = 0; j < others.size(); j++) {
                    if (taken[j] || !inOrder(pair, i, j)) continue;
                    double s = Words.overlap(sheet.get(i).name(), others.get(j).name());
                    if (s >= bestScore) {
                        bestScore = s;
                        best = j;
                    }
                }
                if (best >= 0) {
                    pair[i] = best;
                    taken[best] = true;
                }
            }
        }
        // 3. by position: a lone unmatched row between two matched neighbours
        for (int i = 0; i < sheet.size(); i++) {
            if (pair[i] >= 0) continue;
            int prev = i > 0 ? pair[i - 1] : -1;
            int next = i + 1 < sheet.size() ? pair[i + 1] : others.size();
            if (i > 0 && prev < 0 || next < 0) continue;
            int j = prev + 1;
            if (j < others.size() && !taken[j] && j + 1 == next) {
                pair[i] = j;
                taken[j] = true;
            }
        }
        List<Indicator> out = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            Row a = sheet.get(i);
            List<IndicatorStatement> st = new ArrayList<>();
            String code = a.code();
            if (pair[i] >= 0) {
                Row b = others.get(pair[i]);
                if (code.isEmpty()) code = b.code();
                st.add(new IndicatorStatement(b.table().id(), b.name(), b.weight(), b.score(), b.rate(), b.where()));
            }
            out.add(new Indicator(code, a.level1(), a.level2(), a.name(), a.weight(), a.score(), a.criteria(),
                    a.explanation(), st, a.level1Weight(), a.level2Weight(), a.target(), a.actual(), a.where()));
        }
        return out;
    }

    /** True when pairing sheet row i with other row j keeps the matched pairs in order. */
    private static boolean inOrder(int[] pair, int i, int j) {
        for (int k = 0; k < pair.length; k++) {
            if (pair[k] < 0) continue;
            if (k < i && pair[k] > j || k > i && pair[k] < j) return false;
        }
        return true;
    }
}
