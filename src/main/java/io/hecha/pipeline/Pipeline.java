package io.hecha.pipeline;

import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.model.Document;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;

import java.util.List;

/** Runs read → extract → check on one input. Thread-safe; share one instance. */
public final class Pipeline {
    /** Reads, extracts and checks one input. */
    public Result run(InputFile input) throws BadInputException {
        Document doc = Readers.read(input);
        Extraction extraction = extract(doc);
        return new Result(doc, extraction, check(doc, extraction));
    }

    /** Extracts the report's facts from a read document. */
    public Extraction extract(Document doc) {
        return Extraction.empty();
    }

    /** Runs every check. */
    public List<Finding> check(Document doc, Extraction extraction) {
        return io.hecha.check.Checks.run(doc, extraction);
    }
}
