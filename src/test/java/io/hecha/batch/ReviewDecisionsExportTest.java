package io.hecha.batch;

import io.hecha.output.FindingRow;
import io.hecha.output.ReviewDecisions;
import io.hecha.output.ReviewDecisions.Decision;
import io.hecha.output.ReviewDecisions.Verdict;
import io.hecha.output.SummaryRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review decisions beside a batch output: kept by finding content and shown in sheet 问题 of the XLSX. */
class ReviewDecisionsExportTest {
    @TempDir
    Path tmp;

    @Test
    void aDecisionIsExportedAndKeptByARerunOfAChangedDocument() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        FakeResults.pdfLike(in, "a.pdf");
        Path out = tmp.resolve("out");
        SummaryRow row = run(in, out, false).rows().get(0);
        FindingRow error = row.findings().get(0);
        FindingRow warning = row.findings().get(1);
        ReviewDecisions.empty()
                .with(row.output(), error.key(), new Decision(Verdict.DISMISSED, "表7口径不同，非错误", error.rule(),
                        error.location(), error.values(), "2026-12-02T00:00:00Z"))
                .write(out);

        // the document changes (new hash) but its finding does not: the decision stands
        Files.writeString(in.resolve("a.pdf"), "%PDF-1.4\n% edited\n%%EOF\n");
        SummaryRow again = run(in, out, false).rows().get(0);
        assertNotEquals(row.sha256(), again.sha256());
        assertEquals(error.key(), again.findings().get(0).key());
        try (InputStream s = Files.newInputStream(out.resolve(BatchRunner.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            XSSFSheet sheet = wb.getSheet("问题");
            Row header = sheet.getRow(0);
            int verdict = header.getLastCellNum() - 2;
            assertEquals("审核", header.getCell(verdict).getStringCellValue());
            assertEquals("审核意见", header.getCell(verdict + 1).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(error.rule(), first.getCell(1).getStringCellValue());
            assertEquals("驳回", first.getCell(verdict).getStringCellValue());
            assertEquals("表7口径不同，非错误", first.getCell(verdict + 1).getStringCellValue());
            Row second = sheet.getRow(2);
            assertEquals(warning.rule(), second.getCell(1).getStringCellValue());
            assertEquals("", second.getCell(verdict).getStringCellValue());
        }
    }

    @Test
    void keysDependOnRuleLocationAndValuesOnly() {
        FindingRow a = new FindingRow("r", "error", "消息一", "表7 · 第6行第3列", List.of("1.0", "2.0"), "[1,2]", "3", List.of());
        FindingRow sameButWorded = new FindingRow("r", "warning", "消息二", "表7 · 第6行第3列", List.of("1.0", "2.0"), "", "", List.of());
        assertEquals(a.key(), sameButWorded.key());
        assertNotEquals(a.key(), new FindingRow("r", "error", "", "表7 · 第6行第3列", List.of("1.0", "2.1"), "", "", List.of()).key());
        assertNotEquals(a.key(), new FindingRow("r", "error", "", "表7 · 第5行第3列", List.of("1.0", "2.0"), "", "", List.of()).key());
        assertNotEquals(a.key(), new FindingRow("q", "error", "", "表7 · 第6行第3列", List.of("1.0", "2.0"), "", "", List.of()).key());
        // the separator keeps ("a","bc") and ("ab","c") apart
        assertNotEquals(new FindingRow("r", "", "", "", List.of("a", "bc"), "", "", List.of()).key(),
                new FindingRow("r", "", "", "", List.of("ab", "c"), "", "", List.of()).key());
    }

    @Test
    void roundTripsAndRefusesAMalformedFile() throws Exception {
        ReviewDecisions d = ReviewDecisions.empty()
                .with("a.json", "k1", new Decision(Verdict.CONFIRMED, "属实", "r", "loc", List.of("1"), "t"))
                .with("a.json", "k2", new Decision(Verdict.DISMISSED, "", "r", "loc", List.of(), "t"));
        d.write(tmp);
        ReviewDecisions back = ReviewDecisions.read(tmp);
        assertEquals(d.get("a.json", "k1"), back.get("a.json", "k1"));
        assertEquals(Verdict.DISMISSED, back.get("a.json", "k2").verdict());
        assertNull(back.without("a.json", "k2").get("a.json", "k2"));
        assertTrue(back.without("a.json", "k1").without("a.json", "k2").isEmpty());
        assertTrue(Files.list(tmp).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));

        Files.writeString(tmp.resolve(ReviewDecisions.FILE_NAME), "{\"reports\": {\"a.json\": {\"k\": {\"decision\": \"maybe\"}}}}");
        assertThrows(java.io.IOException.class, () -> ReviewDecisions.read(tmp));
        Files.writeString(tmp.resolve(ReviewDecisions.FILE_NAME), "{not json");
        assertThrows(java.io.IOException.class, () -> ReviewDecisions.read(tmp));
    }

    private static BatchReport run(Path in, Path out, boolean force) throws Exception {
        BatchOptions opts = new BatchOptions(out, 1, Duration.ofSeconds(30), 1 << 20, force, null, "");
        return new BatchRunner(opts, (input, detected) -> FakeResults.result(input, 1, 0),
                new PrintWriter(new StringWriter()), false).run(InputCollector.collect(List.of(in), out));
    }
}
