package io.hecha.extract;

import io.hecha.model.Location;
import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.Mapping.ColumnSpec;
import io.hecha.extract.mapping.Mapping.TableSpec;
import io.hecha.extract.mapping.Mapping.TextRowSpec;
import io.hecha.extract.mapping.Placeholders;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.text.ChineseNumbering;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amount tables a mapping names ({@code budget}, {@code fixedAssets}, …) into labelled rows.
 * Each table goes to the spec it answers best (columns found, plus caption and heading words); a
 * table may serve one spec only, and tables already read as score sheets are skipped. Rows stated
 * again in the text ({@code textRows}) are added with {@code where.kind = text}.
 */
final class AmountTables {
    private static final Pattern ONLY_NUMBERING = Pattern.compile("^[0-9０-９]+$");

    private AmountTables() {
    }

    static Map<String, List<LabeledRow>> read(Context ctx, Mapping m, Set<Table> skip) {
        Map<String, List<LabeledRow>> out = new LinkedHashMap<>();
        for (String key : m.tables().keySet()) out.put(key, new ArrayList<>());
        Map<Table, String> assigned = new IdentityHashMap<>();
        Map<Table, HeaderMatch> headers = new IdentityHashMap<>();
        for (Table t : ctx.doc.tables()) {
            double bestScore = 0;
            for (var e : m.tables().entrySet()) {
                TableSpec spec = e.getValue();
                // a table read as a score sheet may still hold an amount block (a form): ask for more
                int min = skip.contains(t) ? Math.max(3, spec.minColumns()) : spec.minColumns();
                Optional<HeaderMatch> h = HeaderMatch.find(ctx, t, spec.columns(), min);
                if (h.isEmpty()) continue;
                double score = h.get().columns().size();
                if (!spec.label().isEmpty() && labelFound(t, h.get(), spec)) score += 1;
                if (!spec.caption().isEmpty() && Words.mentions(t.caption(), spec.caption())) score += 3;
                if (!spec.headings().isEmpty() && Words.mentions(t.sectionPath(), spec.headings())) score += 1;
                if (score > bestScore) {
                    bestScore = score;
                    assigned.put(t, e.getKey());
                    headers.put(t, h.get());
                }
            }
        }
        for (Table t : ctx.doc.tables()) {
            String key = assigned.get(t);
            if (key != null) out.get(key).addAll(rows(ctx, t, headers.get(t), m.tables().get(key)));
        }
        for (var e : m.tables().entrySet()) {
            for (TextRowSpec tr : e.getValue().textRows()) textRow(ctx, tr, e.getValue()).ifPresent(out.get(e.getKey())::add);
            if (out.get(e.getKey()).isEmpty()) {
                ctx.notFound("table " + e.getKey(), "a table with captions " + e.getValue().caption()
                        + " and at least " + e.getValue().minColumns() + " of the columns " + e.getValue().columns().keySet());
            }
        }
        return out;
    }

    private static boolean labelFound(Table t, HeaderMatch h, TableSpec spec) {
        for (int c = 0; c < t.columnCount(); c++) {
            if (Words.matchesAny(t.text(h.headerRow(), c), spec.label())) return true;
        }
        return false;
    }

