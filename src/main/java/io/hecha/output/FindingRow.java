package io.hecha.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * @param page     the page the claim stands on, or null when the reader does not know it
 * @param bookmark the bookmark at the claim, "" when none; the location text names the heading it
 *                 stands for instead of Word's internal name ({@code _Toc26370})
 */
public record FindingRow(String rule, String severity, String message, String location, List<String> values,
                         String expected, String actual, List<EvidenceRow> evidence, Integer page, String bookmark) {
    public FindingRow {
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /** A finding without page or bookmark. */
    public FindingRow(String rule, String severity, String message, String location, List<String> values,
                      String expected, String actual, List<EvidenceRow> evidence) {
        this(rule, severity, message, location, values, expected, actual, evidence, null, "");
    }

    /**
     * What identifies this finding across runs, for a reviewer's decision: hex SHA-256 of the rule,
     * the location and the values compared — not its position in the list, so a rerun of an edited
     * document keeps the decisions of the findings that did not change.
     */
    public String key() {
        StringBuilder b = new StringBuilder(rule).append('\u001f').append(location);
        for (String v : values) b.append('\u001f').append(v);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verbatim text compared by a finding and where it stands. */
    public record EvidenceRow(String text, String location) {
    }
}
