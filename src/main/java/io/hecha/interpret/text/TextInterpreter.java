package io.hecha.interpret.text;

import io.hecha.interpret.TypedTable;
import io.hecha.model.Document;

import java.util.List;

/** Reads the text side of a document (sentences, text facts, score sheets, declared relations). */
public class TextInterpreter {
    /** The text side of one document, given its typed tables. */
    public TextInterpretation interpret(Document document, List<TypedTable> tables) {
        return TextInterpretation.EMPTY;
    }
}
