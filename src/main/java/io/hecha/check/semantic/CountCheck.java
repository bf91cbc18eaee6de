package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.FindingBuilder;
import io.hecha.check.text.Sentence;
import io.hecha.check.text.Sentences;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Document;
import io.hecha.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts announced in text against what is listed: "二级指标18个：A、B、…" against the names listed
 * after it; "共有3个二级指标、4个三级指标，具体得分情况见表12" against the distinct 二级 names and the
 * indicator rows of that table; "三级指标33个" against the full score sheet. Mismatches are warnings.
 */
public final class CountCheck implements Check {
    public static final String RULE = "text.count";
    private static final String N = "(\\d+|[一二三四五六七八九十两]+)";
    private static final Pattern LISTED = Pattern.compile("(二级指标|三级指标|一级指标)" + N + "个[：:]([^。；]+)");
    private static final Pattern BEFORE = Pattern.compile(N + "个(二级指标|三级指标|一级指标)");
    private static final Pattern AFTER = Pattern.compile("(二级指标|三级指标|一级指标)" + N + "个");
    private static final Pattern SEE_TABLE = Pattern.compile("见(表\\d+)");

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Finding> out = new ArrayList<>();
        List<ScoreTable> tables = ScoreTable.of(in);
        ScoreTable sheet = null;
        for (ScoreTable t : tables) if (sheet == null || t.indicatorRows().size() > sheet.indicatorRows().size()) sheet = t;
        Map<ScoreTable, Map<String, Integer>> cache = new java.util.HashMap<>();
        for (Sentence s : Sentences.of(in)) {
            if (!s.location().table().isEmpty()) continue;
            String text = s.text();
            if (!text.contains("指标")) continue;
            Matcher l = LISTED.matcher(text);
            while (l.find()) {
                int announced = number(l.group(2));
                String list = l.group(3);
                int cut = list.indexOf('，');
                if (cut >= 0) list = list.substring(0, cut);
                String[] items = list.split("、");
                if (items.length >= 2 && announced > 0 && items.length != announced) {
                    out.add(warning(s, l.group(1), l.group(2), items.length, "所列名称"));
                }
            }
            Matcher see = SEE_TABLE.matcher(text);
            ScoreTable ref = null;
            if (see.find()) {
                String id = see.group(1);
                for (ScoreTable t : tables) if (t.v.table().id().equals(id)) ref = t;
            }
            boolean local = ref != null;
            ScoreTable target = local ? ref : sheet;
            if (target == null || !local && (target.level2 < 0 || target.name < 0 || target.name == target.level1)) continue;
            final ScoreTable tt = target;
            Map<String, Integer> counts = cache.computeIfAbsent(target, k -> Map.of("二级指标", level2Count(tt), "三级指标", tt.indicatorRows().size()));
            for (Pattern p : new Pattern[]{BEFORE, AFTER}) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    boolean before = p == BEFORE;
                    String kind = before ? m.group(2) : m.group(1), num = before ? m.group(1) : m.group(2);
                    if (!before && text.startsWith("：", m.end()) || !before && text.startsWith(":", m.end())) continue;
                    Integer actual = counts.get(kind);
                    if (actual == null || actual <= 0) continue;
                    if (!local && !text.contains("共") && !text.contains("设") && !text.contains("指标体系")) continue;
                    if (number(num) != actual) out.add(warning(s, kind, num, actual, target.v.table().id()));
                }
            }
        }
        return out;
    }

    private static int level2Count(ScoreTable t) {
        int col = t.level2;
        if (col < 0) return -1;
        Set<String> names = new LinkedHashSet<>();
        for (int r : t.indicatorRows()) {
            String n = t.text(r, col);
            if (!n.isEmpty()) names.add(n);
        }
        return names.size();
    }

    private static int number(String s) {
        if (s.matches("\\d+")) return Integer.parseInt(s);
        return ChineseNumerals.parse(s).map(Long::intValue).orElse(-1);
    }

    private static Finding warning(Sentence s, String kind, String announced, int actual, String where) {
        return new FindingBuilder(RULE).severity(Severity.WARNING).location(s.location()).evidence(s.evidence())
                .value(announced).value(String.valueOf(actual)).expected(String.valueOf(actual)).actual(announced)
                .message("文中称" + kind + announced + "个，而" + where + "中有" + actual + "个。").build();
    }
}
