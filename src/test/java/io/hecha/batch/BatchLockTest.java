package io.hecha.batch;

import io.hecha.cli.ExitCodes;
import io.hecha.cli.HechaCommand;
import io.hecha.output.ProcessStamp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two batches into one output folder: the second refuses (exit code 7) or waits ({@code --wait}),
 * and the first one's summaries are complete; a stale lock (dead pid, or a reused pid) is taken
 * over. Black-box through the command line, the first batch in a child JVM.
 */
class BatchLockTest {
    private static final int INPUTS = 40;

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run batch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), err.toString());
    }

    private Path inputs(String name) throws Exception {
        Path in = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < INPUTS; i++) FakeResults.pdfLike(in, String.format("r%03d.pdf", i));
        return in;
    }

    /** Starts a slow batch in a child JVM and returns once it holds the lock and has written something. */
    private Process slowBatch(Path in, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = tmp.resolve("child-" + System.nanoTime() + ".log");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SlowBatchMain.class.getName(), in.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (journalLines(out) < 2) {
            if (!child.isAlive()) fail("the child ended too soon: " + Files.readString(log));
            if (System.nanoTime() > deadline) fail("the child wrote nothing in 60 s: " + Files.readString(log));
            Thread.sleep(10);
        }
        return child;
    }

    @Test
    void aSecondBatchIntoTheSameFolderRefusesAndTheFirstCompletes() throws Exception {
        Path in = inputs("in");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("note.txt"), "a different batch's input");
        Path out = tmp.resolve("out");
        Process first = slowBatch(in, out);
        try {
            Run second = batch("-o", out.toString(), other.toString());
            assertTrue(first.isAlive(), "the first batch was still running when the second was refused");
            assertEquals(ExitCodes.BUSY, second.code(), second.out() + second.err());
            assertTrue(second.err().contains("is in use by the batch of process " + first.pid()), second.err());
            assertTrue(second.err().contains("--wait"), second.err());
            assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the first batch ends");
        } finally {
            first.destroyForcibly();
        }
        assertEquals(0, first.exitValue());
        List<CSVRecord> rows = csv(out);
        assertEquals(INPUTS, rows.size(), "the first batch's summary has all its rows and none of the second's");
        assertTrue(rows.stream().allMatch(r -> r.get("file").contains("r0")), rows.toString());
        assertEquals(INPUTS, journalLines(out));
        assertEquals("", Files.readString(out.resolve(BatchLock.FILE_NAME)), "the lock is released");
    }

    @Test
    void withWaitTheSecondBatchRunsWhenTheFirstEnds() throws Exception {
        Path in = inputs("in");
        Path out = tmp.resolve("out");
        Process first = slowBatch(in, out);
        Run second;
        try {
            second = batch("--wait", "-o", out.toString(), in.toString());
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        } finally {
            first.destroyForcibly();
        }
        assertEquals(0, first.exitValue());
        assertTrue(second.err().contains("waiting for the batch of process " + first.pid()), second.err());
        assertTrue(second.code() != ExitCodes.BUSY && second.code() != ExitCodes.INTERNAL, second.out() + second.err());
        assertEquals(INPUTS, csv(out).size());
    }

    @Test
    void aStaleLockIsTakenOver() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "not a document");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path lock = out.resolve(BatchLock.FILE_NAME);

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(lock, "pid=" + gone.pid() + "\nstarted=1000\n");
        Run dead = batch("-o", out.toString(), in.toString());
        assertEquals(ExitCodes.OK, dead.code(), "a dead holder's lock is taken over: " + dead.err());

        ProcessStamp self = ProcessStamp.current();
        Files.writeString(lock, "pid=" + self.pid() + "\nstarted=" + (self.startMillis() - 3_600_000) + "\n");
        Run reused = batch("-o", out.toString(), in.toString());
        assertEquals(ExitCodes.OK, reused.code(), "a live pid with another start time is a reused pid: " + reused.err());
        assertEquals("", Files.readString(lock));
    }

    @Test
    void aLiveHolderNamedInTheFileIsRespectedEvenWithoutAnOsLock() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "not a document");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            long started = sleeper.info().startInstant().orElseThrow().toEpochMilli();
            Files.writeString(out.resolve(BatchLock.FILE_NAME), "pid=" + sleeper.pid() + "\nstarted=" + started + "\n");
            Run r = batch("-o", out.toString(), in.toString());
            assertEquals(ExitCodes.BUSY, r.code(), r.err());
            assertTrue(r.err().contains("process " + sleeper.pid()), r.err());
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        assertEquals(ExitCodes.OK, batch("-o", out.toString(), in.toString()).code(), "its end frees the folder");
    }

    @Test
    void twoBatchesOfOneProcessExcludeEachOther() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "not a document");
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (BatchLock held = BatchLock.acquire(out, false, null)) {
            Run r = batch("-o", out.toString(), in.toString());
            assertEquals(ExitCodes.BUSY, r.code(), r.err());
            assertTrue(r.err().contains("process " + ProcessHandle.current().pid()), r.err());
        }
        assertEquals(ExitCodes.OK, batch("-o", out.toString(), in.toString()).code());
    }

    private static List<CSVRecord> csv(Path out) throws Exception {
        String text = Files.readString(out.resolve(BatchRunner.CSV), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
    }

    private static long journalLines(Path out) throws Exception {
        Path p = out.resolve(BatchState.FILE_NAME);
        if (!Files.exists(p)) return 0;
        try (Stream<String> s = Files.lines(p)) {
            return s.filter(l -> l.endsWith("}")).count();
        }
    }
}
