package io.hecha.interpret;

import io.hecha.interpret.text.TextInterpretation;
import io.hecha.model.Document;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Every fact: the tables' (cell by cell) then the text's. */
    public List<Fact> facts() {
        List<Fact> out = new ArrayList<>();
        for (TypedTable t : tables) out.addAll(t.facts());
        out.addAll(text.facts());
        return Collections.unmodifiableList(out);
    }
}
