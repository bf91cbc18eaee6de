package io.hecha.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Another running batch holds the lock of the output folder. */
public final class BatchLockedException extends IOException {
    private final transient Path outputDir;

    BatchLockedException(Path outputDir, String holder) {
        super(outputDir + " is in use by " + holder + "; wait for it to finish, or rerun with --wait");
        this.outputDir = outputDir;
    }

    /** The folder that is in use. */
    public Path outputDir() {
        return outputDir;
    }
}
