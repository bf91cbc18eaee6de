package io.hecha.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file a batch will handle.
 *
 * @param path    where it is
 * @param display how the summaries name it: the folder argument joined with the path below it
 * @param output  the name of its JSON in the output folder, unique within the batch
 * @param skipped why it is not read at all (a hidden file, a link out of the input folder), "" when
 *                it is read
 */
public record BatchInput(Path path, String display, String output, String skipped) {
    public BatchInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(output, "output");
        skipped = skipped == null ? "" : skipped;
    }

    /** An input to read. */
    public BatchInput(Path path, String display, String output) {
        this(path, display, output, "");
    }
}
