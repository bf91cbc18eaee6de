package io.hecha.interpret.score;

import io.hecha.text.Spaces;
import io.hecha.interpret.TypedTable;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.score.ScoreSheet.Cell;
import io.hecha.interpret.score.ScoreSheet.Indicator;
import io.hecha.interpret.text.TextFact;
import io.hecha.interpret.text.TextFacts;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.text.DisplayedNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds score sheets in typed tables by their header rows, wherever they stand in a table (a
 * self-evaluation form puts the indicator header in its middle): a row naming an indicator column
 * (一级/二级/三级指标), a weight column (分值, 权重) and a score column (得分) heads an indicator block,
 * which runs to its 总分 row; a row naming two budget columns (年初预算数, 全年预算数, 全年执行数) and a
 * rate or score column heads a 项目资金 block, whose first row is its total (年度资金总额) and the next its
 * parts (其中…). Every header word comes from the vocabulary. A header row repeated at a page break is
 * skipped and an indicator met twice is counted once.
 * <p>An indicator whose 得分 cell is empty beside its 分值 (a sheet cut at a page break) has no known score:
 * the sheet's 总分 is then no known sum of its indicators and is not checked against them, unless the
 * text states that indicator's score (a 得分 in a sentence that names the indicator, by its name, its code,
 * or its 二级指标 when that holds it alone, nearest before the number): then the text's value fills the cell,
 * as a fact located at its sentence.
 */
public final class ScoreSheets {
    private static final Pattern BRACKETS_AND_SPACES = Pattern.compile("[\\s（(][^）)]*[)）]|\\s");
    /** What the sheets found, and their cells as facts for the relation rules. */
    public record Reading(List<ScoreSheet> sheets, List<Stated> facts, Set<Long> cells) {
        public Reading {
            sheets = List.copyOf(sheets);
            facts = List.copyOf(facts);
            cells = Set.copyOf(cells);
        }
    }

    private ScoreSheets() {
    }

    /** Reads every table; the facts are numbered from {@code firstId}. An empty 得分 cell stays unknown. */
    public static Reading read(List<TypedTable> tables, Vocabulary v, int firstId) {
        return read(tables, v, firstId, null);
    }

    /**
     * Reads every table; the facts are numbered from {@code firstId}; an empty 得分 cell is filled from
     * the text's statement of that indicator's score ({@code text} null: none).
     */
    public static Reading read(List<TypedTable> tables, Vocabulary v, int firstId, TextFacts.Reading text) {
        List<ScoreSheet> sheets = new ArrayList<>();
        List<Stated> facts = new ArrayList<>();
        Set<Long> cells = new HashSet<>();
        TextScores scores = new TextScores(text, v);
        for (TypedTable t : tables) new TableReader(t, v, firstId, sheets, facts, cells, scores).read();
        return new Reading(sheets, facts, cells);
    }

    /** The key of a cell in {@link Reading#cells()}. */
    public static long cellKey(int table, int row, int column) {
        return ((long) table << 40) | ((long) row << 20) | column;
    }

    private static final class TableReader {
        private final TypedTable t;
        private final Vocabulary v;
        private final int firstId;
        private final List<ScoreSheet> sheets;
        private final List<Stated> facts;
        private final Set<Long> cells;
        private final String project;
        // the indicator block being read
        private Map<String, Integer> ind;
        private String indHeader;
        private final List<Indicator> indicators = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Stated> pending = new ArrayList<>();
        private final TextScores scores;
        /** Indicators of the block being read whose 得分 cell is empty beside a 分值. */
        private final List<Indicator> unknown = new ArrayList<>();
        // the funding block
        private Map<String, Integer> fund;
        private int fundTotal = -1;
        private Indicator funding;
        private final List<Stated> fundingScore = new ArrayList<>();
        private String fundUnit = "";

        TableReader(TypedTable t, Vocabulary v, int firstId, List<ScoreSheet> sheets, List<Stated> facts, Set<Long> cells,
                     TextScores scores) {
            this.t = t;
            this.scores = scores;
            this.v = v;
            this.firstId = firstId;
            this.sheets = sheets;
            this.facts = facts;
            this.cells = cells;
            this.project = project();
        }

