package io.hecha.interpret.text;

import io.hecha.interpret.Fact;
import io.hecha.interpret.Relation;

import java.util.List;

/**
 * The text side of an interpretation: facts stated in sentences and the relations declared between
 * concepts (filled by the text interpretation; empty until it lands).
 *
 * @param facts     numbers stated in the running text
 * @param relations relations among text and table facts
 */
public record TextInterpretation(List<Fact> facts, List<Relation> relations) {
    /** Nothing read from the text. */
    public static final TextInterpretation EMPTY = new TextInterpretation(List.of(), List.of());

    public TextInterpretation {
        facts = List.copyOf(facts);
        relations = List.copyOf(relations);
    }
}
