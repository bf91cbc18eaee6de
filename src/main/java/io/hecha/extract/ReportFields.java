package io.hecha.extract;

import com.hankcs.hanlp.seg.common.Term;
import io.hecha.extract.mapping.Mapping;
import io.hecha.extract.mapping.Mapping.FieldSpec;
import io.hecha.extract.mapping.Placeholders;
import io.hecha.extract.mapping.RequiredText;
import io.hecha.model.Bookmark;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the report's identity and verdict (subject and 简称, year, score, grade, evaluator, grade
 * bands) from sentences, following the mapping's {@link Mapping.ReportSpec}. Every statement of the
 * score and the grade is kept; the first one under the preferred headings is the field's value.
 */
final class ReportFields {
    private static final Pattern BRACKETS = Pattern.compile("[（）()]+");
    private ReportFields() {
    }

    /** A regex match in a sentence of a paragraph. */
    record Hit(Matcher matcher, String sentence, Paragraph paragraph) {
        String group(String name) {
            try {
                return matcher.group(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    static ReportInfo read(Context ctx, Mapping m, List<Value> tableScores) {
        Mapping.ReportSpec spec = m.report();
        // subject and short name
        TextField subject = null, shortName = null;
        List<Hit> subj = hits(ctx, spec.subject(), true);
        if (!subj.isEmpty()) {
            Hit h = subj.get(0);
            subject = new TextField(trimOrg(h.group("value")), ctx.textWhere(h.paragraph(), h.sentence()));
            String s = h.group("short");
            if (s != null && !s.isBlank()) shortName = new TextField(s.strip(), ctx.textWhere(h.paragraph(), h.sentence()));
        }
        if (subject == null) subject = cell(ctx, spec.subject());
        if (subject == null) subject = organisation(ctx);
        if (subject == null) ctx.notFound("report.subject", "patterns " + spec.subject().patterns() + " and organisation names in the first paragraphs");
        // year
        Value year = first(ctx, spec.year(), "年", true).orElse(null);
        if (year == null) ctx.notFound("report.year", "patterns " + spec.year().patterns());
        // score: every statement in text, then the score sheet totals
        List<Value> scores = new ArrayList<>();
        for (Hit h : hits(ctx, spec.score(), false)) {
            Values.ofMatch(h.group("value"), "分", true, ctx.textWhere(h.paragraph(), h.sentence())).ifPresent(scores::add);
        }
        scores.addAll(tableScores);
        if (scores.isEmpty()) ctx.notFound("report.score", "patterns " + spec.score().patterns() + " and a 合计 row of the score sheet");
        // grade
        List<TextField> grades = new ArrayList<>();
        for (Hit h : hits(ctx, spec.grade(), false)) {
            grades.add(new TextField(normalGrade(spec.grades(), h.group("value")), ctx.textWhere(h.paragraph(), h.sentence())));
        }
        if (grades.isEmpty()) ctx.notFound("report.grade", "patterns " + spec.grade().patterns());
        // evaluator
        TextField evaluator = null;
        List<Hit> ev = hits(ctx, spec.evaluator(), true);
        if (!ev.isEmpty()) evaluator = new TextField(trimOrg(ev.get(0).group("value")), ctx.textWhere(ev.get(0).paragraph(), ev.get(0).sentence()));
        else ctx.notFound("report.evaluator", "patterns " + spec.evaluator().patterns());
        List<GradeBand> bands = GradeBands.read(ctx, spec);
        return new ReportInfo(m.type(), subject, shortName, year, scores.isEmpty() ? null : scores.get(0),
                grades.isEmpty() ? null : grades.get(0), evaluator, bands, scores, grades);
    }

    static String normalGrade(Map<String, String> names, String printed) {
        String g = printed == null ? "" : printed.strip();
        return names.getOrDefault(g, g);
    }

    private static Optional<Value> first(Context ctx, FieldSpec spec, String unit, boolean exact) {
        for (Hit h : hits(ctx, spec, true)) {
            Optional<Value> v = Values.ofMatch(h.group("value"), unit, exact, ctx.textWhere(h.paragraph(), h.sentence()));
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    /**
     * Matches of the spec's patterns in sentences: first the paragraphs under its headings or
     * bookmarks, then the rest of the document. With {@code firstOnly} stops at the first hit.
     */
    static List<Hit> hits(Context ctx, FieldSpec spec, boolean firstOnly) {
        List<Hit> out = new ArrayList<>();
        if (spec.patterns().isEmpty()) return out;
        List<Pattern> patterns = spec.patterns().stream().map(Placeholders::compile).toList();
        List<RequiredText> required = spec.patterns().stream().map(Placeholders::required).toList();
        List<Paragraph> preferred = new ArrayList<>(bookmarked(ctx, spec.bookmarks()));
        preferred.addAll(ctx.paragraphsUnder(spec.headings()));
        Set<SeenAt> seen = new java.util.HashSet<>();
        for (Paragraph p : ctx.preferring(preferred)) {
            for (String sentence : ctx.sentences(p)) {
                for (int k = 0; k < patterns.size(); k++) {
                    if (!required.get(k).mayMatch(sentence)) continue;
                    Pattern pat = patterns.get(k);
                    Matcher mm = pat.matcher(sentence);
                    while (mm.find()) {
                        if (!seen.add(new SeenAt(ctx.indexOf(p), sentence.hashCode(), mm.start()))) continue;
                        out.add(new Hit(mm, sentence, p));
                        if (firstOnly) return out;
                        mm = pat.matcher(sentence).region(mm.end(), sentence.length());
                    }
                }
            }
        }
        return out;
    }

    /** Where a match was found: block index, sentence hash, start in the sentence. */
    private record SeenAt(int block, int sentence, int start) {
    }

    private static List<Paragraph> bookmarked(Context ctx, List<String> names) {
        List<Paragraph> out = new ArrayList<>();
        if (names.isEmpty()) return out;
        for (Bookmark b : ctx.doc.bookmarks()) {
            if (names.stream().noneMatch(n -> b.name().matches(n))) continue;
            for (int i = b.firstBlock(); i <= b.lastBlock() && i < ctx.doc.blocks().size(); i++) {
                if (i >= 0 && ctx.doc.blocks().get(i) instanceof Paragraph p) out.add(p);
            }
        }
        return out;
    }

    /**
     * Drops the words before a name ("评价组对某某县交通运输局", "…拟将所持有的新东北电气…有限公司"): walks
     * HanLP's terms back from the end and stops at a verb, adverb, preposition, particle, personal
     * pronoun or punctuation other than brackets.
     */
    static String trimOrg(String s) {
        if (s == null) return "";
        String t = s.strip();
        List<Term> terms = Words.terms(t);
        int start = t.length();
        for (int i = terms.size() - 1; i >= 0; i--) {
            Term term = terms.get(i);
            String nature = term.nature == null ? "" : term.nature.toString();
            boolean bracket = BRACKETS.matcher(term.word).matches();
            boolean stop = !bracket && (nature.equals("v") || nature.startsWith("d") || nature.startsWith("p")
                    || nature.startsWith("u") || nature.equals("rr") || nature.startsWith("w") || nature.equals("vshi")
                    || nature.startsWith("c") && !nature.equals("cc"));
            if (stop) break;
            start -= term.word.length();
        }
        String name = start >= 0 && start < t.length() ? t.substring(start) : t;
        return name.length() >= 2 ? name : t;
    }

    /** In a form: the text of the cell right of a cell labelled like one of {@code spec.cells()}. */
    static TextField cell(Context ctx, FieldSpec spec) {
        if (spec.cells().isEmpty()) return null;
        for (String label : spec.cells()) {
            for (io.hecha.model.Table t : ctx.doc.tables()) {
                for (int r = 0; r < t.rowCount(); r++) {
                    for (int c = 0; c + 1 < t.columnCount(); c++) {
                        if (Words.match(t.text(r, c), label) < 1) continue;
                        int v = c + 1;
                        while (v < t.columnCount() && t.text(r, v).equals(t.text(r, c))) v++;
                        if (v < t.columnCount() && !t.text(r, v).isBlank()) {
                            return new TextField(t.text(r, v).strip(), ctx.cellWhere(t, r, v));
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * No stated name: the first organisation HanLP recognises in the title or the first paragraphs
     * (adjacent organisation terms joined with 和/与 between them).
     */
    static TextField organisation(Context ctx) {
        int n = 0;
        for (Paragraph p : ctx.paragraphs()) {
            if (p.text().isBlank()) continue;
            if (++n > 8) break;
            List<Term> terms = Words.terms(p.text());
            for (int i = 0; i < terms.size(); i++) {
                if (!isOrg(terms.get(i))) continue;
                StringBuilder b = new StringBuilder(terms.get(i).word);
                int j = i + 1;
                while (j + 1 < terms.size() && ("和".equals(terms.get(j).word) || "与".equals(terms.get(j).word))
                        && isOrg(terms.get(j + 1))) {
                    b.append(terms.get(j).word).append(terms.get(j + 1).word);
                    j += 2;
                }
                String name = b.toString();
                if (name.length() >= 4 && name.matches(".*(局|厅|委|委员会|办|办公室|院|中心|部|所|站|公司|学校|医院|政府|处|队)$")) {
                    return new TextField(name, ctx.textWhere(p, p.text()));
                }
            }
        }
        return null;
    }

    private static boolean isOrg(Term t) {
        return t.nature != null && t.nature.toString().startsWith("nt");
    }
}
