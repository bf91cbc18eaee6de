package io.hecha.batch;

import io.hecha.pipeline.Pipeline;
import io.hecha.read.TimeAllowance;
import io.hecha.output.AtomicFiles;
import io.hecha.output.ResultJson;
import io.hecha.output.SummaryCsv;
import io.hecha.output.SummaryHtml;
import io.hecha.output.SummaryRow;
import io.hecha.output.ReviewDecisions;
import io.hecha.output.SummaryXlsx;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch. The calling thread is the coordinator: it starts at most {@code threads} workers
 * (one daemon thread per input, with a large stack), waits for each until its deadline, and is the
 * only one that writes files. A worker that misses its deadline is interrupted and abandoned — Java
 * cannot stop a thread stuck in a parser loop — and its late result is dropped, so it can never
 * write anything; its row says "time-out". An input bigger than {@link #bigInputBytes()} runs
 * alone. Each finished input's JSON is written (atomically) at
 * once and recorded in the state journal; the summaries are written at the end.
 */
public final class BatchRunner {
    /** Output files of a batch, besides one JSON per input. */
    public static final String CSV = "summary.csv";
    public static final String XLSX = "summary.xlsx";
    public static final String HTML = "report.html";

    /** Bumped when the batch's own rules for a row change (e.g. what counts as not a document). */
    static final String BATCH_VERSION = "2";
    /** Worker stack: deep but legitimate nesting reads; pathological nesting still overflows and is caught. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    private final BatchOptions options;
    private final InputProcessor pipeline;
    private final PrintWriter err;
    private final boolean terminal;
    private long bigInput = bigInputBytes();

    /**
     * @param options  how to run
     * @param pipeline what to do with each document, normally {@code new Pipeline()::run} (shared by the workers)
     * @param err      where progress goes
     * @param terminal whether {@code err} is a terminal (a redrawn bar) or not (plain lines)
     */
    public BatchRunner(BatchOptions options, InputProcessor pipeline, PrintWriter err, boolean terminal) {
        this.options = options;
        this.pipeline = pipeline;
        this.err = err;
        this.terminal = terminal;
    }

    /** The size above which an input runs alone (tests use a small one). */
    BatchRunner withBigInputBytes(long bytes) {
        this.bigInput = bytes;
        return this;
    }

    /**
     * What decides, besides the content, whether a previous result still stands: hecha's version
     * (and the jar's size and time), the JSON schema, the batch's own rules, and {@code extra}
     * (the mappings' versions, the password…).
     */
    public static String processingVersion(String extra) {
        String v = BatchRunner.class.getPackage().getImplementationVersion();
        return "hecha " + (v == null ? "dev" : v) + buildStamp() + "; json " + ResultJson.SCHEMA_VERSION
                + "; batch " + BATCH_VERSION + (extra.isEmpty() ? "" : "; " + extra);
    }

    /** The jar's size and time when running from a jar, so a rebuilt jar redoes everything. */
    private static String buildStamp() {
        try {
            var src = BatchRunner.class.getProtectionDomain().getCodeSource();
            if (src == null) return "";
            Path p = Path.of(src.getLocation().toURI());
            if (!Files.isRegularFile(p)) return "";
            return " (" + Files.size(p) + " bytes, " + Files.getLastModifiedTime(p).toMillis() + ")";
        } catch (Exception e) {
            return "";
        }
    }

    private record Done(int index, Object token, Outcome outcome) {
    }

    /** A worker and its deadline: the time limit from its start, plus what its reading earned ({@link TimeAllowance}). */
    private record Running(BatchInput input, Thread thread, long start, Duration limit, TimeAllowance allowance, Object token) {
        long deadline() {
            return allowance.deadline(start, limit);
        }
    }

    /**
     * Runs the batch over the inputs and writes every output, holding the output folder's lock.
     *
     * @throws BatchLockedException when another running batch writes to the same folder (and
     *                              {@link BatchOptions#waitForLock()} is false)
     */
    public BatchReport run(List<BatchInput> inputs) throws IOException {
        Path dir = options.outputDir();
        Files.createDirectories(dir);
        try (BatchLock lock = BatchLock.acquire(dir, options.waitForLock(), holder -> {
            err.println("hecha: waiting for " + holder + " to finish with " + dir + " …");
            err.flush();
        })) {
            return runLocked(inputs, dir);
        }
    }

    private BatchReport runLocked(List<BatchInput> inputs, Path dir) throws IOException {
        Pipeline.warmUp(); // also starts Tika (seconds of class loading) before any input's clock starts
        AtomicFiles.cleanTemporaries(dir);
        String extra = options.extraVersion();
        if (options.password() != null) {
            extra += (extra.isEmpty() ? "" : "; ") + "password " + FolderKey.of(dir).hmac(options.password());
        }
        String version = processingVersion(extra);
        BatchState state = BatchState.open(dir);
        Map<String, BatchState.Entry> previous = state.snapshot();
        Progress progress = new Progress(err, terminal, inputs.size());

        SummaryRow[] rows = new SummaryRow[inputs.size()];
        List<String> writeErrors = new ArrayList<>();
        BlockingQueue<Done> done = new LinkedBlockingQueue<>();
        Map<Integer, Running> running = new HashMap<>();
        List<Thread> abandoned = new ArrayList<>();
        int processed = 0, unchanged = 0, timedOut = 0;
        int next = 0;
        boolean exclusive = false;
        try {
            while (next < inputs.size() || !running.isEmpty()) {
                while (running.size() < options.threads() && next < inputs.size() && !exclusive) {
                    BatchInput in = inputs.get(next);
                    boolean big = sizeOf(in) > bigInput;
                    if (big && !running.isEmpty()) break; // a big input waits until it can run alone
                    int i = next++;
                    exclusive = big;
                    FileTask task = new FileTask(in, options, pipeline, version, previous.get(in.output()));
                    Object token = new Object();
                    TimeAllowance allowance = new TimeAllowance();
                    Thread t = new Thread(null, () -> done.add(new Done(i, token, callSafely(task, in, allowance))),
                            "hecha-batch-" + i, WORKER_STACK_BYTES);
                    t.setDaemon(true);
                    running.put(i, new Running(in, t, System.nanoTime(), options.timeout(), allowance, token));
                    progress.started(in);
                    t.start();
                }
                long wait = running.values().stream().mapToLong(Running::deadline).min().orElseThrow() - System.nanoTime();
                Done d = wait > 0 ? done.poll(wait, TimeUnit.NANOSECONDS) : null;
                if (d != null) {
                    Running r = running.get(d.index());
                    if (r == null || r.token() != d.token()) continue; // a late result of an abandoned worker
                    running.remove(d.index());
                    exclusive = false;
                    rows[d.index()] = finish(r.input(), d.outcome(), version, state, writeErrors);
                    if (d.outcome().reused()) unchanged++;
                    else processed++;
                    progress.finished(r.input(), d.outcome());
                    continue;
                }
                long now = System.nanoTime();
                for (Iterator<Map.Entry<Integer, Running>> it = running.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<Integer, Running> e = it.next();
                    Running r = e.getValue();
                    if (r.deadline() - now > 0) continue;
                    it.remove();
                    exclusive = false;
                    r.thread().interrupt();
                    abandoned.add(r.thread());
                    timedOut++;
                    processed++;
                    Outcome o = Outcome.failed(SummaryRow.notRead(r.input().display(), "", "", SummaryRow.Status.FAILED,
                            "time-out after " + r.allowance().describe(options.timeout()) + " (reading abandoned)"), false);
                    rows[e.getKey()] = finish(r.input(), o, version, state, writeErrors);
                    progress.finished(r.input(), o);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } finally {
            progress.close();
            state.close();
        }
        List<SummaryRow> all = Arrays.asList(rows);
        writeSummaries(dir, all, writeErrors);
        awaitStop(abandoned);
        return new BatchReport(all, processed, unchanged, timedOut, writeErrors);
    }

    /**
     * Inputs above this size run alone, so one big file cannot starve the others of memory:
     * a twentieth of the heap (a reader may need many times the file size), at least 8 MB.
     */
    static long bigInputBytes() {
        return Math.max(8L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 20);
    }

    private static long sizeOf(BatchInput in) {
        try {
            return Files.size(in.path());
        } catch (IOException e) {
            return 0;
        }
    }

    /** Runs a task; nothing it throws escapes (the task itself already turns failures into rows). */
    /**
     * Gives abandoned workers a few seconds in all to stop at their next interruption check before
     * the command goes on (and maybe exits): a worker inside native code (ONNX Runtime reading a
     * scanned page) crashes the JVM when the process exits under it, since ONNX Runtime's shutdown
     * hook frees its environment while the call runs. {@code batch} calls it once the summaries are
     * written, {@code check} and {@code extract} after a time-out.
     */
    public static void awaitStop(List<Thread> abandoned) {
        long until = System.nanoTime() + STOP_WAIT_NANOS;
        for (Thread t : abandoned) {
            long left = until - System.nanoTime();
            if (left <= 0) return;
            try {
                t.join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long STOP_WAIT_NANOS = 5_000_000_000L;

    private static Outcome callSafely(FileTask task, BatchInput in, TimeAllowance allowance) {
        try {
            return allowance.call(task);
        } catch (Throwable t) {
            return Outcome.failed(SummaryRow.notRead(in.display(), "", "", SummaryRow.Status.FAILED,
                    "internal error: " + t), false);
        }
    }

    /** Writes an input's JSON (coordinator only), records it in the journal, and returns its final row. */
    private SummaryRow finish(BatchInput in, Outcome o, String version, BatchState state, List<String> writeErrors) {
        SummaryRow row = o.row();
        if (o.reused()) return row;
        Path target = options.outputDir().resolve(in.output());
        try {
            if (o.json() != null) {
                AtomicFiles.write(target, o.json().getBytes(StandardCharsets.UTF_8));
            } else {
                Files.deleteIfExists(target); // a JSON from an earlier, different content would contradict the row
            }
        } catch (IOException e) {
            writeErrors.add(target + ": " + e.getMessage());
            row = SummaryRow.notRead(row.file(), row.sha256(), row.format(), SummaryRow.Status.FAILED,
                    "cannot write output " + target.getFileName() + ": " + e.getMessage());
            o = Outcome.failed(row, false);
        }
        try {
            state.append(new BatchState.Entry(in.output(), in.path().toAbsolutePath().normalize().toString(), row.sha256(), version, o.reusable(), row));
        } catch (IOException e) {
            writeErrors.add(BatchState.FILE_NAME + ": " + e.getMessage());
        }
        return row;
    }

    /** The reviewers' decisions kept beside the output (hecha serve writes them); none when unreadable, which is said. */
    private static ReviewDecisions decisions(Path dir, List<String> writeErrors) {
        try {
            return ReviewDecisions.read(dir);
        } catch (IOException e) {
            writeErrors.add(XLSX + ": written without the review decisions: " + e.getMessage());
            return ReviewDecisions.empty();
        }
    }

    private static void writeSummaries(Path dir, List<SummaryRow> rows, List<String> writeErrors) {
        try {
            SummaryCsv.write(dir.resolve(CSV), rows);
        } catch (IOException | RuntimeException e) {
            writeErrors.add(CSV + ": " + e);
        }
        try {
            SummaryXlsx.write(dir.resolve(XLSX), rows, decisions(dir, writeErrors));
        } catch (IOException | RuntimeException e) {
            writeErrors.add(XLSX + ": " + e);
        }
        try {
            SummaryHtml.write(dir.resolve(HTML), rows);
        } catch (IOException | RuntimeException e) {
            writeErrors.add(HTML + ": " + e);
        }
    }
}
