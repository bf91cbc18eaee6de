package io.hecha.read;

import io.hecha.model.Document;

/** Placeholder until this reader is written: rejects every input with a clear reason. */
public final class TikaXhtmlReader implements DocumentReader {
    private final Readers.Detected detected;

    TikaXhtmlReader(Readers.Detected detected) {
        this.detected = detected;
    }

    @Override
    public Document read(InputFile input) throws BadInputException {
        throw new BadInputException(input.fileName(), detected.format().id() + " is not supported yet");
    }
}
