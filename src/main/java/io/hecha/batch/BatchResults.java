package io.hecha.batch;

import io.hecha.output.SummaryRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A read-only view of a batch output folder, for the programs that show a batch's results (the
 * web page): one entry per input the last runs handled, from the state journal. Reading never
 * writes anything, so it is safe while a batch runs (a torn last line is skipped).
 */
public final class BatchResults {
    private BatchResults() {
    }

    /**
     * One input of the batch.
     *
     * @param output the name of its JSON in the output folder ({@code row.output()} is "" when none was written)
     * @param source the input's absolute path when it was read, or null when the journal predates it
     * @param sha256 its content hash then ("" when it could not be read)
     * @param row    its summary row
     */
    public record Entry(String output, Path source, String sha256, SummaryRow row) {
        public Entry {
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(row, "row");
            sha256 = sha256 == null ? "" : sha256;
        }
    }

    /** The journal's file name, whose presence marks a batch output folder. */
    public static final String JOURNAL = BatchState.FILE_NAME;

    /** The entries of the batch output in {@code dir}, in journal order; empty when it holds no journal. */
    public static List<Entry> read(Path dir) {
        List<Entry> out = new ArrayList<>();
        for (BatchState.Entry e : BatchState.read(dir.resolve(BatchState.FILE_NAME)).values()) {
            Path source = e.source().isEmpty() ? null : Path.of(e.source());
            out.add(new Entry(e.output(), source, e.sha256(), e.row()));
        }
        return out;
    }
}
