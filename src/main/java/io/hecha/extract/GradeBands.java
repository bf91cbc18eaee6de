package io.hecha.extract;

import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.Placeholders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads grade bands from a sentence such as "90分（含）-100分为优、80（含）分-90分为良、60分（含）-80分为中、
 * 60分以下为差" or "得分90分以上为优秀，80-90分为良好…". Conventions when the text does not mark a
 * bound: a range includes its lower bound and excludes its upper one (the top band includes 100);
 * 以上 includes the number, 以下 excludes it; （含）/及 include, （不含）/不足/低于 exclude. Without any
 * statement the national default applies: 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60.
 */
final class GradeBands {
    private static final Pattern ASSIGN = Pattern.compile("(?:为|属于|评为|评定为|定为|[:：])\\s*[“\"]?(" + Placeholders.GRADE + ")(?:级|等)?[”\"]?");
    private static final Pattern NUMBER = Pattern.compile("([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*分?\\s*([（(]\\s*(?:含|不含)\\s*[）)])?\\s*分?");

    private GradeBands() {
    }

    static List<GradeBand> read(Context ctx, Mapping.ReportSpec spec) {
        for (ReportFields.Hit h : ReportFields.hits(ctx, spec.gradeBands(), false)) {
            List<GradeBand> bands = parse(h.sentence(), spec);
            if (bands.size() >= 2) return bands;
        }
        ctx.info("extract.default-grade-bands", "no grade bands stated (looked for " + spec.gradeBands().patterns()
                + "); the default bands 优≥90, 良80–90, 中60–80, 差<60 apply");
        return defaults();
    }

    static List<GradeBand> defaults() {
        return List.of(
                new GradeBand("优", new BigDecimal("90"), true, new BigDecimal("100"), true),
                new GradeBand("良", new BigDecimal("80"), true, new BigDecimal("90"), false),
                new GradeBand("中", new BigDecimal("60"), true, new BigDecimal("80"), false),
                new GradeBand("差", null, false, new BigDecimal("60"), false));
    }

    /** The bands stated in one sentence (segments separated by 、，；). */
    static List<GradeBand> parse(String sentence, Mapping.ReportSpec spec) {
        List<GradeBand> out = new ArrayList<>();
        int from = 0;
        Matcher a = ASSIGN.matcher(sentence);
        while (a.find()) {
            String seg = sentence.substring(from, a.start());
            int cut = Math.max(Math.max(seg.lastIndexOf('、'), seg.lastIndexOf('，')), Math.max(seg.lastIndexOf('；'), seg.lastIndexOf(',')));
            if (cut >= 0) seg = seg.substring(cut + 1);
            from = a.end();
            band(seg, ReportFields.normalGrade(spec.grades(), a.group(1))).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<GradeBand> band(String seg, String grade) {
        Matcher m = NUMBER.matcher(seg);
        List<BigDecimal> nums = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            nums.add(new BigDecimal(io.hecha.text.DisplayedNumber.normalize(m.group(1)).replace(",", "")));
            marks.add(m.group(2) == null ? "" : m.group(2).replaceAll("[\\s（()）]", ""));
            ends.add(m.end());
        }
        if (nums.isEmpty()) return java.util.Optional.empty();
        if (nums.size() >= 2) {
            BigDecimal lo = nums.get(0).min(nums.get(1)), hi = nums.get(0).max(nums.get(1));
            boolean loIn = !"不含".equals(marks.get(0));
            boolean hiIn = "含".equals(marks.get(1)) || hi.compareTo(new BigDecimal("100")) >= 0 || seg.contains("≤" + nums.get(1));
            if (seg.matches(".*[＜<]\\s*[0-9]+.*") && !seg.contains("≤" + nums.get(1))) hiIn = "含".equals(marks.get(1));
            return java.util.Optional.of(new GradeBand(grade, lo, loIn, hi, hiIn));
        }
        BigDecimal n = nums.get(0);
        String after = seg.substring(ends.get(0));
        String before = seg.substring(0, Math.max(0, ends.get(0)));
        boolean in = "含".equals(marks.get(0));
        boolean out = "不含".equals(marks.get(0));
        if (after.contains("以下") || after.contains("以内") || before.matches(".*(?:低于|不足|＜|<)\\s*" + ".*") ) {
            return java.util.Optional.of(new GradeBand(grade, null, false, n, in || before.contains("≤")));
        }
        if (after.contains("以上") || before.contains("≥") || before.contains("不低于") || after.contains("及以上")) {
            return java.util.Optional.of(new GradeBand(grade, n, !out, new BigDecimal("100"), true));
        }
        return java.util.Optional.empty();
    }
}
