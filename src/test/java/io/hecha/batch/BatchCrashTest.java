package io.hecha.batch;

import io.hecha.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a batch midway ({@code destroyForcibly}, i.e. SIGKILL, in a child JVM) and checks that no
 * output file is half-written — only dot-prefixed temporaries may be — and that a rerun completes,
 * reusing what the killed run finished.
 */
class BatchCrashTest {
    @TempDir
    Path tmp;

    @Test
    void killingABatchLeavesNoHalfWrittenFileAndARerunCompletes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int n = 40;
        for (int i = 0; i < n; i++) FakeResults.pdfLike(in, String.format("r%03d.pdf", i));
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SlowBatchMain.class.getName(), in.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path journal = out.resolve(BatchState.FILE_NAME);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (lines(journal) < 4) {
                if (!child.isAlive()) fail("the child ended before it was killed: " + Files.readString(tmp.resolve("child.log")));
                if (System.nanoTime() > deadline) fail("the child wrote nothing in 60 s: " + Files.readString(tmp.resolve("child.log")));
                Thread.sleep(20);
            }
            Thread.sleep(137); // land somewhere inside the next write
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(lines(journal) < n, "the child finished before it was killed");

        int jsons = 0;
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) continue;
                assertTrue(name.endsWith(".json"), "unexpected file " + name);
                Json.MAPPER.readTree(p.toFile()); // throws on a half-written file
                jsons++;
            }
        }
        assertTrue(jsons >= 4, "finished inputs keep their JSON: " + jsons);

        BatchOptions opts = new BatchOptions(out, 2, Duration.ofSeconds(60), 10 * 1024 * 1024, false, null, "");
        BatchReport rerun = new BatchRunner(opts, SlowBatchMain.SLOW, new PrintWriter(new StringWriter()), false)
                .run(InputCollector.collect(List.of(in), out));
        assertEquals(n, rerun.rows().size());
        assertEquals(n, rerun.processed() + rerun.unchanged());
        assertTrue(rerun.unchanged() >= 4, "what the killed run finished is reused: " + rerun.unchanged());
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(x -> x.endsWith(".tmp")), "temporaries cleaned: " + names);
            assertEquals(n, names.stream().filter(x -> x.endsWith(".pdf.json")).count());
            assertTrue(names.containsAll(List.of(BatchRunner.CSV, BatchRunner.XLSX, BatchRunner.HTML)));
        }
    }

    private static long lines(Path p) throws Exception {
        if (!Files.exists(p)) return 0;
        try (Stream<String> s = Files.lines(p)) {
            return s.filter(l -> l.endsWith("}")).count();
        }
    }
}
