package io.hecha.interpret;

import io.hecha.interpret.text.TextInterpreter;
import io.hecha.model.Block;
import io.hecha.model.Document;
import io.hecha.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The interpretation stage's entry: reads a document model once into an {@link Interpretation}:
 * typed tables (blocks, column roles, row hierarchies chosen by evidence)
 * and the text side. Thread-safe when its text interpreter is.
 */
public final class Interpreter {
    private final TextInterpreter text;

    /** An interpreter with the built-in text interpretation. */
    public Interpreter() {
        this(new TextInterpreter());
    }

    /** An interpreter with the given text interpretation (e.g. one built from the matched mapping). */
    public Interpreter(TextInterpreter text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** Interprets one document. */
    public Interpretation interpret(Document document) {
        List<TypedTable> tables = tables(document);
        return new Interpretation(document, tables, text.interpret(document, tables));
    }

    /** One table typed on its own, outside any document (its locations carry no reference). */
    public static TypedTable type(Table table) {
        return TableTyper.type(table, -1, -1, null, null);
    }

    /** The typed tables of a document, in {@link Document#tables()} order. */
    public static List<TypedTable> tables(Document document) {
        List<TypedTable> out = new ArrayList<>();
        List<Block> blocks = document.blocks();
        List<Table> tables = document.tables();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t) {
                int k = out.size();
                Table previous = k == 0 ? null : tables.get(k - 1), next = k + 1 < tables.size() ? tables.get(k + 1) : null;
                out.add(TableTyper.type(t, k, i, previous, next));
            }
        }
        return out;
    }
}
