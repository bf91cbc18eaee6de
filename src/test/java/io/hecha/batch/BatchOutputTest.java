package io.hecha.batch;

import io.hecha.output.SummaryCsv;
import io.hecha.output.SummaryRow.Status;
import io.hecha.read.BadInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch's outputs: JSON names, the three summaries, resume and --force. Readers are faked. */
class BatchOutputTest {
    @TempDir
    Path tmp;
    Path in;
    Path out;
    final AtomicInteger calls = new AtomicInteger();

    final InputProcessor fake = (input, detected) -> {
        calls.incrementAndGet();
        String n = input.fileName();
        if (n.startsWith("bad")) throw new BadInputException(n, "encrypted: a password is required");
        if (n.startsWith("id")) return FakeResults.identified(input);
        return FakeResults.result(input, n.startsWith("err") ? 1 : 0, 0);
    };

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.createDirectories(in.resolve("2023"));
        Files.createDirectories(in.resolve("2024"));
        FakeResults.pdfLike(in, "id.pdf");
        FakeResults.pdfLike(in, "err.pdf");
        FakeResults.pdfLike(in, "bad.pdf");
        FakeResults.pdfLike(in.resolve("2023"), "same.pdf");
        FakeResults.pdfLike(in.resolve("2024"), "same.pdf");
        Files.writeString(in.resolve("readme.txt"), "hello");
        out = tmp.resolve("out");
    }

    private BatchReport run(boolean force) throws Exception {
        BatchOptions opts = new BatchOptions(out, 2, Duration.ofSeconds(30), 10 * 1024 * 1024, force, null, "");
        return new BatchRunner(opts, fake, new PrintWriter(new StringWriter()), false)
                .run(InputCollector.collect(List.of(in), out));
    }

    @Test
    void writesOneJsonPerDocumentAndTheThreeSummaries() throws Exception {
        BatchReport report = run(false);
        assertEquals(6, report.rows().size());
        assertTrue(report.hasErrorFindings());
        for (String json : List.of("id.pdf.json", "err.pdf.json", "2023__same.pdf.json", "2024__same.pdf.json")) {
            assertTrue(Files.isRegularFile(out.resolve(json)), json);
            io.hecha.output.Json.MAPPER.readTree(out.resolve(json).toFile());
        }
        assertFalse(Files.exists(out.resolve("bad.pdf.json")));
        assertFalse(Files.exists(out.resolve("readme.txt.json")));

        // CSV: BOM, header, a row per input, quoting survives commas, quotes and line breaks
        byte[] csvBytes = Files.readAllBytes(out.resolve(BatchRunner.CSV));
        assertEquals((byte) 0xEF, csvBytes[0]);
        assertEquals((byte) 0xBB, csvBytes[1]);
        assertEquals((byte) 0xBF, csvBytes[2]);
        String csv = new String(csvBytes, 3, csvBytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(6, records.size());
        Map<String, CSVRecord> byFile = new HashMap<>();
        for (CSVRecord r : records) byFile.put(Path.of(r.get("file")).getFileName().toString() + "@" + r.get("json"), r);
        CSVRecord id = byFile.get("id.pdf@id.pdf.json");
        assertEquals("某市某局, \"测试\"\n单位", id.get("subject"));
        assertEquals("88.5", id.get("score"));
        assertEquals("2024", id.get("year"));
        assertEquals("良", id.get("grade"));
        assertEquals("部门整体支出绩效评价", id.get("report_type"));
        assertEquals("1", id.get("errors"));
        assertEquals("1", id.get("warnings"));
        CSVRecord bad = byFile.get("bad.pdf@");
        assertEquals("failed", bad.get("status"));
        assertTrue(bad.get("reason").startsWith("encrypted"));
        CSVRecord txt = byFile.get("readme.txt@");
        assertEquals("skipped", txt.get("status"));
        assertEquals("not a document (detected text/plain)", txt.get("reason"));
        assertEquals(SummaryCsv.HEADER, records.get(0).getParser().getHeaderNames());

        // XLSX: both sheets, filters, frozen header, a row per input and per finding
        try (InputStream s = Files.newInputStream(out.resolve(BatchRunner.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            XSSFSheet reports = wb.getSheet("报告");
            assertEquals(6 + 1, reports.getPhysicalNumberOfRows());
            assertEquals("文件", reports.getRow(0).getCell(0).getStringCellValue());
            assertTrue(reports.getCTWorksheet().isSetAutoFilter());
            assertTrue(reports.getPaneInformation().isFreezePane());
            XSSFSheet findings = wb.getSheet("问题");
            // id: 1 error + 1 warning; err: 1 + 1; each same.pdf: 1 warning
            assertEquals(6 + 1, findings.getPhysicalNumberOfRows());
            assertTrue(findings.getCTWorksheet().isSetAutoFilter());
            assertTrue(findings.getPaneInformation().isFreezePane());
            assertTrue(findings.getColumnWidth(3) > findings.getColumnWidth(2), "message column wider than severity");
            assertTrue(text(findings).contains("合计 1,234.56（章节 二 > （一） · 表7 固定资产情况表"), text(findings));
        }

        // HTML: self-contained, a table row per input, findings with evidence, everything escaped
        String html = Files.readString(out.resolve(BatchRunner.HTML));
        var doc = Jsoup.parse(html);
        assertEquals(6, doc.select("#reports tbody tr").size());
        assertEquals(4, doc.select("section").size(), "a section per read report with findings");
        assertTrue(doc.select("q").stream().anyMatch(q -> q.text().equals("合计 1,234.56")));
        assertTrue(doc.select("script[src], link[href], img[src]").isEmpty(), "no external assets");
        assertTrue(html.contains("&quot;") || html.contains("\"测试\""), "quotes escaped or kept as text");
        assertFalse(html.contains("<测试"), "text never becomes markup");
    }

    private static String text(Sheet s) {
        StringBuilder b = new StringBuilder();
        s.forEach(r -> r.forEach(c -> b.append(c.toString()).append('\t')));
        return b.toString();
    }

    @Test
    void aRerunSkipsWhatIsUnchangedAndForceRedoesIt() throws Exception {
        run(false);
        int firstCalls = calls.get();
        assertEquals(5, firstCalls, "the text file is never handed to the processor");
        Map<String, FileTime> times = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) times.put(p.toString(), Files.getLastModifiedTime(p));
        }
        assertEquals(4, times.size());
        Thread.sleep(20);

        BatchReport second = run(false);
        assertEquals(0, second.processed());
        assertEquals(6, second.unchanged());
        assertEquals(firstCalls, calls.get());
        assertEquals(6, second.rows().size());
        assertEquals(Status.FAILED, second.rows().stream().filter(r -> r.file().endsWith("bad.pdf")).findFirst().orElseThrow().status());
        assertTrue(second.hasErrorFindings(), "rows of unchanged inputs keep their findings");
        for (var e : times.entrySet()) assertEquals(e.getValue(), Files.getLastModifiedTime(Path.of(e.getKey())), e.getKey());
        assertEquals(7, Jsoup.parse(Files.readString(out.resolve(BatchRunner.HTML))).select("#reports tr").size());

        // a changed input is redone, the rest stays
        Files.writeString(in.resolve("err.pdf"), "%PDF-1.4\n% changed\n");
        BatchReport third = run(false);
        assertEquals(1, third.processed());
        assertEquals(5, third.unchanged());

        // a deleted JSON is redone
        Files.delete(out.resolve("id.pdf.json"));
        assertEquals(1, run(false).processed());
        assertTrue(Files.exists(out.resolve("id.pdf.json")));

        BatchReport forced = run(true);
        assertEquals(6, forced.processed());
        assertEquals(0, forced.unchanged());
    }

    @Test
    void aTornJournalLineAndLeftoverTemporariesAreHarmless() throws Exception {
        run(false);
        Path journal = out.resolve(BatchState.FILE_NAME);
        Files.writeString(journal, "{\"output\":\"id.pdf.json\",\"sha", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve(".summary.csv12345.tmp"), "a user's file that looks like a temporary");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = out.resolve(".hecha-tmp-" + gone.pid() + "-0-12345.tmp");
        Files.writeString(dead, "half, left by a killed run");
        io.hecha.output.ProcessStamp self = io.hecha.output.ProcessStamp.current();
        Path live = out.resolve(".hecha-tmp-" + self.pid() + "-" + Long.toString(self.startMillis(), 36) + "-999.tmp");
        Files.writeString(live, "being written by a running hecha (here: this process)");
        BatchReport again = run(false);
        assertEquals(6, again.unchanged());
        assertFalse(Files.exists(dead), "a dead run's temporary is removed");
        assertTrue(Files.exists(live), "a running process's temporary is kept");
        assertTrue(Files.exists(out.resolve(".summary.csv12345.tmp")), "a user's file is never removed");
        assertEquals(6, Files.readAllLines(journal).size());
    }
}
