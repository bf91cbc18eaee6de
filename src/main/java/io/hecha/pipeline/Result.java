package io.hecha.pipeline;

import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.model.Document;

import java.util.List;

/** Everything the pipeline produced for one input. */
public record Result(Document document, Extraction extraction, List<Finding> findings) {
    public Result {
        findings = List.copyOf(findings);
    }
}
