package io.hecha.pipeline;

import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.extract.Extractor;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interpreter;
import io.hecha.interpret.relation.Coverage;
import io.hecha.extract.mapping.LoadedMapping;
import io.hecha.extract.mapping.MappingSet;
import io.hecha.interpret.text.TextInterpreter;
import io.hecha.interpret.vocabulary.Vocabulary;
import io.hecha.model.Diagnostic;
import io.hecha.model.Document;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.ParserLimits;
import io.hecha.read.Readers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs read → extract → check on one input. Thread-safe; share one instance. */
public final class Pipeline {
    private final Extractor extractor;
    /** One interpreter per mapping ("" when none matched): the vocabulary is the defaults plus the mapping's. */
    private final Map<String, Interpreter> interpreters = new java.util.concurrent.ConcurrentHashMap<>();

    /** A pipeline choosing among the mappings found at run time ({@link MappingSet#load()}). */
    public Pipeline() {
        this(null);
    }

    /**
     * A pipeline with a forced mapping ({@code --mapping FILE}), or auto-detection when null.
     *
     * @throws io.hecha.extract.mapping.MappingException when a mapping file is malformed
     */
    public Pipeline(Path forcedMapping) {
        this.extractor = forcedMapping == null
                ? new Extractor(MappingSet.load(), false)
                : new Extractor(MappingSet.ofFile(forcedMapping), true);
    }

    /** The mappings this pipeline chooses from (file names and versions, for batch reruns). */
    public MappingSet mappings() {
        return extractor.mappings();
    }

    /** Reads, extracts and checks one input. */
    public Result run(InputFile input) throws BadInputException {
        return process(Readers.read(input));
    }

    /** Reads, extracts and checks one input whose format the caller has already {@link #detect detected}. */
    public Result run(InputFile input, InputFormat detected) throws BadInputException {
        return process(Readers.read(input, detected.detected));
    }

    /** Detects an input's format by its content (never by its file name). */
    public static InputFormat detect(InputFile input) {
        return new InputFormat(Readers.detect(input));
    }

    /** Reads one input into the document model (no extraction, no checks). */
    public static Document read(InputFile input) throws BadInputException {
        return Readers.read(input);
    }

    /**
     * Loads the readers (Tika's detector and parsers take seconds to start) and sets the zip-bomb
     * limits; call once before timing or starting workers. Reading works without it.
     */
    public static void warmUp() {
        ParserLimits.install();
    }

    private Result process(Document doc) {
        Optional<LoadedMapping> mapping = choose(doc);
        Extraction extraction = extract(doc, mapping);
        Interpretation in = interpreter(mapping).interpret(doc);
        List<Finding> findings = check(in, extraction);
        return new Result(doc, extraction, findings, Coverage.of(in, !findings.isEmpty()));
    }

    private Optional<LoadedMapping> choose(Document doc) {
        try {
            return extractor.choose(doc);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The interpreter of a mapping: its vocabulary is the built-in one extended by the mapping's. */
    private Interpreter interpreter(Optional<LoadedMapping> mapping) {
        String key = mapping.map(LoadedMapping::file).orElse("");
        return interpreters.computeIfAbsent(key, k -> new Interpreter(new TextInterpreter(Vocabulary.of(
                extractor.mappings().defaults().mapping(), mapping.map(LoadedMapping::mapping).orElse(null)))));
    }

    /**
     * Reads the model once into typed tables, facts and relations with the vocabulary of the mapping
     * that recognises it (never throws for a read document).
     */
    public Interpretation interpret(Document doc) {
        return interpreter(choose(doc)).interpret(doc);
    }

    /** Extracts the report's facts from a read document; never throws (a failure becomes a diagnostic). */
    public Extraction extract(Document doc) {
        return extract(doc, choose(doc));
    }

    private Extraction extract(Document doc, Optional<LoadedMapping> mapping) {
        try {
            return extractor.extract(doc, mapping);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extraction("", null, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new Diagnostic(Diagnostic.Severity.ERROR, "extract.failed",
                            "extraction failed: " + e, null)));
        }
    }

    /** Interprets the document and runs every check. */
    public List<Finding> check(Document doc, Extraction extraction) {
        return check(interpret(doc), extraction);
    }

    /** Runs every check over an interpretation. */
    public List<Finding> check(Interpretation interpretation, Extraction extraction) {
        return io.hecha.check.Checks.run(interpretation, extraction);
    }
}
