package io.hecha.check.text;

import io.hecha.check.Check;
import io.hecha.check.Finding;
import io.hecha.check.Finding.Evidence;
import io.hecha.check.FindingBuilder;
import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.TypedTable;
import io.hecha.interpret.relation.CheckedRelation;
import io.hecha.interpret.relation.RelationEngine;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.text.TextInterpretation;
import io.hecha.interpret.text.TextSentence;
import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Location;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations the mappings declare, as findings: one finding per claim and rule that no reading of
 * its formula's operands explains, carrying the claim, every operand with where it stands, and the
 * interval the formula gives.
 */
public final class RelationCheck implements Check {
    @Override
    public List<Finding> check(Interpretation in, Extraction extraction) {
        Places places = new Places(in);
        Map<String, FindingBuilder> byClaim = new LinkedHashMap<>();
        for (CheckedRelation r : in.text().relations()) {
            if (r.holds()) continue;
            String key = r.rule() + "#" + r.claim().id();
            FindingBuilder b = byClaim.get(key);
            if (b == null) {
                b = new FindingBuilder(r.rule()).severity(r.verdict()).location(places.location(r.claim()))
                        .evidence(places.evidence(r.claim())).value(r.claim().shown())
                        .expected(r.computed()).actual(r.claim().shown()).message(message(r));
                byClaim.put(key, b);
            }
            for (Stated o : r.operands()) b.evidence(places.evidence(o)).value(o.shown());
        }
        List<Finding> out = new ArrayList<>();
        for (FindingBuilder b : byClaim.values()) out.add(b.build());
        return out;
    }

    /** A Chinese sentence with the numbers: the claim, the formula with its operands, what it gives. */
    static String message(CheckedRelation r) {
        Stated c = r.claim();
        String subject = c.subject().isEmpty() ? "" : "「" + c.subject() + "」";
        if (r.rule().equals(RelationEngine.SAME_FACT)) {
            Stated o = r.operands().get(0);
            return subject + name(c) + "在此为" + c.printed() + "，而" + (o.place().text() ? "同段另一处" : "表中") + "为" + o.printed()
                    + "：同一事实各处应一致" + (c.concept().isEmpty() ? "，其中一处的标签可能有误" : "") + "。";
        }
        StringBuilder m = new StringBuilder(subject + name(c) + "为" + c.printed() + "，而按「" + r.formula() + "」");
        for (int i = 0; i < r.names().size(); i++) {
            m.append(i == 0 ? "：" : "，").append(r.names().get(i)).append(" ").append(r.operands().get(i).printed());
        }
        if (r.formula().contains("<=")) {
            m.append("，").append(name(c)).append("不应超过").append(r.computed().nominalText(Math.max(0, c.decimals()))).append("。");
        } else {
            m.append("，应为").append(r.computed().nominalText(Math.max(c.decimals(), 0))).append(c.unit())
                    .append("（区间").append(r.computed()).append("）");
            if (r.verdict() == Severity.WARNING) m.append("；差异可由截尾解释");
            m.append("。");
        }
        return m.toString();
    }

    private static String name(Stated s) {
        return s.concept().isEmpty() ? s.label() : s.concept();
    }

    /** Where facts stand, as finding locations and evidence. */
    static final class Places {
        private final Interpretation in;
        private final List<Paragraph> paragraphs;

        Places(Interpretation in) {
            this.in = in;
            this.paragraphs = in.document().paragraphs();
        }

        /** A fact's location: its sentence, its cell, or for a cell filled from the text, the sentence it came from. */
        Location location(Stated s) {
            if (s.place().text() || s.place().sentence() >= 0) {
                TextSentence t = sentence(s);
                return Location.paragraph(t.paragraph(), paragraphs.get(t.paragraph())).withChars(t.start(), t.end());
            }
            return table(s).location(s.place().row(), s.place().column());
        }

        Evidence evidence(Stated s) {
            if (s.place().text() || s.place().sentence() >= 0) return new Evidence(sentence(s).text(), location(s));
            return new Evidence(table(s).text(s.place().row(), s.place().column()), location(s));
        }

        private TextSentence sentence(Stated s) {
            return in.text().reading().sentences().get(s.place().sentence());
        }

        private TypedTable table(Stated s) {
            return in.tables().get(s.place().table());
        }
    }
}
