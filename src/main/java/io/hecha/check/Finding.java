package io.hecha.check;

import io.hecha.model.Diagnostic.Severity;
import io.hecha.model.Location;

import java.util.List;
import java.util.Objects;

/**
 * Something a rule found: which rule, how bad, a Chinese message with the numbers, where, the
 * verbatim evidence compared, the printed number strings compared, and the computed interval
 * against the printed claim.
 *
 * @param rule     the rule's stable id, e.g. {@code table.column-total}
 * @param severity error when the numbers cannot all be right, warning when suspicious, info
 * @param message  a Chinese sentence with the numbers
 * @param location where the claim stands
 * @param evidence the cell texts or sentences compared, each with where it stands
 * @param values   the displayed number strings compared, exactly as printed
 * @param expected the computed interval, e.g. {@code [250.105, 250.115]}
 * @param actual   the printed claim, e.g. {@code 250.17}
 */
public record Finding(String rule, Severity severity, String message, Location location,
                      List<Evidence> evidence, List<String> values, String expected, String actual) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.NOWHERE : location;
        evidence = List.copyOf(evidence);
        values = List.copyOf(values);
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
    }

    /** A verbatim cell text or sentence that was compared, and where it stands. */
    public record Evidence(String text, Location location) {
        public Evidence {
            Objects.requireNonNull(text, "text");
            location = location == null ? Location.NOWHERE : location;
        }
    }
}
