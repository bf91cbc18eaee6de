package io.hecha.batch;

import io.hecha.output.SummaryRow;

import java.util.List;

/**
 * What a batch did.
 *
 * @param rows        one row per input, in input order
 * @param processed   inputs handled in this run
 * @param unchanged   inputs skipped as unchanged since the last run (their rows reused)
 * @param timedOut    inputs abandoned at the time limit
 * @param writeErrors outputs that could not be written (disk full, permissions…)
 */
public record BatchReport(List<SummaryRow> rows, int processed, int unchanged, int timedOut, List<String> writeErrors) {
    public BatchReport {
        rows = List.copyOf(rows);
        writeErrors = List.copyOf(writeErrors);
    }

    /** How many rows have this status. */
    public long count(SummaryRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    /** True when some input has an error finding. */
    public boolean hasErrorFindings() {
        return rows.stream().anyMatch(r -> r.errors() > 0);
    }
}