        void read() {
            for (int r = 0; r < t.rowCount(); r++) {
                Map<String, Integer> h = indicatorHeader(r);
                if (h != null) {
                    String texts = rowText(r);
                    if (ind == null || !texts.equals(indHeader)) {
                        if (ind != null) close(-1);
                        ind = h;
                        indHeader = texts;
                    }
                    fund = null;
                    continue;
                }
                Map<String, Integer> f = fundingHeader(r);
                if (f != null) {
                    fund = f;
                    fundTotal = -1;
                    fundUnit = unitOf(r);
                    continue;
                }
                if (fund != null && ind == null) {
                    if (!fundingRow(r)) fund = null;
                    continue;
                }
                if (ind != null) {
                    if (totalRow(r)) close(r);
                    else indicatorRow(r);
                }
            }
            if (ind != null) close(-1);
        }

        /** The 项目名称 the form states: the first text right of a 项目名称 cell. */
        private String project() {
            for (int r = 0; r < Math.min(4, t.rowCount()); r++) {
                for (int c = 0; c + 1 < t.columnCount(); c++) {
                    if (!Spaces.without(t.text(r, c)).equals("项目名称")) continue;
                    for (int k = c + 1; k < t.columnCount(); k++) {
                        String x = t.text(r, k).strip();
                        if (!x.isEmpty() && !x.equals(t.text(r, c).strip())) return x;
                    }
                }
            }
            return "";
        }

