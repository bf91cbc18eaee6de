package io.hecha.interpret.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a document indexed by where they stand and what they are about, so that binding an
 * operand looks at a handful of facts (its sentence, its paragraph, the facts on the same subject),
 * never at every fact.
 */
final class FactIndex {
    private static final int MAX_SUFFIX = 24;
    final List<Stated> all;
    final Map<Integer, List<Stated>> bySentence = new HashMap<>();
    final Map<Integer, List<Stated>> byParagraph = new HashMap<>();
    final Map<String, List<Stated>> bySectionSubject = new HashMap<>();
    final Map<Long, List<Stated>> byRow = new HashMap<>();
    final Map<String, List<Stated>> cellsBySubjectLeaf = new HashMap<>();
    /** Text facts by the last two characters of their label (one entry a fact; see {@link #withLabelEnding}). */
    private final Map<String, List<Stated>> byLabelEnd = new HashMap<>();
    final Map<Integer, List<Stated>> totalsByParagraph = new HashMap<>();
    final Map<Integer, List<Stated>> byOf = new HashMap<>();
    final Map<String, List<Stated>> byConcept = new HashMap<>();
    /** The parts of a total row: (table, the total's row) → the cells that add up to it. */
    final Map<Long, List<Stated>> byPartOf = new HashMap<>();

    FactIndex(List<Stated> facts) {
        this.all = List.copyOf(facts);
        for (Stated f : all) {
            Stated.Place p = f.place();
            byConcept.computeIfAbsent(f.concept(), k -> new ArrayList<>()).add(f);
            if (f.of() >= 0) byOf.computeIfAbsent(f.of(), k -> new ArrayList<>()).add(f);
            if (p.text()) {
                bySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(f);
                byParagraph.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(f);
                if (!f.subject().isEmpty()) bySectionSubject.computeIfAbsent(p.section() + "\0" + f.subject(), k -> new ArrayList<>()).add(f);
                if (p.total()) totalsByParagraph.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(f);
                String l = f.label();
                if (l.length() >= 2) byLabelEnd.computeIfAbsent(l.substring(l.length() - 2), k -> new ArrayList<>()).add(f);
            } else {
                byRow.computeIfAbsent(rowKey(p.table(), p.row()), k -> new ArrayList<>()).add(f);
                if (p.partOf() >= 0) byPartOf.computeIfAbsent(rowKey(p.table(), p.partOf()), k -> new ArrayList<>()).add(f);
                if (!f.subject().isEmpty()) cellsBySubjectLeaf.computeIfAbsent(SubjectMatch.leaf(f.subject()), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The text facts whose label ends with some words (of 2 to 24 characters), in reading order. */
    List<Stated> withLabelEnding(String words) {
        if (words.length() < 2 || words.length() > MAX_SUFFIX) return List.of();
        List<Stated> out = new ArrayList<>();
        for (Stated f : of(byLabelEnd, words.substring(words.length() - 2))) if (f.label().endsWith(words)) out.add(f);
        return out;
    }

    static long rowKey(int table, int row) {
        return ((long) table << 32) | (row & 0xffffffffL);
    }

    Stated get(int id) {
        return id >= 0 && id < all.size() ? all.get(id) : null;
    }

    static <T> List<T> of(Map<?, List<T>> m, Object key) {
        List<T> l = m.get(key);
        return l == null ? List.of() : l;
    }
}
