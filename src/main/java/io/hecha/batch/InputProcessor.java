package io.hecha.batch;

import io.hecha.pipeline.InputFormat;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;

/** What a batch does with one input that is a document: normally {@code new Pipeline()::run}. */
@FunctionalInterface
public interface InputProcessor {
    /**
     * Reads, extracts and checks one input, whose format the batch has already detected.
     *
     * @throws BadInputException when the input cannot be read at all
     */
    Result process(InputFile input, InputFormat detected) throws BadInputException;
}
