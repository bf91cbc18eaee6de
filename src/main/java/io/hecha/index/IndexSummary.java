package io.hecha.index;

import java.util.List;

/**
 * What an index run did.
 *
 * @param added     reports new to the index
 * @param replaced  reports whose content changed: the old entry was replaced
 * @param unchanged reports already indexed with the same content hash: nothing done
 * @param removed   entries whose file is gone from a folder that was indexed again
 * @param skipped   files that are not documents
 * @param failed    inputs that could not be indexed, with the reason
 * @param total     reports in the index afterwards
 * @param seconds   wall time of the run
 */
public record IndexSummary(int added, int replaced, int unchanged, int removed, int skipped, List<Failure> failed,
                           int total, double seconds) {
    public IndexSummary {
        failed = List.copyOf(failed);
    }

    /** An input that could not be indexed. */
    public record Failure(String path, String reason) {
    }
}
