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
        List<Table> modelTables = document.tables();
        for (TypedTable t : this.tables) {
            for (int i : t.partIndexes()) if (i >= 0 && i < modelTables.size()) byTable.put(modelTables.get(i), t);
        }
    }

    /** The document as read (continued tables are separate tables here, as in the JSON). */
    public Document document() {
        return document;
    }

    /** The typed tables in reading order; a table continued across pages is one typed table. */
    public List<TypedTable> tables() {
        return tables;
    }

    /**
     * The typed table of a model table: for the first part of a continued table, the joined table;
     * for a later part, null (its rows are in the first part's typed table).
     */
    public TypedTable typed(Table modelTable) {
        TypedTable t = byTable.get(modelTable);
        if (t == null) return null;
        List<Table> modelTables = document.tables();
        int first = t.index();
        return first < modelTables.size() && modelTables.get(first) == modelTable ? t : null;
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