    /** The data rows under the header. */
    static List<LabeledRow> rows(Context ctx, Table t, HeaderMatch h, TableSpec spec) {
        List<LabeledRow> rows = new ArrayList<>();
        int firstValueCol = h.columns().values().stream().min(Integer::compare).orElse(t.columnCount());
        int labelCol = -1;
        for (int c = 0; c < firstValueCol; c++) {
            if (Words.matchesAny(t.text(h.headerRow(), c), spec.label())) labelCol = c;
        }
        boolean form = h.headerRow() > 0 && h.headerRow() >= t.headerRows();
        String captionUnit = Values.unitIn(t.caption());
        List<int[]> ranks = new ArrayList<>();
        TreeSet<Integer> seenRanks = new TreeSet<>();
        seenRanks.remove(99);
        for (int r = h.headerRow() + 1; r < t.rowCount(); r++) {
            if (HeaderMatch.match(ctx, t, r, spec.columns()).columns().size() >= Math.max(2, spec.minColumns())) continue;
            int lc = labelCol >= 0 && !t.text(r, labelCol).equals(t.text(h.headerRow(), labelCol))
                    ? labelCol : labelColumn(t, r, h.headerRow(), firstValueCol);
            String label = lc < 0 ? "" : t.text(r, lc).strip();
            Map<String, Value> values = new LinkedHashMap<>();
            for (var e : h.columns().entrySet()) {
                if (e.getKey().equals("label")) continue;
                ColumnSpec cs = spec.columns().get(e.getKey());
                String unit = firstNonEmpty(h.units().get(e.getKey()), captionUnit, cs.unit(), spec.unit());
                Values.parse(t.text(r, e.getValue()), unit, false, ctx.cellWhere(t, r, e.getValue()))
                        .ifPresent(v -> values.put(e.getKey(), v));
            }
            boolean total = Words.mentions(label, spec.totals());
            boolean part = label.startsWith("其中");
            if (values.isEmpty()) {
                if (form && !rows.isEmpty() && !part && !total) break;
                continue;
            }
            int rank = ChineseNumbering.match(label).map(x -> x.kind().rank()).orElse(part ? 99 : 0);
            if (rank > 0 && rank != 99) seenRanks.add(rank);
            ranks.add(new int[]{rows.size(), rank});
            rows.add(new LabeledRow(label, 0, total, values, ctx.cellWhere(t, r, Math.max(lc, 0))));
        }
        // hierarchy: levels by the order of numbering kinds seen (1． → 0, （1） → 1); "其中" parts → 1
        List<Integer> order = new ArrayList<>(seenRanks);
        List<LabeledRow> leveled = new ArrayList<>(rows.size());
        boolean inParts = false;
        for (int[] ri : ranks) {
            LabeledRow row = rows.get(ri[0]);
            if (row.total()) inParts = false;
            if (ri[1] == 99) inParts = true;
            int level = ri[1] == 99 ? 1 : ri[1] == 0 ? (inParts ? 1 : 0) : order.indexOf(ri[1]);
            if (ri[1] == 99 && order.size() > 1) level = order.size() - 1;
            leveled.add(new LabeledRow(row.label(), Math.max(0, level), row.total(), row.values(), row.where()));
        }
        return leveled;
    }

    /** The rightmost non-empty, non-sequence-number cell left of the values. */
    private static int labelColumn(Table t, int r, int headerRow, int firstValueCol) {
        int fallback = -1;
        for (int c = firstValueCol - 1; c >= 0; c--) {
            String s = t.text(r, c).strip();
            if (s.isEmpty() || s.equals(t.text(headerRow, c).strip())) continue;
            if (ONLY_NUMBERING.matcher(s).matches()) {
                if (fallback < 0) fallback = c;
                continue;
            }
            return c;
        }
        return fallback;
    }

    private static String firstNonEmpty(String... s) {
        for (String x : s) if (x != null && !x.isEmpty()) return x;
        return "";
    }

    /** The first sentence stating a text row (the one matching most of its patterns). */
    private static Optional<LabeledRow> textRow(Context ctx, TextRowSpec tr, TableSpec spec) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        tr.values().forEach((k, p) -> patterns.put(k, Placeholders.compile(p)));
        LabeledRow best = null;
        for (Paragraph p : ctx.preferring(ctx.paragraphsUnder(tr.headings()))) {
            for (String sentence : Sentences.split(p.text())) {
                Map<String, Value> values = new LinkedHashMap<>();
                Location w = ctx.textWhere(p, sentence);
                for (var e : patterns.entrySet()) {
                    Matcher mm = e.getValue().matcher(sentence);
                    if (mm.find()) {
                        String unit = firstNonEmpty(unitAfter(sentence, mm.end("value")), spec.unit());
                        Values.ofMatch(mm.group("value"), unit, false, w).ifPresent(v -> values.put(e.getKey(), v));
                    }
                }
                if (!values.isEmpty() && (best == null || values.size() > best.values().size())) {
                    best = new LabeledRow(tr.label(), 0, Words.mentions(tr.label(), spec.totals()), values, w);
                    if (values.size() == patterns.size()) return Optional.of(best);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*(万元|亿元|元|%|％|分|家|个|人|项|次)");

    static String unitAfter(String s, int end) {
        Matcher m = UNIT_AFTER.matcher(s.substring(end));
        return m.find() ? m.group(1).replace('％', '%') : "";
    }
}
