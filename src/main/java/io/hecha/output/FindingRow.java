package io.hecha.output;

import java.util.List;

/**
 * A finding flattened to text for the summaries: everything a reviewer needs to find it in the
 * report and judge it.
 *
 * @param rule     the rule id
 * @param severity error, warning or info
 * @param message  the Chinese message with the numbers
 * @param location where the claim stands, as text
 * @param values   the displayed number strings compared, as printed
 * @param expected the computed interval
 * @param actual   the printed claim
 * @param evidence the verbatim texts compared and where each stands
 */
public record FindingRow(String rule, String severity, String message, String location, List<String> values,
                         String expected, String actual, List<EvidenceRow> evidence) {
    public FindingRow {
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** A verbatim text compared by a finding and where it stands. */
    public record EvidenceRow(String text, String location) {
    }
}
