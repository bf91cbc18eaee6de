package io.hecha.output;

import java.util.List;
import java.util.Objects;

/**
 * One input of a batch as the summaries show it: what was read, the report's identity and verdict,
 * how many findings, and whether it was read at all (and why not).
 *
 * @param file       the input's path as the batch was given it (folder argument + relative path)
 * @param output     the name of its JSON in the output folder, or "" when none was written
 * @param sha256     hex SHA-256 of the content, or "" when it could not be read
 * @param format     detected format by content ({@code docx}, {@code pdf}, …) or the media type
 *                   detected for a non-document, "" when unknown
 * @param reportType the mapping's report type, "" when none matched
 * @param subject    被评价单位, "" when not found
 * @param year       the evaluated year as printed, ""
 * @param score      the overall score as printed, ""
 * @param grade      the grade as printed, ""
 * @param errors     number of error findings
 * @param warnings   number of warning findings
 * @param status     ok, not-checked, failed or skipped
 * @param reason     why it failed, was skipped or could not be checked, "" when ok
 * @param findings   every finding, flattened for the summaries
 * @param checked    the relations checked in it (its coverage), -1 when unknown (not read)
 */
public record SummaryRow(String file, String output, String sha256, String format, String reportType,
                         String subject, String year, String score, String grade, int errors, int warnings,
                         Status status, String reason, List<FindingRow> findings, int checked) {
    /** A row whose coverage is unknown. */
    public SummaryRow(String file, String output, String sha256, String format, String reportType, String subject,
                      String year, String score, String grade, int errors, int warnings, Status status, String reason,
                      List<FindingRow> findings) {
        this(file, output, sha256, format, reportType, subject, year, score, grade, errors, warnings, status, reason,
                findings, -1);
    }

    public SummaryRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        output = nz(output);
        sha256 = nz(sha256);
        format = nz(format);
        reportType = nz(reportType);
        subject = nz(subject);
        year = nz(year);
        score = nz(score);
        grade = nz(grade);
        reason = nz(reason);
        findings = List.copyOf(findings);
    }

    /** Whether an input was read. */
    public enum Status {
        /** Read, extracted and checked (it may still have findings). */
        OK,
        /** Read, but nothing in it could be checked (no text layer, no table or figure, no relation): the reason says which. */
        NOT_CHECKED,
        /** Could not be read: encrypted, truncated, too large, time-out, parser bug… */
        FAILED,
        /** Not a document (by content): nothing to read. */
        SKIPPED;

        /** The lower-case name used in the summaries. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The status for a lower-case name. */
        public static Status of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * The rows in the order a reviewer reads them: reports with errors first (most errors first),
     * then those with warnings (most first), then inputs that failed, then the rest; ties keep the
     * input order.
     */
    public static List<SummaryRow> forReview(List<SummaryRow> rows) {
        List<SummaryRow> sorted = new java.util.ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparingInt(SummaryRow::errors).reversed()
                .thenComparing(java.util.Comparator.comparingInt(SummaryRow::warnings).reversed())
                .thenComparing(r -> r.status() == Status.FAILED ? 0 : 1));
        return sorted;
    }

    /** A row for an input that was not read, with the reason. */
    public static SummaryRow notRead(String file, String sha256, String format, Status status, String reason) {
        return new SummaryRow(file, "", sha256, format, "", "", "", "", "", 0, 0, status, reason, List.of());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
