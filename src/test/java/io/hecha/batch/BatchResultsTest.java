package io.hecha.batch;

import io.hecha.output.SummaryRow.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only view of a batch output: one entry per input, with the original's absolute path. */
class BatchResultsTest {
    @TempDir
    Path tmp;

    @Test
    void listsEveryInputWithItsSourceAndNeverWrites() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path ok = FakeResults.pdfLike(in, "ok.pdf");
        Files.writeString(in.resolve("notes.txt"), "hello");
        Path out = tmp.resolve("out");
        BatchOptions opts = new BatchOptions(out, 1, Duration.ofSeconds(30), 1 << 20, false, null, "");
        new BatchRunner(opts, (input, detected) -> FakeResults.result(input, 1, 0),
                new PrintWriter(new StringWriter()), false).run(InputCollector.collect(List.of(in), out));

        Path journal = out.resolve(BatchResults.JOURNAL);
        long before = Files.getLastModifiedTime(journal).toMillis();
        Map<String, BatchResults.Entry> byOutput = BatchResults.read(out).stream()
                .collect(Collectors.toMap(BatchResults.Entry::output, Function.identity()));
        assertEquals(2, byOutput.size());
        BatchResults.Entry e = byOutput.get("ok.pdf.json");
        assertEquals(ok.toAbsolutePath().normalize(), e.source());
        assertEquals(Status.OK, e.row().status());
        assertEquals(1, e.row().errors());
        assertEquals(64, e.sha256().length());
        assertEquals(Status.SKIPPED, byOutput.get("notes.txt.json").row().status());
        assertEquals(before, Files.getLastModifiedTime(journal).toMillis());
    }

    @Test
    void anOutputFolderWithoutAJournalHasNoEntries() {
        assertTrue(BatchResults.read(tmp).isEmpty());
    }
}
