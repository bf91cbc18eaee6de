package io.hecha.cli;

import io.hecha.batch.BatchRunner;
import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.TimeAllowance;
import io.hecha.read.InputFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --timeout SECONDS} of {@code check} and {@code extract}: one input's read, extraction and
 * checks under a time limit, as {@code batch} does; an input that runs out of time is abandoned and
 * counts as unreadable (exit 3) with the reason "time-out after N s".
 */
public final class TimeoutOption {
    /** Worker stack: deep but legitimate nesting reads (as in batch). */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up on one input after this many seconds (default: ${DEFAULT-VALUE}), plus 30 s for "
                    + "each scanned page read by OCR; it then counts as unreadable.")
    long seconds;

    /** Runs the pipeline on one input within the time limit. */
    Result run(CommandSpec spec, Pipeline pipeline, InputFile in) throws BadInputException {
        if (seconds < 1) throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        return within(() -> pipeline.run(in), Duration.ofSeconds(seconds), in.fileName());
    }

    /**
     * The result of {@code work} run on its own thread, or a {@link BadInputException} "time-out after
     * N s" when it takes longer than {@code limit} and the time its pages read by OCR earned
     * ({@link TimeAllowance}; the thread is interrupted and abandoned). Exceptions
     * and errors of the work are thrown as they are.
     */
    static <T> T within(Callable<T> work, Duration limit, String fileName) throws BadInputException {
        TimeAllowance allowance = new TimeAllowance();
        FutureTask<T> task = new FutureTask<>(() -> allowance.call(work));
        Thread t = new Thread(null, task, "hecha-input", STACK_BYTES);
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        try {
            // pages sent to OCR while it waits move the deadline: wait again until it stands
            for (long left; (left = allowance.deadline(start, limit) - System.nanoTime()) > 0; ) {
                try {
                    return task.get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // the deadline as it stood has passed; the loop looks whether it moved
                }
            }
            if (task.isDone()) return task.get(); // it ended as the deadline came
            t.interrupt();
            BatchRunner.awaitStop(List.of(t));
            throw new BadInputException(fileName, "time-out after " + allowance.describe(limit) + " (reading abandoned)");
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new BadInputException(fileName, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof BadInputException b) throw b;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error x) throw x;
            throw new IllegalStateException(c);
        }
    }
}
