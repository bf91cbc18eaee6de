package io.hecha.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A batch over {@code args[0]} into {@code args[1]} whose processor is slow and writes big JSON
 * (about 0.5 MB per input), for the crash test to kill midway in a child JVM.
 */
public final class SlowBatchMain {
    private SlowBatchMain() {
    }

    /** The processor both the child and the test's rerun use. */
    static final InputProcessor SLOW = (in, detected) -> {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return FakeResults.result(in, 1, 4_000);
    };

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        BatchOptions opts = new BatchOptions(out, 2, Duration.ofSeconds(60), 10 * 1024 * 1024, false, null, "");
        new BatchRunner(opts, SLOW, new PrintWriter(System.err, true), false).run(InputCollector.collect(List.of(in), out));
    }
}
