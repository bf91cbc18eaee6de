package io.hecha.fuzz;

import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.ParserLimits;
import io.hecha.read.Readers;

/**
 * The readers' contract on any bytes at all: return a document, or throw
 * {@link BadInputException} with a reason. Anything else thrown — a RuntimeException, a
 * StackOverflowError, an OutOfMemoryError — is a bug, and escapes from here for the fuzzer to report.
 */
final class ReadContract {
    private ReadContract() {
    }

    static void check(byte[] bytes) {
        ParserLimits.install();
        try {
            Readers.read(new InputFile("fuzz", bytes, null));
        } catch (BadInputException e) {
            if (e.reason() == null || e.reason().isBlank()) throw new AssertionError("BadInputException without a reason", e);
        }
    }
}
