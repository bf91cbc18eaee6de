package io.hecha.interpret.relation;

import io.hecha.interpret.Interval;
import io.hecha.model.Diagnostic.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same fact stated twice must agree: two text facts of one paragraph with the same concept,
 * subject, period and kind of unit (without a concept: of one sentence with the same label of six
 * characters or more); and a text fact against the table
 * cells of its concept on its subject (it agrees when one of them agrees). Facts are grouped by key,
 * never compared pairwise.
 */
final class SameFacts {
    static final String RULE = "fact.restated";
    static final String FORMULA = "同一事实各处应一致";

    private SameFacts() {
    }

    static List<CheckedRelation> check(FactIndex index) {
        List<CheckedRelation> out = new ArrayList<>();
        for (List<Stated> paragraph : index.byParagraph.values()) {
            Map<String, Stated> first = new HashMap<>();
            for (Stated f : paragraph) {
                String key = key(f);
                if (key == null) continue;
                if (f.concept().isEmpty()) key = f.place().sentence() + "|" + key;   // a label alone: one sentence only
                Stated e = first.putIfAbsent(key, f);
                if (e != null && (!f.concept().isEmpty() || sameLabel(e, f))) out.add(compare(f, e, f.concept().isEmpty() ? "sentence" : "paragraph"));
            }
        }
        for (Stated f : index.all) {
            if (f.place().text() && f.subject().contains(" > ") && f.unit().endsWith("元") && f.of() < 0) {
                CheckedRelation r = classification(f, index);
                if (r != null) {
                    out.add(r);
                    continue;
                }
            }
            if (!f.place().text() || key(f) == null || f.concept().isEmpty()) continue;
            List<Stated> cells = new ArrayList<>();
            for (Stated c : FactIndex.of(index.cellsBySubjectLeaf, SubjectMatch.leaf(f.subject()))) {
                if (!c.concept().equals(f.concept()) || !SubjectMatch.matches(f.subject(), c.subject())) continue;
                if (!f.period().isEmpty() && !c.period().isEmpty() && !f.period().equals(c.period())) continue;
                if (!kind(c.unit()).equals(kind(f.unit()))) continue;
                cells.add(c);
            }
            if (cells.isEmpty()) continue;
            CheckedRelation worst = null;
            for (Stated c : cells) {
                CheckedRelation r = compare(f, c, "text-table");
                if (r.holds()) {
                    worst = r;
                    break;
                }
                if (worst == null) worst = r;
            }
            out.add(worst);
        }
        return out;
    }

    /**
     * A 科目 the text names with its levels ("一般公共服务（类）商贸事务（款）行政运行（项）938.99万元") against the
     * amounts of the rows of that 科目 in the tables (those of its concept when it names one): it agrees
     * when one of them does; a cell of unknown unit is read in 元 and in 万元.
     */
    private static CheckedRelation classification(Stated f, FactIndex index) {
        List<Stated> rows = new ArrayList<>(), same = new ArrayList<>();
        for (Stated c : FactIndex.of(index.cellsBySubjectLeaf, SubjectMatch.leaf(f.subject()))) {
            if (!SubjectMatch.matches(f.subject(), c.subject()) || !(c.unit().endsWith("元") || c.unit().isEmpty())) continue;
            if (!f.period().isEmpty() && !c.period().isEmpty() && !f.period().equals(c.period())) continue;
            rows.add(c);
            if (!f.concept().isEmpty() && c.concept().equals(f.concept())) same.add(c);
        }
        // a concept the tables do not state for this 科目 (a 决算's tables hold no 年初预算) is not compared; one
        // they state may also stand in a column the vocabulary does not name (合计 of another table)
        List<Stated> candidates = new ArrayList<>(f.concept().isEmpty() ? rows : same);
        if (!f.concept().isEmpty() && !same.isEmpty()) for (Stated c : rows) if (c.concept().isEmpty()) candidates.add(c);
        if (candidates.isEmpty()) return null;
        Interval a = f.interval().scale(RelationEngine.factor(f.unit()));
        for (Stated c : candidates) {
            for (String u : c.unit().isEmpty() ? List.of("元", "万元") : List.of(c.unit())) {
                if (a.overlaps(c.interval().scale(RelationEngine.factor(u)))) {
                    return new CheckedRelation(RULE, FORMULA, f, List.of(c), List.of("表中"), c.interval(), null, "text-table");
                }
            }
        }
        Stated c = candidates.get(0);
        String u = c.unit().isEmpty() ? "元" : c.unit();
        Interval expected = c.interval().scale(RelationEngine.factor(u)).scale(java.math.BigDecimal.ONE.divide(RelationEngine.factor(f.unit())));
        return new CheckedRelation(RULE, FORMULA, f, candidates, java.util.Collections.nCopies(candidates.size(), "表中"), expected,
                Severity.ERROR, "text-table");
    }

    /** concept-or-label | subject | period | unit kind; null for facts that cannot be keyed. */
    private static final java.util.regex.Pattern HAN_WORD = java.util.regex.Pattern.compile(".*[\\u4e00-\\u9fff]{4,}.*");

    private static String key(Stated f) {
        if (f.of() >= 0 || f.subject().isEmpty()) return null;
        // without a concept the key is the label's last six characters: "某区教育局2024年人均公用经费支出" and
        // "2024年人均公用经费支出" (the same label, once with the body's name) share it
        String what = f.concept().isEmpty() ? tail(f.label()) : f.concept();
        if (what.isEmpty() || f.unit().isEmpty()) return null;
        if (f.concept().isEmpty() && (f.label().length() < 6 || !HAN_WORD.matcher(f.label()).matches())) return null;
        return what + "|" + (f.concept().isEmpty() ? "" : f.subject()) + "|" + f.period() + "|" + kind(f.unit());
    }

    private static String tail(String label) {
        return label.length() < 6 ? label : label.substring(label.length() - 6);
    }

    /** One label ends with the other ("…人均公用经费支出" twice): the same thing named twice. */
    private static boolean sameLabel(Stated a, Stated b) {
        return a.label().endsWith(b.label()) || b.label().endsWith(a.label());
    }

    private static String kind(String unit) {
        return unit.endsWith("元") ? "元" : unit;
    }

    private static CheckedRelation compare(Stated claim, Stated other, String scope) {
        Interval a = claim.interval().scale(RelationEngine.factor(claim.unit()));
        Interval b = other.interval().scale(RelationEngine.factor(other.unit()));
        Interval expected = b.scale(java.math.BigDecimal.ONE.divide(RelationEngine.factor(claim.unit())));
        Severity v = a.overlaps(b) ? null : claim.concept().isEmpty() ? Severity.WARNING : Severity.ERROR;
        return new CheckedRelation(RULE, FORMULA, claim, List.of(other), List.of("另一处"), expected, v, scope);
    }
}
