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
 * @param status     ok, failed or skipped
 * @param reason     why it failed or was skipped, "" when ok
 * @param findings   every finding, flattened for the summaries
 */
public record SummaryRow(String file, String output, String sha256, String format, String reportType,
                         String subject, String year, String score, String grade, int errors, int warnings,
                         Status status, String reason, List<FindingRow> findings) {
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
        /** Could not be read: encrypted, truncated, too large, time-out, parser bug… */
        FAILED,
        /** Not a document (by content): nothing to read. */
        SKIPPED;

        /** The lower-case name used in the summaries. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status for a lower-case name. */
        public static Status of(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
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
