package io.hecha.check.semantic;

import io.hecha.check.text.Sentence;
import io.hecha.extract.GradeBand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grade bands as a report states them ("90分（含）-100分为优、80（含）分-90分为良、60分（含）-80分为中、
 * 60分以下为差", "90分（含）以上为优秀"), or the national default (优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60).
 */
final class GradeBands {
    static final String GRADES = "优秀|优|良好|良|中等|中|合格|及格|较差|差|不合格";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String INCL = "\\s*(?:分)?\\s*([（(]含[)）])?\\s*(?:分)?\\s*";
    private static final Pattern RANGE = Pattern.compile(NUM + INCL + "(?:[-－—~～至到]|以上|及以上)" + "\\s*(?:" + NUM + INCL + ")?"
            + "(?:以下)?\\s*(?:的)?为\\s*[“\"「]?(" + GRADES + ")");
    private static final Pattern BELOW = Pattern.compile(NUM + "\\s*分?\\s*以下(?:的)?为\\s*[“\"「]?(" + GRADES + ")");

    private GradeBands() {
    }

    /** The national default bands. */
    static List<GradeBand> defaults() {
        return List.of(
                new GradeBand("优", new BigDecimal(90), true, null, true),
                new GradeBand("良", new BigDecimal(80), true, new BigDecimal(90), false),
                new GradeBand("中", new BigDecimal(60), true, new BigDecimal(80), false),
                new GradeBand("差", null, true, new BigDecimal(60), false));
    }

    /** The bands a sentence states (empty when it states none). */
    static List<GradeBand> parse(String text) {
        List<GradeBand> out = new ArrayList<>();
        if (text.indexOf('为') < 0) return out;     // both patterns name the grade after 为
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            BigDecimal lo = new BigDecimal(m.group(1));
            boolean loIncl = true;
            BigDecimal hi = m.group(3) == null ? null : new BigDecimal(m.group(3));
            boolean hiIncl = m.group(4) != null || (hi != null && hi.compareTo(new BigDecimal(100)) >= 0);
            out.add(new GradeBand(m.group(5), lo, loIncl || m.group(2) != null, hi, hiIncl));
        }
        Matcher b = BELOW.matcher(text);
        while (b.find()) out.add(new GradeBand(b.group(2), null, true, new BigDecimal(b.group(1)), false));
        return out;
    }

    /** The bands stated anywhere in the text, else the defaults. */
    static List<GradeBand> of(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            List<GradeBand> b = parse(s.text());
            if (b.size() >= 2) return b;
        }
        return defaults();
    }

    /** 优秀 → 优, 良好 → 良, 中等 → 中, 较差 → 差; others as they are. */
    static String normalize(String grade) {
        return switch (grade) {
            case "优秀" -> "优";
            case "良好" -> "良";
            case "中等" -> "中";
            case "较差" -> "差";
            case "及格" -> "合格";
            default -> grade;
        };
    }

    /** The grade a score gets, or null when no band holds it. */
    static String gradeOf(List<GradeBand> bands, BigDecimal score) {
        for (GradeBand b : bands) if (b.contains(score)) return b.grade();
        return null;
    }
}
