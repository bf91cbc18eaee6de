package io.hecha.read;

import io.hecha.model.Document;

/** Reads one input into the document model. Implementations collect diagnostics instead of throwing. */
@FunctionalInterface
public interface DocumentReader {
    /**
     * Reads a document.
     *
     * @param input the file's bytes and name
     * @return the document model, with diagnostics for what could not be read cleanly
     * @throws BadInputException when the input cannot be read at all (not a document, encrypted,
     *                           truncated…): the message names the file and the reason
     */
    Document read(InputFile input) throws BadInputException;
}
