package io.hecha.index;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** Reads a document into hecha's result JSON (the pipeline, for documents given to {@code hecha index}). */
@FunctionalInterface
public interface ResultReader {
    /**
     * The result of one document, or null when the file is not a document (it is skipped, as batch skips it).
     *
     * @throws Exception with a message saying why the file could not be read
     */
    JsonNode read(Path document) throws Exception;
}
