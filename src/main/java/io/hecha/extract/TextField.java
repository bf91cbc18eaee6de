package io.hecha.extract;

import io.hecha.model.Location;

/** A text field read from the report (subject, grade, evaluator…) and where. */
public record TextField(String text, Location where) {
}
