package io.hecha.check;

import io.hecha.extract.Extraction;
import io.hecha.model.Document;

import java.util.List;

/** One rule: looks at a read and extracted report and returns what it finds wrong. */
@FunctionalInterface
public interface Check {
    /**
     * Runs the rule.
     *
     * @param document   the document model
     * @param extraction what the mapping extracted from it
     * @return findings, empty when everything the rule covers is consistent
     */
    List<Finding> check(Document document, Extraction extraction);
}
