package io.hecha.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file a batch will handle.
 *
 * @param path    where it is
 * @param display how the summaries name it: the folder argument joined with the path below it
 * @param output  the name of its JSON in the output folder, unique within the batch
 */
public record BatchInput(Path path, String display, String output) {
    public BatchInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(output, "output");
    }
}
