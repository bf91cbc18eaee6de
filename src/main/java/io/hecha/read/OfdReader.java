package io.hecha.read;

import io.hecha.model.Document;

/** Placeholder until this reader is written: rejects every input with a clear reason. */
public final class OfdReader implements DocumentReader {
    @Override
    public Document read(InputFile input) throws BadInputException {
        throw new BadInputException(input.fileName(), "this format is not supported yet");
    }
}
