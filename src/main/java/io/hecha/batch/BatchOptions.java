package io.hecha.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a batch runs.
 *
 * @param outputDir    where the JSON files and summaries go
 * @param threads      inputs handled at once
 * @param timeout      time limit for one input
 * @param maxBytes     inputs larger than this are rejected before reading
 * @param force        redo inputs even when unchanged since the last run
 * @param password     password for encrypted inputs, or null
 * @param extraVersion what else decides whether a previous result is still valid (e.g. the
 *                     mapping file's hash), "" when nothing; the password is added by the runner
 *                     itself, as a keyed hash
 * @param waitForLock  when another batch is writing to the same output folder, wait for it to
 *                     finish instead of refusing
 */
public record BatchOptions(Path outputDir, int threads, Duration timeout, long maxBytes, boolean force,
                           String password, String extraVersion, boolean waitForLock) {
    public BatchOptions {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(timeout, "timeout");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxBytes < 1) throw new IllegalArgumentException("max size must be positive");
        extraVersion = extraVersion == null ? "" : extraVersion;
    }

    /** Options that refuse to run while another batch writes to the same folder. */
    public BatchOptions(Path outputDir, int threads, Duration timeout, long maxBytes, boolean force,
                        String password, String extraVersion) {
        this(outputDir, threads, timeout, maxBytes, force, password, extraVersion, false);
    }

    /** Defaults: output/, 2 threads, 120 s, 200 MB. */
    public static BatchOptions defaults(Path outputDir) {
        return new BatchOptions(outputDir, 2, Duration.ofSeconds(120), 200L * 1024 * 1024, false, null, "");
    }
}
