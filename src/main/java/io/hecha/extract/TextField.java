package io.hecha.extract;

/** A text field read from the report (subject, grade, evaluator…) and where. */
public record TextField(String text, Where where) {
}
