package io.hecha.check.semantic;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.Finding.Evidence;
import io.hecha.check.FindingBuilder;
import io.hecha.check.text.Sentence;
import io.hecha.check.text.Sentences;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.extract.GradeBand;
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
 * The overall score and grade: every statement of the overall score (sentences that give a score
 * with its grade, 总分/综合得分 sentences, the 合计 row of the top-level score tables) agrees, and
 * each stated grade is the one the report's own bands give that score.
 */
public final class OverallScoreCheck implements Check {
    public static final String GRADE_RULE = "grade.band";
    public static final String RESTATED_RULE = "score.restated";
    private static final Pattern SCORE = Pattern.compile("(?:得分|总分|综合得分|评分)(?:为|是|达到)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern GRADE = Pattern.compile("(?:等级|评级|级别|属于|评定为|定为|结果为)(?:为|是)?\\s*[“\"「]?("
            + GradeBands.GRADES + ")[”\"」]?");
    private static final Pattern OVERALL_WORDS = Pattern.compile("总分|综合得分|总得分|综合评分|评价得分");

    /** A statement of the overall score. */
    private record Statement(DisplayedNumber score, Evidence evidence, String grade) {
    }

    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Document document = in.document();
        List<Sentence> sentences = Sentences.of(in);
        List<GradeBand> bands = extraction != null && extraction.report() != null && !extraction.report().gradeBands().isEmpty()
                ? extraction.report().gradeBands() : GradeBands.of(sentences);
        List<Statement> statements = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.location().table().isEmpty()) continue;
            Matcher sm = SCORE.matcher(s.text());
            if (!sm.find() || !GradeBands.parse(s.text()).isEmpty()) continue;
            Matcher gm = GRADE.matcher(s.text());
            boolean graded = gm.find() && gm.start() > sm.start();
            if (!graded && !(OVERALL_WORDS.matcher(s.text()).find() && s.text().indexOf("分值") < 0)) continue;
            if (!graded && !s.text().substring(0, sm.end()).matches(".*(总分|综合得分|总得分|综合评分|评价得分).*")) continue;
            DisplayedNumber n = DisplayedNumber.parse(sm.group(1)).orElse(null);
            if (n == null) continue;
            statements.add(new Statement(n, s.evidence(), graded ? gm.group(1) : null));
        }
        List<Finding> out = new ArrayList<>();
        for (Statement st : statements) {
            if (st.grade() == null) continue;
            String expected = GradeBands.gradeOf(bands, st.score().value());
            if (expected == null || GradeBands.normalize(expected).equals(GradeBands.normalize(st.grade()))) continue;
            out.add(new FindingBuilder(GRADE_RULE).location(st.evidence().location()).evidence(st.evidence())
                    .value(st.score().printed()).value(st.grade()).expected(expected).actual(st.grade())
                    .message("得分" + st.score().printed() + "分按报告的等级标准应为“" + expected + "”，而文中为“" + st.grade() + "”。")
                    .build());
        }
        // tables: the 合计/总分 row of the score tables whose weights add up to the most
        List<ScoreTable> tables = ScoreTable.of(in);
        BigDecimal maxWeight = null;
        for (ScoreTable t : tables) {
            int r = t.totalRow();
            if (r >= 0 && t.totalWeightOf(r) != null && (maxWeight == null || t.totalWeightOf(r).compareTo(maxWeight) > 0)) maxWeight = t.totalWeightOf(r);
        }
        for (ScoreTable t : tables) {
            int r = t.totalRow();
            if (r < 0 || maxWeight == null || t.totalWeightOf(r) == null || t.totalWeightOf(r).compareTo(maxWeight) != 0) continue;
            DisplayedNumber n = t.v.number(r, t.score);
            if (n != null) statements.add(new Statement(n, t.v.evidence(r, t.score), null));
        }
        if (statements.size() < 2) return out;
        Map<BigDecimal, List<Statement>> byValue = new LinkedHashMap<>();
        for (Statement s : statements) {
            BigDecimal key = s.score().value().stripTrailingZeros();
            byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        if (byValue.size() < 2) return out;
        BigDecimal majority = null;
        for (Map.Entry<BigDecimal, List<Statement>> e : byValue.entrySet()) {
            if (majority == null || e.getValue().size() > byValue.get(majority).size()) majority = e.getKey();
        }
        List<Statement> agreeing = byValue.get(majority);
        if (agreeing.size() * 2 <= statements.size()) majority = null;
        for (Map.Entry<BigDecimal, List<Statement>> e : byValue.entrySet()) {
            if (majority != null && e.getKey().equals(majority)) continue;
            for (Statement odd : e.getValue()) {
                FindingBuilder b = new FindingBuilder(RESTATED_RULE).location(odd.evidence().location()).evidence(odd.evidence())
                        .value(odd.score().printed()).actual(odd.score().printed());
                StringBuilder others = new StringBuilder();
                for (Statement s : statements) {
                    if (s == odd) continue;
                    b.evidence(s.evidence()).value(s.score().printed());
                    if (others.length() > 0) others.append("、");
                    others.append(s.score().printed());
                }
                if (majority != null) b.expected("[" + majority.toPlainString() + ", " + majority.toPlainString() + "]");
                out.add(b.message("总得分在此处为" + odd.score().printed() + "分，而其他各处为" + others + "分。").build());
            }
            if (majority == null) break;
        }
        return out;
    }
}
