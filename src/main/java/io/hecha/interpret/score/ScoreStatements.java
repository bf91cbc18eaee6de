package io.hecha.interpret.score;

import io.hecha.text.Spaces;
import io.hecha.interpret.Interval;
import io.hecha.interpret.Verdict;
import io.hecha.interpret.relation.CheckedRelation;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.score.ScoreSheet.Indicator;
import io.hecha.interpret.text.TextFact;
import io.hecha.interpret.text.TextFacts;
import io.hecha.interpret.text.TextSentence;
import io.hecha.model.Diagnostic.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the text states, against the score sheets: the overall score ("项目总体评价得X分", "综合得分X分",
 * "项目自评得分为X分") is the sheet's 总分 and every statement of it agrees; a dimension's score ("其中决策X分、
 * 过程Y分", "该指标分值20分，得分17.90分" under a 决策 heading, "决策指标共15分，评价得分X分") is the sum of
 * that dimension's indicators. A methodology sentence ("…分值分别为15分、35分…，总分100分", "满分为100分")
 * states maxima, never an achieved score. A form's statement is matched to its sheet by the 项目名称.
 */
public final class ScoreStatements {
    private static final Pattern THIS_ONE = Pattern.compile(".*(该指标|该项指标|该部分|该维度|本部分|此项).*");
    public static final String RESTATED = "score.restated";
    public static final String DIMENSION = "score.dimension";
    /** What a sentence stating a score is about. */
    public enum Kind { OVERALL, DIMENSION, METHOD, OTHER }

    private static final Pattern METHOD = Pattern.compile("满分|总分值|分值分别|权重分别|分别为.{0,20}分.{0,10}(?:总分|满分)|总分为?100分|设置.{0,10}指标"
            + "|分?[（(]含[)）]|以上为|以下为|分为[“\"]?(?:优|良|中|差|合格)");
    private static final Pattern OVERALL = Pattern.compile("总体|综合|整体|总得分|最终|总分为?|自评得分|评价得分|绩效得分|项目得分|合计得分");
    private static final List<String> DEFAULT_DIMENSIONS = List.of("决策", "过程", "产出", "效益", "效果", "投入", "满意度");
    private static final Pattern LEVEL_NAME = Pattern.compile("[（(][^）)]*[)）]|指标$|类指标$|方面$|情况$");

    private ScoreStatements() {
    }

    /**
     * What a score stated in a sentence is about: the whole report, a dimension (named in its
     * clause, or in the heading of its section), the methodology (maxima), or something else.
     *
     * @param sentence   the sentence
     * @param before     the sentence up to the number
     * @param section    the section path of the sentence
     * @param dimensions the dimension names (the sheets' 一级指标)
     */
    public static Kind kind(String sentence, String before, String section, Set<String> dimensions) {
        if (METHOD.matcher(sentence).find()) return Kind.METHOD;
        if (dimension(before, section, dimensions) != null) return Kind.DIMENSION;
        return OVERALL.matcher(before).find() ? Kind.OVERALL : Kind.OTHER;
    }

    /** The dimension a score is stated for: named in the sentence before it, else by its section's heading; or null. */
    static String dimension(String before, String section, Set<String> dimensions) {
        String clause = before;
        String found = null;
        int at = -1;
        for (String d : dimensions) {
            int i = clause.lastIndexOf(d);
            if (i > at) {
                at = i;
                found = d;
            }
        }
        if (found != null) return found;
        String heading = section.contains(">") ? section.substring(section.lastIndexOf('>') + 1) : section;
        if (!THIS_ONE.matcher(before).matches()) return null;
        for (String d : dimensions) if (heading.contains(d)) return d;
        return null;
    }

    /** The dimension names of the sheets (their 一级指标 without 指标/（15分）), else the usual four or more. */
    public static Set<String> dimensions(List<ScoreSheet> sheets) {
        Set<String> out = new LinkedHashSet<>();
        for (ScoreSheet s : sheets) {
            for (Indicator i : s.indicators()) {
                String n = LEVEL_NAME.matcher(Spaces.without(i.level1())).replaceAll("");
                if (n.length() >= 2 && n.length() <= 6) out.add(n);
            }
        }
        if (out.isEmpty()) out.addAll(DEFAULT_DIMENSIONS);
        return out;
    }

    /**
     * The relations between the text's scores and the sheets.
     *
     * @param reading the text
     * @param stated  every fact given to the relation rules (the text facts first, same ids)
     * @param sheets  the score sheets
     * @param cells   the sheets' cells as facts, by {@link ScoreSheets#cellKey}
     */
    public static List<CheckedRelation> evaluate(TextFacts.Reading reading, List<Stated> stated, List<ScoreSheet> sheets,
                                                 Map<Long, Stated> cells) {
        List<CheckedRelation> out = new ArrayList<>();
        Set<String> dims = dimensions(sheets);
        List<Stated> overall = new ArrayList<>();
        Map<Stated, ScoreSheet> sheetOf = new HashMap<>();
        for (TextFact f : reading.facts()) {
            if (!f.unit().equals("分")) continue;
            TextSentence s = f.sentence();
            String before = s.text().substring(0, f.start());
            Kind k = kind(s.text(), before, s.sectionPath(), dims);
            Stated claim = stated.get(f.index());
            if (k == Kind.OVERALL && f.concept().equals("得分")) {
                overall.add(claim);
                ScoreSheet sheet = sheetFor(sheets, reading, s);
                if (sheet != null) sheetOf.put(claim, sheet);
            } else if (k == Kind.DIMENSION && (f.concept().equals("得分") || f.concept().equals("分值") || f.concept().isEmpty())) {
                String d = dimension(before, s.sectionPath(), dims);
                ScoreSheet sheet = sheetFor(sheets, reading, s);
                boolean weight = f.concept().equals("分值") || f.concept().isEmpty() && before.matches(".*(分值|权重|共|满分).{0,6}$");
                if (sheet != null && d != null && !(f.concept().isEmpty() && !dimensionListItem(f))) {
                    CheckedRelation r = dimension(claim, sheet, d, weight, cells);
                    if (r != null) out.add(r);
                }
            }
        }
        for (Stated o : overall) {
            ScoreSheet sheet = sheetOf.get(o);
            if (sheet == null || sheet.totalScore() == null) continue;
            Stated total = cells.get(ScoreSheets.cellKey(sheet.table(), sheet.totalScore().row(), sheet.totalScore().column()));
            if (total == null) continue;
            out.add(compare(RESTATED, "总得分 = 评分表总分", o, List.of(total), total.interval()));
        }
        // every statement of the overall score about the same sheet agrees (the first is the reference)
        Map<Object, Stated> firstBySheet = new LinkedHashMap<>();
        for (Stated o : overall) {
            Object key = sheetOf.containsKey(o) ? sheetOf.get(o) : "";
            Stated first = firstBySheet.putIfAbsent(key, o);
            if (first != null && !(sheetOf.get(o) != null && sheetOf.get(o).totalScore() != null)) {
                out.add(compare(RESTATED, "总得分各处应一致", o, List.of(first), first.interval()));
            }
        }
        return out;
    }

    /** A score in a list of dimensions ("其中决策18分、过程30分"): its label names nothing but the dimension. */
    private static boolean dimensionListItem(TextFact f) {
        return f.label().replaceAll("其中|[：:，,、和及与\\s]|指标|方面|部分|得分?|为", "").length() <= 4;
    }

    /** The sheet a sentence is about: the only one, else the form whose 项目名称 its paragraph names. */
    private static ScoreSheet sheetFor(List<ScoreSheet> sheets, TextFacts.Reading reading, TextSentence s) {
        List<ScoreSheet> main = new ArrayList<>();
        for (ScoreSheet x : sheets) if (x.totalRow() >= 0) main.add(x);
        if (main.isEmpty()) return null;
        String paragraph = paragraphText(reading, s);
        ScoreSheet named = null;
        for (ScoreSheet x : main) {
            if (!x.project().isEmpty() && paragraph.contains(x.project())) {
                if (named != null && named != x) return null;
                named = x;
            }
        }
        if (named != null) return named;
        if (main.stream().anyMatch(x -> !x.project().isEmpty())) return null;   // forms, none named here
        ScoreSheet biggest = null;
        for (ScoreSheet x : main) if (biggest == null || x.indicators().size() > biggest.indicators().size()) biggest = x;
        return biggest;
    }

    private static String paragraphText(TextFacts.Reading reading, TextSentence s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.index(); i >= 0 && reading.sentences().get(i).paragraph() == s.paragraph(); i--) b.insert(0, reading.sentences().get(i).text());
        return b.toString();
    }

    private static CheckedRelation dimension(Stated claim, ScoreSheet sheet, String d, boolean weight, Map<Long, Stated> cells) {
        List<Stated> parts = new ArrayList<>();
        Interval sum = Interval.exact(BigDecimal.ZERO);
        for (Indicator i : sheet.indicators()) {
            if (!i.level1().contains(d)) continue;
            ScoreSheet.Cell c = weight ? i.weight() : i.score();
            if (c == null) return null;
            Stated s = cells.get(ScoreSheets.cellKey(sheet.table(), c.row(), c.column()));
            if (s == null) return null;
            parts.add(s);
            sum = sum.add(s.interval());
        }
        if (parts.isEmpty()) return null;
        return compare(DIMENSION, d + (weight ? "分值" : "得分") + " = sum(" + d + "下各指标" + (weight ? "分值" : "得分") + ")", claim, parts, sum);
    }

    private static CheckedRelation compare(String rule, String formula, Stated claim, List<Stated> operands, Interval computed) {
        Interval claimed = claim.interval();
        Severity v = Verdict.of(computed, claimed, claim.value(), claim.decimals());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < operands.size(); i++) names.add(operands.size() == 1 ? "评分表" : "指标");
        return new CheckedRelation(rule, formula, claim, operands, names, computed, v, "text-table");
    }
}
