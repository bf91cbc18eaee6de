package io.hecha.pipeline;

import io.hecha.check.Finding;
import io.hecha.extract.Extraction;
import io.hecha.interpret.relation.Coverage;
import io.hecha.model.Document;

import java.util.List;

/**
 * Everything the pipeline produced for one input.
 *
 * @param coverage what could be checked (relations per rule and table; {@code not-checked} with its reason)
 */
public record Result(Document document, Extraction extraction, List<Finding> findings, Coverage coverage) {
    public Result {
        findings = List.copyOf(findings);
        coverage = coverage == null ? Coverage.unknown() : coverage;
    }

    /** A result whose coverage was not measured (built outside the pipeline). */
    public Result(Document document, Extraction extraction, List<Finding> findings) {
        this(document, extraction, findings, null);
    }
}
