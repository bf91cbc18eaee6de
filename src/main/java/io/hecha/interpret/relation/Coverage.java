package io.hecha.interpret.relation;

import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Relation;
import io.hecha.interpret.TypedTable;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What could be checked in one document: the relations evaluated (the typed tables' own
 * {@link TypedTable#relations()} and the relations declared in the vocabulary, {@link CheckedRelation}),
 * counted per rule and per table, and the number of tables and sentences they stand in. A document in
 * which nothing could be checked is {@code not-checked}, with the reason, so that "0 errors" never
 * means "nothing was read".
 *
 * @param relations  the relations evaluated
 * @param byRule     rule id → relations evaluated under it
 * @param byTable    table index in {@link Document#tables()} → relations with a fact in that table
 * @param sentences  the sentences that state a fact of some relation
 * @param notChecked null when at least one relation was evaluated (or a rule found something); else why not
 */
public record Coverage(int relations, Map<String, Integer> byRule, Map<Integer, Integer> byTable, int sentences,
                       String notChecked) {
    /** The status of a checked document. */
    public static final String CHECKED = "checked";
    /** The status of a document in which nothing could be checked. */
    public static final String NOT_CHECKED = "not-checked";

    public Coverage {
        byRule = Collections.unmodifiableMap(new TreeMap<>(byRule));
        byTable = Collections.unmodifiableMap(new TreeMap<>(byTable));
    }

    /**
     * The coverage of an interpretation; {@code foundSomething} is true when a rule raised a finding
     * (a rule that counts no relations still checked the document then).
     */
    public static Coverage of(Interpretation in, boolean foundSomething) {
        Map<String, Integer> byRule = new TreeMap<>();
        Map<Integer, Integer> byTable = new TreeMap<>();
        Set<Integer> sentences = new HashSet<>();
        int n = 0;
        for (TypedTable t : in.tables()) {
            for (Relation r : t.relations()) {
                n++;
                byRule.merge(r.rule(), 1, Integer::sum);
                byTable.merge(t.index(), 1, Integer::sum);
            }
        }
        for (CheckedRelation r : in.text().relations()) {
            n++;
            byRule.merge(r.rule(), 1, Integer::sum);
            Set<Integer> tables = new HashSet<>();
            place(r.claim(), tables, sentences);
            for (Stated o : r.operands()) place(o, tables, sentences);
            for (int t : tables) byTable.merge(t, 1, Integer::sum);
        }
        String reason = n > 0 || foundSomething ? null : reason(in);
        return new Coverage(n, byRule, byTable, sentences.size(), reason);
    }

    private static void place(Stated f, Set<Integer> tables, Set<Integer> sentences) {
        if (f.place().table() >= 0) tables.add(f.place().table());
        else if (f.place().sentence() >= 0) sentences.add(f.place().sentence());
    }

    /** Why nothing could be checked. */
    private static String reason(Interpretation in) {
        Document d = in.document();
        boolean text = false;
        for (Paragraph p : d.paragraphs()) {
            if (!p.text().isBlank()) {
                text = true;
                break;
            }
        }
        if (!text && d.tables().isEmpty()) return "no text layer";
        int figures = in.text().facts().size();
        if (d.tables().isEmpty() && figures == 0) return "no table or figure found";
        return "no relation found to check among " + d.tables().size() + " table(s) and " + figures
                + " figure(s) in the text";
    }

    /** {@link #CHECKED} or {@link #NOT_CHECKED}. */
    public String status() {
        return notChecked == null ? CHECKED : NOT_CHECKED;
    }

    /** The number of tables a relation was checked in. */
    public int tables() {
        return byTable.size();
    }

    /** The coverage of a result nobody measured (a result built outside the pipeline). */
    public static Coverage unknown() {
        return new Coverage(0, Map.of(), Map.of(), 0, null);
    }
}
