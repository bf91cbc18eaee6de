package io.hecha.batch;

import io.hecha.output.SummaryRow;
import io.hecha.output.SummaryRow.Status;
import io.hecha.read.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way one input can fail ends in its row with the reason, and the batch goes on. */
class BatchIsolationTest {
    @TempDir
    Path tmp;

    private static final AtomicBoolean RELEASE = new AtomicBoolean();

    /** A processor whose behaviour is named by the input's file name. */
    private static final InputProcessor MISCHIEF = (in, detected) -> {
        String n = in.fileName();
        if (n.startsWith("hang")) {
            // a parser stuck in a loop that ignores interrupts, finishing long after its deadline
            while (!RELEASE.get()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException ignored) {
                    // swallowed, as a stuck parser would
                }
            }
            return FakeResults.result(in, 0, 0);
        }
        if (n.startsWith("deep")) return recurse(0);
        if (n.startsWith("oom")) throw new OutOfMemoryError("Java heap space");
        if (n.startsWith("bug")) throw new IllegalStateException("parser bug");
        if (n.startsWith("bad")) throw new BadInputException(n, "truncated: the file ends inside a record");
        if (n.startsWith("linkage")) throw new NoClassDefFoundError("org/example/Missing");
        return FakeResults.result(in, n.startsWith("err") ? 2 : 0, 0);
    };

    private static io.hecha.pipeline.Result recurse(int depth) {
        return recurse(depth + 1);
    }

    @Test
    void everyFailureBecomesARowAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String n : List.of("a-ok.pdf", "bad.pdf", "bug.pdf", "deep.pdf", "err.pdf", "hang.pdf", "linkage.pdf",
                "oom.pdf", "z-ok.pdf")) {
            FakeResults.pdfLike(in, n);
        }
        Files.writeString(in.resolve("notes.docx"), "just some text, not a document");
        Files.write(in.resolve("big.pdf"), new byte[2 * 1024 * 1024]);
        Files.writeString(in.resolve(".hidden.pdf"), "%PDF-1.4\n");
        Path out = tmp.resolve("out");
        RELEASE.set(false);
        BatchOptions opts = new BatchOptions(out, 2, Duration.ofSeconds(5), 1024 * 1024, false, null, "");
        StringWriter progress = new StringWriter();
        long t0 = System.nanoTime();
        BatchReport report = new BatchRunner(opts, MISCHIEF, new PrintWriter(progress), false)
                .run(InputCollector.collect(List.of(in), out));
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        assertTrue(seconds < 30, "took " + seconds + " s");

        Map<String, SummaryRow> rows = report.rows().stream()
                .collect(Collectors.toMap(r -> Path.of(r.file()).getFileName().toString(), Function.identity()));
        assertEquals(12, rows.size(), "one row per input, the hidden file's saying so: " + rows.keySet());
        assertRow(rows, ".hidden.pdf", Status.SKIPPED, "hidden file (name starts with a dot)");
        assertRow(rows, "a-ok.pdf", Status.OK, "");
        assertRow(rows, "z-ok.pdf", Status.OK, "");
        assertRow(rows, "err.pdf", Status.OK, "");
        assertEquals(2, rows.get("err.pdf").errors());
        assertEquals(1, rows.get("err.pdf").warnings());
        assertRow(rows, "bad.pdf", Status.FAILED, "truncated");
        assertRow(rows, "bug.pdf", Status.FAILED, "internal error");
        assertRow(rows, "linkage.pdf", Status.FAILED, "internal error");
        assertRow(rows, "deep.pdf", Status.FAILED, "deeply nested");
        assertRow(rows, "oom.pdf", Status.FAILED, "out of memory");
        assertRow(rows, "hang.pdf", Status.FAILED, "time-out after 5 s");
        assertRow(rows, "big.pdf", Status.FAILED, "too large");
        assertRow(rows, "notes.docx", Status.SKIPPED, "not a document (detected text/plain)");
        assertEquals(1, report.timedOut());
        assertTrue(report.hasErrorFindings());

        assertTrue(Files.isRegularFile(out.resolve("a-ok.pdf.json")));
        assertTrue(Files.isRegularFile(out.resolve("err.pdf.json")));
        assertFalse(Files.exists(out.resolve("bad.pdf.json")));
        // the abandoned worker finishes later: it must not write anything
        RELEASE.set(true);
        Thread.sleep(500);
        assertFalse(Files.exists(out.resolve("hang.pdf.json")), "an abandoned worker wrote output");
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        String log = progress.toString();
        assertTrue(log.contains("[12/12]"), log);
        assertTrue(log.contains("hang.pdf — failed: time-out"), log);
    }

    private static void assertRow(Map<String, SummaryRow> rows, String name, Status status, String reason) {
        SummaryRow r = rows.get(name);
        assertTrue(r != null, "no row for " + name);
        assertEquals(status, r.status(), name + ": " + r.reason());
        assertTrue(r.reason().contains(reason), name + ": reason '" + r.reason() + "' lacks '" + reason + "'");
        if (status != Status.OK) assertFalse(r.reason().isBlank(), name);
    }

    @Test
    void aBigInputRunsAlone() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("big-in"));
        for (int i = 0; i < 6; i++) FakeResults.pdfLike(in, "s" + i + ".pdf");
        Path big = FakeResults.pdfLike(in, "s3-big.pdf");
        Files.write(big, new byte[64 * 1024], java.nio.file.StandardOpenOption.APPEND);
        java.util.concurrent.atomic.AtomicInteger now = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> beside = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean bigRunning = new java.util.concurrent.atomic.AtomicBoolean();
        InputProcessor p = (input, detected) -> {
            boolean isBig = input.fileName().contains("big");
            if (isBig) bigRunning.set(true);
            int n = now.incrementAndGet();
            most.accumulateAndGet(n, Math::max);
            if (bigRunning.get() && !isBig) beside.add(input.fileName());
            if (isBig && n > 1) beside.add("started beside others");
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            if (isBig) bigRunning.set(false);
            return FakeResults.result(input, 0, 0);
        };
        Path out = tmp.resolve("big-out");
        BatchOptions opts = new BatchOptions(out, 3, Duration.ofSeconds(30), 1024 * 1024, false, null, "");
        BatchReport report = new BatchRunner(opts, p, new PrintWriter(new StringWriter()), false)
                .withBigInputBytes(32 * 1024).run(InputCollector.collect(List.of(in), out));
        assertEquals(7, report.count(Status.OK));
        assertTrue(most.get() >= 2, "small inputs do run side by side");
        assertTrue(beside.isEmpty(), "the big input ran beside " + beside);
    }
}
