package io.hecha.interpret.text;

import io.hecha.extract.mapping.MappingSet;
import io.hecha.interpret.Fact;
import io.hecha.interpret.TypedTable;
import io.hecha.interpret.relation.CheckedRelation;
import io.hecha.interpret.relation.RelationEngine;
import io.hecha.interpret.relation.Stated;
import io.hecha.interpret.score.ScoreSheets;
import io.hecha.interpret.score.ScoreStatements;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Document;
import io.hecha.model.Location;
import io.hecha.model.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The text side of the interpretation: reads the running text once with the vocabulary, takes the
 * typed tables' cells as facts named by the same vocabulary, and evaluates the vocabulary's relations
 * over all of them. Thread-safe.
 */
public class TextInterpreter {
    private final Vocabulary vocabulary;
    private final RelationEngine engine;

    /** The built-in vocabulary only ({@code mappings/_default.yaml}). */
    public TextInterpreter() {
        this(Vocabulary.of(MappingSet.load().defaults().mapping(), null));
    }

    public TextInterpreter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.engine = new RelationEngine(vocabulary);
    }

    /** The vocabulary it reads with. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The text side of one document, given its typed tables. */
    public TextInterpretation interpret(Document document, List<TypedTable> tables) {
        TextFacts.Reading reading = TextFacts.read(document, vocabulary);
        List<Stated> all = new ArrayList<>(TextFacts.stated(reading));
        ScoreSheets.Reading sheets = ScoreSheets.read(tables, vocabulary, all.size(), reading);
        all.addAll(sheets.facts());
        all.addAll(CellFacts.of(document, tables, vocabulary, all.size(), sheets.cells()));
        List<CheckedRelation> relations = new ArrayList<>(engine.evaluate(all));
        java.util.Map<Long, Stated> cells = new java.util.HashMap<>();
        for (Stated f : sheets.facts()) cells.put(ScoreSheets.cellKey(f.place().table(), f.place().row(), f.place().column()), f);
        relations.addAll(ScoreStatements.evaluate(reading, all, sheets.sheets(), cells));
        return new TextInterpretation(vocabulary, reading, all, relations, facts(document, reading), sheets.sheets());
    }

    /** The text facts as {@link Fact}s, each located at its characters in its paragraph. */
    private static List<Fact> facts(Document document, TextFacts.Reading reading) {
        List<Paragraph> paragraphs = document.paragraphs();
        List<Fact> out = new ArrayList<>(reading.facts().size());
        for (TextFact f : reading.facts()) {
            int[] chars = f.chars();
            Location at = Location.paragraph(f.sentence().paragraph(), paragraphs.get(f.sentence().paragraph()))
                    .withChars(chars[0], chars[1]);
            out.add(new Fact(f.concept(), f.subject(), f.period(), f.unit(), f.shown(), f.interval(), at));
        }
        return out;
    }
}
