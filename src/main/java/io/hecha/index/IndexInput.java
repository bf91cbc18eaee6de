package io.hecha.index;

import java.nio.file.Path;

/**
 * One file to index.
 *
 * @param path    its absolute path (also the report's id)
 * @param display the path as the user gave it, for messages
 * @param json    true for a hecha result JSON, false for a document the pipeline reads
 */
public record IndexInput(Path path, String display, boolean json) {
    /** The report's id. */
    public String id() {
        return path.toString();
    }
}
