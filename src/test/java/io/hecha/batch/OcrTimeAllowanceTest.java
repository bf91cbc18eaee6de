package io.hecha.batch;

import io.hecha.TestFiles;
import io.hecha.cli.HechaCommand;
import io.hecha.read.ocr.ScannedPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned page takes seconds of OCR: {@code batch} and {@code check} with {@code --timeout 1}
 * still read a one-page scan, since each page sent to OCR adds 30 s to the limit, while a text
 * document's limit stays what was asked.
 */
class OcrTimeAllowanceTest {
    @Test
    void aScannedPageEarnsTimeBeyondTheLimit(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // a page rendered at a resolution no other test uses, so no cached reading makes it quick
        ScannedPdf.write(TestFiles.fixture("tangshan-gxj-2024.pdf"), in.resolve("scan.pdf"), 170, List.of(3));
        StringWriter out = new StringWriter(), err = new StringWriter();
        long t0 = System.nanoTime();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err),
                "batch", in.toString(), "-o", tmp.resolve("out").toString(), "--timeout", "1");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String summary = Files.readString(tmp.resolve("out/summary.csv"));
        assertFalse(summary.contains("time-out"), summary + err);
        assertNotEquals(io.hecha.cli.ExitCodes.INCOMPLETE, code, out + "\n" + err);
        assertTrue(Files.isRegularFile(tmp.resolve("out/scan.pdf.json")), out + "\n" + err);
        System.out.printf("OcrTimeAllowanceTest: one scanned page in %.1f s under --timeout 1%n", seconds);
        StringWriter cOut = new StringWriter(), cErr = new StringWriter();
        int checked = HechaCommand.execute(new PrintWriter(cOut), new PrintWriter(cErr),
                "check", "--timeout", "1", in.resolve("scan.pdf").toString());
        assertNotEquals(io.hecha.cli.ExitCodes.UNREADABLE, checked, cOut + "\n" + cErr);
        assertEquals(-1, (cOut + cErr.toString()).indexOf("time-out"), cOut + "\n" + cErr);
    }
}
