package io.hecha.interpret.relation;

import io.hecha.interpret.vocabulary.Vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds the fact a formula's operand stands for, for one claim: the nearest fact of the operand's
 * concept (or a narrower one) on the claim's subject and period, looking in ever wider scopes.
 */
final class Binder {
    /** Scopes from the narrowest: a sentence (or a table row), its paragraph, its section, the tables. */
    static final List<String> SCOPES = List.of("sentence", "row", "paragraph", "section", "text-table");
    private final FactIndex index;
    private final Vocabulary vocabulary;

    /** A bound fact and the scope it was found in. */
    record Bound(Stated fact, String scope) {
    }

    Binder(FactIndex index, Vocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    /** True when a scope is no wider than a limit. */
    static boolean within(String scope, String limit) {
        return SCOPES.indexOf(scope) <= SCOPES.indexOf(limit);
    }

    static String wider(String a, String b) {
        return SCOPES.indexOf(a) >= SCOPES.indexOf(b) ? a : b;
    }

    /**
     * The facts an operand may stand for, nearest first, all from the narrowest scope that has any
     * (several when the text is ambiguous: the relation holds when one reading holds); empty when none.
     */
    List<Bound> bind(String name, Stated claim, Collection<Stated> used) {
        switch (name) {
            case RelationEngine.THIS, RelationEngine.ITEM -> {
                Stated of = index.get(claim.of());
                return of == null ? List.of() : List.of(new Bound(of, "sentence"));
            }
            case RelationEngine.BASE -> {
                return base(claim, used);
            }
            case RelationEngine.TOTAL -> {
                Bound b = total(claim, used);
                return b == null ? List.of() : List.of(b);
            }
            default -> {
                return concept(name, claim, used);
            }
        }
    }

    /** The parts of the claim's total row of a concept (a sum's operands), empty when the row has none. */
    List<Stated> parts(String concept, Stated claim) {
        if (claim.place().text()) return List.of();
        List<Stated> out = new ArrayList<>();
        for (Stated f : FactIndex.of(index.byPartOf, FactIndex.rowKey(claim.place().table(), claim.place().row()))) {
            if (f != claim && vocabulary.isA(f.concept(), concept)) out.add(f);
        }
        return out;
    }

    private static final int MAX_READINGS = 3;

    private static List<Bound> nearest(List<Stated> found, Stated claim, String scope) {
        List<Stated> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> closer(a, b, claim) ? -1 : closer(b, a, claim) ? 1 : 0);
        List<Bound> out = new ArrayList<>();
        for (Stated f : sorted) {
            if (out.size() == MAX_READINGS) break;
            out.add(new Bound(f, scope));
        }
        return out;
    }

    private boolean fits(Stated f, String concept, Stated claim, Collection<Stated> used) {
        return f != claim && !used.contains(f) && f.id() != claim.of() && vocabulary.isA(f.concept(), concept);
    }

    /** In one sentence a subject may be repeated shorter ("某区教育局固定资产原值…，固定资产累计折旧…"). */
    private static boolean sameSentenceSubject(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.endsWith(b) || b.endsWith(a);
    }

    private static boolean periodFits(Stated a, Stated b) {
        return a.period().isEmpty() || b.period().isEmpty() || a.period().equals(b.period());
    }

    private List<Bound> concept(String concept, Stated claim, Collection<Stated> used) {
        List<Stated> found = new ArrayList<>();
        if (claim.of() >= 0) {
            for (Stated f : FactIndex.of(index.byOf, claim.of())) if (fits(f, concept, claim, used)) found.add(f);
            if (!found.isEmpty()) return nearest(found, claim, "sentence");
        }
        Stated.Place p = claim.place();
        if (!p.text()) {
            for (Stated f : FactIndex.of(index.byRow, FactIndex.rowKey(p.table(), p.row()))) {
                if (fits(f, concept, claim, used) && periodFits(f, claim)) found.add(f);
            }
            return nearest(found, claim, "row");
        }
        for (Stated f : FactIndex.of(index.bySentence, p.sentence())) {
            if (!fits(f, concept, claim, used) || !periodFits(f, claim) || f.of() >= 0) continue;
            if (sameSentenceSubject(f.subject(), claim.subject())) found.add(f);
        }
        if (!found.isEmpty()) return nearest(found, claim, "sentence");
        for (Stated f : FactIndex.of(index.byParagraph, p.paragraph())) {
            if (f.id() > claim.id() || f.place().sentence() == p.sentence() || !fits(f, concept, claim, used)) continue;
            if (f.of() < 0 && periodFits(f, claim) && f.subject().equals(claim.subject())) found.add(f);
        }
        if (!found.isEmpty()) return nearest(found, claim, "paragraph");
        if (claim.subject().isEmpty()) return List.of();
        for (Stated f : FactIndex.of(index.bySectionSubject, p.section() + "\0" + claim.subject())) {
            if (f.id() > claim.id() || f.place().paragraph() == p.paragraph() || !fits(f, concept, claim, used)) continue;
            if (f.of() < 0 && periodFits(f, claim)) found.add(f);
        }
        if (!found.isEmpty()) return nearest(found, claim, "section");
        return cells(concept, claim.subject(), claim.period(), claim, used);
    }

