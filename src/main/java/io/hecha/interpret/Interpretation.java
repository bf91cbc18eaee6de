package io.hecha.interpret;

import io.hecha.interpret.text.TextInterpretation;
import io.hecha.model.Document;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the document says, read once: its typed tables (continued tables joined), and the text side
 * (sentences, text facts, score sheets, relations declared in the mappings). Extraction projects it
 * to JSON fields; checks are rules over it. Immutable.
 */
public final class Interpretation {
    private final Document document;
    private final List<TypedTable> tables;
    private final TextInterpretation text;
    private final Map<Table, TypedTable> byTable = new IdentityHashMap<>();
    /** Values derived from this interpretation by the rules, each computed once: kind → (of what → value). */
    private final Map<Object, Map<Object, Object>> derived = new HashMap<>();

    public Interpretation(Document document, List<TypedTable> tables, TextInterpretation text) {
        this.document = Objects.requireNonNull(document, "document");
        this.tables = List.copyOf(tables);
        this.text = text == null ? TextInterpretation.EMPTY : text;
        for (TypedTable t : this.tables) byTable.put(t.table(), t);
    }

    /** The document as read. */
    public Document document() {
        return document;
    }

    /** The typed tables, in {@link Document#tables()} order. */
    public List<TypedTable> tables() {
        return tables;
    }

    /** The typed table of a model table of this document (null for a table it does not hold, e.g. a nested one). */
    public TypedTable typed(Table modelTable) {
        return byTable.get(modelTable);
    }

    /** The text side: sentences, text facts, score sheets, declared relations. */
    public TextInterpretation text() {
        return text;
    }

    /**
     * A value derived from this interpretation (a rule's view of a table, the sentences the rules
     * read), computed on first use and shared by every later caller, so that rules running over the
     * same document do not each redo it. {@code of} is compared by identity; the value must be
     * immutable or used read-only.
     *
     * @param kind    what is derived (e.g. the class that derives it)
     * @param of      of what (a typed table, the document…)
     * @param compute computes the value once
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object kind, Object of, Supplier<T> compute) {
        synchronized (derived) {
            Object v = derived.computeIfAbsent(kind, k -> new IdentityHashMap<>()).get(of);
            if (v != null) return (T) v;
        }
        T v = compute.get();
        synchronized (derived) {
            Object old = derived.get(kind).putIfAbsent(of, v);
            return old == null ? v : (T) old;
        }
    }

    /** Every fact: the tables' (cell by cell) then the text's. */
    public List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        for (TypedTable t : tables) out.addAll(t.facts());
        out.addAll(text.facts());
        return Collections.unmodifiableList(out);
    }
}
