package io.hecha.check;

import io.hecha.extract.Extraction;
import io.hecha.interpret.Interpretation;
import io.hecha.interpret.Interpreter;
import io.hecha.model.Document;

import java.util.List;

/** One rule: looks at a read and extracted report and returns what it finds wrong. */
@FunctionalInterface
public interface Check {
    /**
     * Runs the rule.
     *
     * @param interpretation the document read once: its model, typed tables, facts and relations
     * @param extraction     what the mapping extracted from it
     * @return findings, empty when everything the rule covers is consistent
     */
    List<Finding> check(Interpretation interpretation, Extraction extraction);

    /** Runs the rule on a document interpreted here with the built-in interpretation. */
    default List<Finding> check(Document document, Extraction extraction) {
        return check(new Interpreter().interpret(document), extraction);
    }
}