    /** The table cells of the concept on the subject (a subject named in several tables gives several readings). */
    private List<Bound> cells(String concept, String subject, String period, Stated claim, Collection<Stated> used) {
        List<Stated> found = new ArrayList<>();
        for (Stated f : FactIndex.of(index.cellsBySubjectLeaf, SubjectMatch.leaf(subject))) {
            if (!fits(f, concept, claim, used) || !SubjectMatch.matches(subject, f.subject())) continue;
            if (period.isEmpty() || f.period().isEmpty() || period.equals(f.period())) found.add(f);
        }
        List<Bound> out = new ArrayList<>();
        for (Stated f : found) out.add(new Bound(f, "text-table"));
        return out;
    }

    private static boolean closer(Stated f, Stated best, Stated claim) {
        boolean fBefore = f.id() < claim.id(), bBefore = best.id() < claim.id();
        if (fBefore != bBefore) return fBefore;
        return fBefore ? f.id() > best.id() : f.id() < best.id();
    }

    /** What a change is compared with: the named (or same) concept, on the same subject, of the named period. */
    private List<Bound> base(Stated claim, Collection<Stated> used) {
        Stated of = index.get(claim.of());
        Stated.Base b = claim.base();
        if (of == null || b == null) return List.of();
        String concept = b.concept().isEmpty() ? of.concept() : b.concept();
        boolean otherPeriod = !b.period().isEmpty() && !b.period().equals(of.period());
        if (!otherPeriod && concept.equals(of.concept())) return List.of();
        List<Stated> found = new ArrayList<>();
        for (Stated f : FactIndex.of(index.byParagraph, of.place().paragraph())) {
            if (f == of || f.of() >= 0 || used.contains(f) || !f.period().equals(b.period())) continue;
            if (concept.isEmpty() ? f.concept().isEmpty() && sameSentenceSubject(f.subject(), of.subject()) && !f.subject().isEmpty()
                    : vocabulary.isA(f.concept(), concept) && f.subject().equals(of.subject())) found.add(f);
        }
        if (concept.isEmpty()) return nearest(found, claim, "sentence");
        if (!found.isEmpty()) return nearest(found, claim, "paragraph");
        if (of.subject().isEmpty() || b.period().isEmpty()) return List.of();
        List<Bound> out = new ArrayList<>();
        for (Bound x : cells(concept, of.subject(), b.period(), claim, used)) {
            if (x.fact().period().equals(b.period())) out.add(x);     // a base of another year is stated for that year
        }
        return out;
    }

    /** The total a share is of: the fact named after 占, else the nearest total ("…合计X万元，其中") before it. */
    private Bound total(Stated claim, Collection<Stated> used) {
        Stated of = index.get(claim.of());
        Stated.Base b = claim.base();
        if (of == null) return null;
        Stated best = null;
        if (b != null && !b.words().isEmpty()) {
            for (Stated f : index.withLabelEnding(b.words())) {
                if (f == of || f == claim || f.of() >= 0 || f.id() > claim.id() || !f.place().section().equals(claim.place().section())) continue;
                if (!f.unit().endsWith("元") || !of.unit().endsWith("元")) continue;
                if (best == null || f.id() > best.id()) best = f;
            }
        } else {
            for (Stated f : FactIndex.of(index.totalsByParagraph, claim.place().paragraph())) {
                if (f == of || f.id() > of.id() || !f.unit().endsWith("元") || !of.unit().endsWith("元")) continue;
                if (best == null || f.id() > best.id()) best = f;
            }
        }
        if (best == null) return null;
        return new Bound(best, best.place().sentence() == claim.place().sentence() ? "sentence"
                : best.place().paragraph() == claim.place().paragraph() ? "paragraph" : "section");
    }
}
