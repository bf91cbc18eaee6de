package io.hecha.interpret.text;

import io.hecha.interpret.Fact;
import io.hecha.interpret.relation.CheckedRelation;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.score.ScoreSheet;
import io.hecha.interpret.vocabulary.Vocabulary;

import java.util.List;

/**
 * The text side of an interpretation: the sentences and the facts they state, every fact given to
 * the relation rules (text facts first, then the tables' cells), and the relations evaluated over
 * them.
 *
 * @param vocabulary the vocabulary the text was read with (null for {@link #EMPTY})
 * @param reading    the sentences and text facts
 * @param stated     the facts as the relation rules took them ({@code stated.get(i).id() == i}; the first
 *                   {@code reading.facts().size()} are the text facts in the same order)
 * @param relations  every relation evaluated, holding or not
 * @param facts      the text facts in the interpretation's one fact shape
 * @param sheets     the score sheets found in the tables
 */
public record TextInterpretation(Vocabulary vocabulary, TextFacts.Reading reading, List<Stated> stated,
                                 List<CheckedRelation> relations, List<Fact> facts, List<ScoreSheet> sheets) {
    /** Nothing read from the text. */
    public static final TextInterpretation EMPTY = new TextInterpretation(null,
            new TextFacts.Reading(List.of(), List.of(), ""), List.of(), List.of(), List.of(), List.of());

    public TextInterpretation {
        stated = List.copyOf(stated);
        relations = List.copyOf(relations);
        facts = List.copyOf(facts);
        sheets = List.copyOf(sheets);
    }
}
