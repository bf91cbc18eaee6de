package io.hecha.read;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time an input earns while it is read, beyond the runner's time limit ({@code --timeout} of
 * {@code check}, {@code extract}, {@code batch} and {@code serve}): reading a scanned page by OCR
 * takes seconds where a page with a text layer takes milliseconds, so each page sent to OCR adds
 * {@link #PER_OCR_PAGE} to the limit, and a long scan is not abandoned for being long.
 *
 * <p>A runner makes one allowance per input and runs the work through {@link #call}; a reader
 * calls {@link #ocrPage} on the worker thread before each page it sends to OCR; the runner's
 * watchdog waits until {@link #deadline}.
 */
public final class TimeAllowance {
    /** Time added to the limit for each page read by OCR (several times what a page takes on one core). */
    public static final Duration PER_OCR_PAGE = Duration.ofSeconds(30);

    private static final ThreadLocal<TimeAllowance> CURRENT = new ThreadLocal<>();

    private final AtomicLong pages = new AtomicLong();

    /** Runs {@code work} on this thread with this allowance as the one {@link #ocrPage} adds to. */
    public <T> T call(Callable<T> work) throws Exception {
        TimeAllowance outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    /**
     * Adds {@link #PER_OCR_PAGE} to the allowance of the work running on this thread, which is about
     * to read a page by OCR (outside {@link #call}: nothing happens).
     */
    public static void ocrPage() {
        TimeAllowance a = CURRENT.get();
        if (a != null) a.pages.incrementAndGet();
    }

    /** The time granted so far, in nanoseconds. */
    public long extraNanos() {
        return pages.get() * PER_OCR_PAGE.toNanos();
    }

    /** The deadline ({@link System#nanoTime} scale) of work started at {@code startNanos} with the limit {@code base}, as granted so far. */
    public long deadline(long startNanos, Duration base) {
        return startNanos + base.toNanos() + extraNanos();
    }

    /**
     * The limit {@code base} with the time granted, for messages: {@code 120 s}, or
     * {@code 1380 s (120 s + 30 s for each of 42 page(s) read by OCR)}.
     */
    public String describe(Duration base) {
        long n = pages.get();
        if (n == 0) return base.toSeconds() + " s";
        return (base.toSeconds() + Duration.ofNanos(extraNanos()).toSeconds()) + " s ("
                + base.toSeconds() + " s + " + PER_OCR_PAGE.toSeconds() + " s for each of " + n + " page(s) read by OCR)";
    }
}
