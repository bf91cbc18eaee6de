package io.hecha.pipeline;

import io.hecha.read.Format;
import io.hecha.read.Readers;

/**
 * What an input was detected to be, by its content ({@link Pipeline#detect}); hand it back to
 * {@link Pipeline#run(io.hecha.read.InputFile, InputFormat)} so the input is not detected twice.
 */
public final class InputFormat {
    final Readers.Detected detected;

    InputFormat(Readers.Detected detected) {
        this.detected = detected;
    }

    /** True when hecha has a reader for it. */
    public boolean known() {
        return detected.format() != Format.UNKNOWN;
    }

    /** The format's short name ({@code pdf}, {@code docx}, …), or the media type when not {@link #known()}. */
    public String id() {
        return known() ? detected.format().id() : detected.mediaType();
    }

    /** The detected media type, e.g. {@code application/pdf}. */
    public String mediaType() {
        return detected.mediaType();
    }

    @Override
    public String toString() {
        return id();
    }
}
