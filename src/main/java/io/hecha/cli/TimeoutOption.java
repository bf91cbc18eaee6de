package io.hecha.cli;

import io.hecha.pipeline.Pipeline;
import io.hecha.pipeline.Result;
import io.hecha.read.BadInputException;
import io.hecha.read.TimeAllowance;
import io.hecha.read.InputFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.time.Duration;
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
            while (true) {
                long left = start + limit.toNanos() + allowance.extraNanos() - System.nanoTime();
                try {
                    return task.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // pages sent to OCR meanwhile may have moved the deadline
                    if (start + limit.toNanos() + allowance.extraNanos() - System.nanoTime() > 0) continue;
                    t.interrupt();
                    awaitStop(t);
                    throw new BadInputException(fileName, "time-out after " + allowance.describe(limit) + " (reading abandoned)");
                }
            }
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

    /**
     * Gives an interrupted worker a few seconds to stop at its next interruption check before the
     * command goes on (and maybe exits): a worker inside native code (ONNX Runtime reading a scanned
     * page) crashes the JVM when the process exits under it, since ONNX Runtime's shutdown hook frees
     * its environment while the call runs.
     */
    private static void awaitStop(Thread t) {
        try {
            t.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final long STOP_WAIT_MILLIS = 5_000;
}