        private String rowText(int r) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < t.columnCount(); c++) b.append(Spaces.without(t.text(r, c))).append('|');
            return b.toString();
        }

        private String concept(String header, String kind) {
            String h = Spaces.without(header);
            if (h.isEmpty() || h.length() > 16) return "";
            return v.conceptOfHeader(h, kind).map(n -> n.concept().name()).orElse("");
        }

        /** Role → first column, when the row heads an indicator block (a name, a weight and a score column). */
        private Map<String, Integer> indicatorHeader(int r) {
            Map<String, Integer> roles = new LinkedHashMap<>();
            Map<String, Integer> loose = new LinkedHashMap<>();
            List<Integer> weights = new ArrayList<>();
            String prev = null;
            for (int c = 0; c < t.columnCount(); c++) {
                String x = t.text(r, c);
                if (x.equals(prev)) continue;          // a merged header cell: its first column
                prev = x;
                if (t.number(r, c) != null) return null;
                String text = concept(x, Vocabulary.TEXT);
                if (!text.isEmpty()) {
                    // a header that is exactly one of the words wins over one that only ends with it (绩效指标 | 三级指标)
                    if (exactly(x, text)) roles.putIfAbsent(text, c);
                    else loose.putIfAbsent(text, c);
                    continue;
                }
                String score = concept(x, "分");
                if (v.isA(score, "分值")) weights.add(c);
                else if (v.isA(score, "得分")) roles.putIfAbsent("得分", c);
            }
            loose.forEach(roles::putIfAbsent);
            if (!roles.containsKey("得分") && weights.size() > 1) {
                roles.put("得分", weights.get(1));   // 权重 | 分值: weight | score
                weights = weights.subList(0, 1);
            }
            if (!weights.isEmpty()) {
                // 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: the indicator's weight follows its name
                int name = roles.getOrDefault("三级指标", roles.getOrDefault("二级指标", roles.getOrDefault("一级指标", -1)));
                int w = weights.get(weights.size() - 1);
                for (int c : weights) if (c > name) { w = c; break; }
                roles.put("分值", w);
            }
            boolean named = roles.containsKey("三级指标") || roles.containsKey("二级指标") || roles.containsKey("一级指标");
            return named && roles.containsKey("分值") && roles.containsKey("得分") ? roles : null;
        }

        private boolean exactly(String header, String concept) {
            String h = BRACKETS_AND_SPACES.matcher(header).replaceAll("");
            return v.concepts().get(concept).words().contains(h);
        }

        /** Concept → column, when the row heads a 项目资金 block. */
        private Map<String, Integer> fundingHeader(int r) {
            Map<String, Integer> cols = new LinkedHashMap<>();
            int money = 0;
            String prev = null;
            for (int c = 0; c < t.columnCount(); c++) {
                String x = t.text(r, c);
                if (x.equals(prev)) continue;
                prev = x;
                if (t.number(r, c) != null) return null;
                String m = concept(x, "");
                if (!m.isEmpty() && (v.isA(m, "预算数") || v.isA(m, "执行数")) && cols.putIfAbsent(m, c) == null) money++;
                String rate = concept(x, "%");
                if (v.isA(rate, "预算执行率")) cols.putIfAbsent(rate, c);
                String s = concept(x, "分");
                if (!s.isEmpty()) cols.putIfAbsent(v.isA(s, "得分") ? "得分" : v.isA(s, "分值") ? "分值" : s, c);
            }
            return money >= 2 && (cols.containsKey("预算执行率") || cols.containsKey("得分")) ? cols : null;
        }

        /** A row of the 项目资金 block: its total (the first) or a part; false when the block has ended. */
        private boolean fundingRow(int r) {
            boolean any = false;
            for (Map.Entry<String, Integer> e : fund.entrySet()) {
                if ((v.isA(e.getKey(), "预算数") || v.isA(e.getKey(), "执行数")) && t.number(r, e.getValue()) != null) any = true;
            }
            if (!any) return false;
            String label = label(r, fund.values().stream().min(Integer::compare).orElse(0));
            boolean total = fundTotal < 0;
            if (total && !concept(label, Vocabulary.TEXT).equals("资金总额")) return false;   // a form's block opens with its total
            if (total) fundTotal = r;
            if (fundUnit.isEmpty()) fundUnit = unitOf(r);
            for (int c = 0; c < t.columnCount(); c++) cells.add(cellKey(t.index(), r, c));   // placeholders included
            for (Map.Entry<String, Integer> e : fund.entrySet()) {
                String concept = e.getKey();
                boolean money = v.isA(concept, "预算数") || v.isA(concept, "执行数");
                if (!total && !money) continue;     // a part's 分值/执行率/得分 are placeholders ("--", 0.0%)
                Stated s = fact(r, e.getValue(), concept, label, total ? -1 : fundTotal, total);
                if (s == null) continue;
                if (total && (concept.equals("分值") || concept.equals("得分"))) fundingScore.add(s);
            }
            if (total && fund.containsKey("分值") && fund.containsKey("得分")) {
                funding = new Indicator("", "", "预算执行率", "", cell(r, fund.get("分值")), cell(r, fund.get("得分")), r, "");
            }
            return true;
        }

        private String label(int r, int before) {
            for (int c = 0; c < before; c++) {
                String x = t.text(r, c).strip();
                if (!x.isEmpty() && t.number(r, c) == null && !x.matches("项目资金.*")) return x.replaceAll("[：:]$", "");
            }
            return t.text(r, 0).strip();
        }

        private Cell cell(int r, int c) {
            DisplayedNumber n = t.number(r, c);
            return n == null ? null : new Cell(r, c, n);
        }

        private boolean totalRow(int r) {
            for (int c = 0; c < t.columnCount(); c++) {
                String x = Spaces.without(t.text(r, c));
                if (!x.isEmpty() && x.length() <= 5 && concept(x, Vocabulary.TEXT).equals("总分")) return true;
            }
            return false;
        }

        private void indicatorRow(int r) {
            Cell w = cell(r, ind.get("分值"));
            if (w == null) return;
            for (int c = 0; c < t.columnCount(); c++) cells.add(cellKey(t.index(), r, c));   // the sheet reads this row
            String l1 = text(r, "一级指标"), l2 = text(r, "二级指标"), name = text(r, "三级指标"), code = text(r, "指标代码");
            String key = code.isEmpty() ? l1 + "|" + l2 + "|" + name : code;
            if (!seen.add(key)) return;         // the same indicator again (a repeated part of the sheet)
            String subject = name.isEmpty() ? (l2.isEmpty() ? l1 : l2) : name;
            Indicator indicator = new Indicator(l1, l2, name, code, w, cell(r, ind.get("得分")), r, text(r, "扣分说明"));
            indicators.add(indicator);
            if (indicator.score() == null && t.text(r, ind.get("得分")).strip().isEmpty()) unknown.add(indicator);
            for (String role : List.of("分值", "得分")) {
                Stated s = fact(r, ind.get(role), role, subject, -2, false);
                if (s != null) pending.add(s);
            }
        }

        private String text(int r, String role) {
            Integer c = ind.get(role);
            return c == null ? "" : t.text(r, c).strip();
        }

        /** Ends the indicator block at its 总分 row ({@code total}, -1 when it has none) and records the sheet. */
        private void close(int total) {
            Cell tw = null, ts = null;
            if (total >= 0) {
                for (int c = 0; c < t.columnCount(); c++) cells.add(cellKey(t.index(), total, c));
                tw = cell(total, ind.get("分值"));
                ts = cell(total, ind.get("得分"));
                fact(total, ind.get("分值"), "分值", "总分", -1, true);
                fact(total, ind.get("得分"), "得分", "总分", -1, true);
            }
            boolean scoresKnown = true;
            for (Indicator i : unknown) {
                TextFact said = scores.of(i, indicators);
                if (said == null) scoresKnown = false;
                else pending.add(filled(i, said));
            }
            List<Stated> parts = new ArrayList<>(pending);
            parts.addAll(fundingScore);
            for (Stated s : parts) {
                Stated.Place p = s.place();
                int partOf = scoresKnown || !s.concept().equals("得分") ? total : -1;   // a sum over an unknown score is unknown
                Stated moved = new Stated(s.id(), s.concept(), s.subject(), s.period(), s.unit(), s.interval(), s.printed(),
                        s.shown(), s.decimals(), s.exact(), s.label(),
                        new Stated.Place(p.sentence(), p.paragraph(), p.section(), p.table(), p.row(), p.column(), p.total(), partOf),
                        s.of(), s.base());
                facts.set(s.id() - firstId, moved);
            }
            if (!indicators.isEmpty()) {
                sheets.add(new ScoreSheet(t.index(), project, indicators, total, tw, ts, funding));
            }
            indicators.clear();
            unknown.clear();
            seen.clear();
            pending.clear();
            fundingScore.clear();
            funding = null;
            ind = null;
            indHeader = null;
        }

        /**
         * The fact of an empty 得分 cell filled with the score a sentence states for its indicator: it stands
         * in the cell's row and column (a part of the sheet's total) and in the sentence it came from.
         */
        private Stated filled(Indicator i, TextFact said) {
            int c = ind.get("得分");
            String subject = i.name().isEmpty() ? (i.level2().isEmpty() ? i.level1() : i.level2()) : i.name();
            var s = said.sentence();
            Stated.Place place = new Stated.Place(s.index(), s.paragraph(), t.table().sectionPath(), t.index(), i.row(), c, false, -2);
            Stated f = new Stated(firstId + facts.size(), "得分", subject, "", "分", io.hecha.interpret.Interval.exact(said.shown().value()),
                    said.shown().printed() + "分", said.shown().printed(), said.shown().decimals(), true,
                    subject + " 得分（据正文）", place, -1, null);
            facts.add(f);
            return f;
        }

        private Stated fact(int r, Integer c, String concept, String subject, int partOf, boolean total) {
            if (c == null) return null;
            DisplayedNumber n = t.number(r, c);
            if (n == null) return null;
            String unit = n.percent() || v.concepts().containsKey(concept) && "%".equals(v.concepts().get(concept).unit()) ? "%"
                    : v.isA(concept, "分值") || v.isA(concept, "得分") ? "分" : fundUnit;
            boolean exact = unit.equals("分");
            var interval = exact ? io.hecha.interpret.Interval.exact(n.value()) : io.hecha.interpret.Interval.of(n);
            Stated.Place place = new Stated.Place(-1, -1, t.table().sectionPath(), t.index(), r, c, total, partOf);
            String printed = n.printed() + (unit.endsWith("元") || unit.equals("分") ? unit : "");
            Stated s = new Stated(firstId + facts.size(), concept, subject, "", unit, interval, printed, n.printed(),
                    n.decimals(), exact, subject + " " + t.text(Math.max(0, r), c), place, -1, null);
            facts.add(s);
            cells.add(cellKey(t.index(), r, c));
            return s;
        }

        /** The money unit a form states for its funding block ("项目资金（万元）") in a row, else "". */
        private String unitOf(int r) {
            for (int k = 0; k < t.columnCount(); k++) {
                var m = java.util.regex.Pattern.compile("[（(](万元|元|亿元)[)）]").matcher(t.text(r, k));
                if (m.find()) return m.group(1);
            }
            return "";
        }
    }
}
