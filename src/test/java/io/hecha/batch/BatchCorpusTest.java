package io.hecha.batch;

import io.hecha.TestFiles;
import io.hecha.cli.ExitCodes;
import io.hecha.cli.HechaCommand;
import io.hecha.output.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hecha batch} over the shared corpus (hostile and wild), the fixtures, and hostile files the
 * test makes (zip bomb, XXE, billion laughs, deep nesting, a huge image, a text file named .docx):
 * a row for every file, a clear reason for every one not read, the three summaries readable, and a
 * second run that skips everything as unchanged.
 */
class BatchCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyFileGetsARowAndEveryFailureAClearReason() throws Exception {
        Path made = Files.createDirectories(tmp.resolve("made"));
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "XXE-SECRET-7f3a9c");
        Files.writeString(made.resolve("notes.docx"), "这不是文档，只是一段文字。\nplain text with a .docx name\n");
        HostileFiles.zipBomb(made.resolve("zip-bomb.docx"), 300);
        HostileFiles.xxe(made.resolve("xxe-local-file.docx"), secret);
        HostileFiles.billionLaughs(made.resolve("billion-laughs.docx"));
        HostileFiles.nestedTables(made.resolve("nested-tables.docx"), 5000);
        HostileFiles.hugeImage(made.resolve("huge-image.docx"));
        for (String form : List.of("self-eval-form-sample.xlsx", "self-eval-form-sample.xls")) {
            byte[] whole = Files.readAllBytes(TestFiles.fixture(form));
            Files.write(made.resolve("truncated-" + form), java.util.Arrays.copyOf(whole, whole.length / 2));
        }
        assertTrue(Files.size(made.resolve("zip-bomb.docx")) < 2 * 1024 * 1024, "the bomb is small on disk");

        Path hostile = TestFiles.shared().resolve("corpus/hostile");
        Path wild = TestFiles.shared().resolve("corpus/wild");
        List<Path> roots = new ArrayList<>(List.of(hostile, wild, made));
        if (Files.isDirectory(TestFiles.fixtures())) roots.add(TestFiles.fixtures());
        int expected = 0;
        for (Path r : roots) expected += countVisibleFiles(r);

        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("batch", "-o", out.toString(), "--timeout", "240"));
        roots.forEach(r -> args.add(r.toString()));
        long t0 = System.nanoTime();
        Run run = run(args);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(run.code == ExitCodes.OK || run.code == ExitCodes.FINDINGS || run.code == ExitCodes.INCOMPLETE, run.err);
        assertTrue(seconds < 300, "batch took " + seconds + " s");

        Map<String, CSVRecord> rows = csvRows(out, expected);
        boolean anyErrors = rows.values().stream().anyMatch(r -> Integer.parseInt(r.get("errors")) > 0);
        boolean anyFailed = rows.values().stream().anyMatch(r -> r.get("status").equals("failed") || r.get("status").equals("not-checked"));
        assertEquals(anyFailed ? ExitCodes.INCOMPLETE : anyErrors ? ExitCodes.FINDINGS : ExitCodes.OK, run.code,
                "exit code: 6 when some input failed or was not checked, else it follows error findings");

        for (CSVRecord r : rows.values()) {
            String name = Path.of(r.get("file")).getFileName().toString();
            String status = r.get("status");
            String reason = r.get("reason");
            assertTrue(List.of("ok", "not-checked", "failed", "skipped").contains(status), name + ": " + status);
            if (status.equals("ok")) {
                assertTrue(Integer.parseInt(r.get("checked")) > 0, name + ": ok means some relation was checked");
            }
            if (!status.equals("ok") && !status.equals("not-checked")) {
                assertFalse(reason.isBlank(), name + " has no reason");
                assertFalse(reason.startsWith("internal error"), name + ": a parser bug, not a clear reason: " + reason);
                assertFalse(reason.startsWith("time-out"), name + ": " + reason);
                assertTrue(r.get("json").isEmpty(), name + ": a failed input has no JSON");
            } else {
                assertFalse(r.get("json").isEmpty(), name);
                Json.MAPPER.readTree(out.resolve(r.get("json")).toFile());
            }
        }

        // per category, where the category is known
        assertRow(rows, "pdfplumber-empty.pdf", "failed", "empty");
        for (String encrypted : List.of("poi-bug53475-password-is-pass.docx", "tika-testWORD_protected_passtika.docx",
                "pdfplumber-password-example.pdf")) {
            assertRow(rows, encrypted, "failed", "encrypted");
        }
        assertRow(rows, "notes.docx", "skipped", "not a document (detected text/plain)");
        assertRow(rows, "zip-bomb.docx", "failed", "zip bomb");
        assertRow(rows, "truncated-self-eval-form-sample.xlsx", "failed", "truncated or corrupt xlsx");
        assertRow(rows, "truncated-self-eval-form-sample.xls", "failed", "truncated or corrupt xls");
        for (CSVRecord r : rows.values()) assertFalse(r.get("reason").contains("\n"), "one-line reasons: " + r.get("reason"));
        assertRow(rows, "billion-laughs.docx", "failed", "");
        assertRow(rows, "poi-bookmarks.docx", "not-checked", "not recognised as an evaluation report (no mapping matched); no table or figure found");
        assertRow(rows, "mineru-small_ocr.pdf", "not-checked", "not recognised"); // a scan, read by OCR: an economics text, not a report
        if (rows.containsKey("tangshan-gxj-2024.docx")) {
            CSVRecord ref = rows.get("tangshan-gxj-2024.docx");
            assertEquals("部门整体支出绩效评价", ref.get("report_type"));
            assertEquals("2024", ref.get("year"));
            assertFalse(ref.get("subject").isBlank());
            assertEquals("", ref.get("reason"));
        }
        for (CSVRecord r : rows.values()) {
            String file = r.get("file");
            boolean document = file.matches("(?i).*\\.(docx|pdf|doc|xlsx|xls)$");
            if (file.startsWith(wild.toString()) && document) {
                assertTrue(List.of("ok", "not-checked").contains(r.get("status")), file + ": a real document must read: " + r.get("reason"));
            }
            if (file.startsWith(TestFiles.fixtures().toString()) && document) {
                assertEquals("ok", r.get("status"), file + ": " + r.get("reason"));
            }
        }

        // nothing from outside the document leaks into any output
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                assertFalse(text.contains("XXE-SECRET-7f3a9c"), p + " holds the content of a local file");
                assertFalse(text.contains("lollollollollollol"), p + " holds expanded entities");
            }
        }

        // the summaries open
        try (InputStream s = Files.newInputStream(out.resolve(BatchRunner.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertEquals(expected + 1, wb.getSheet("报告").getPhysicalNumberOfRows());
            assertTrue(wb.getSheet("问题").getPhysicalNumberOfRows() >= 1);
        }
        var html = Jsoup.parse(out.resolve(BatchRunner.HTML).toFile(), "UTF-8");
        assertEquals(expected, html.select("#reports tbody tr").size());

        // a second run skips everything as unchanged and rewrites no JSON
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) times.put(p, Files.getLastModifiedTime(p));
        }
        Run again = run(args);
        assertEquals(run.code, again.code);
        assertTrue(again.out.contains("0 read now, " + expected + " unchanged"), again.out);
        for (var e : times.entrySet()) assertEquals(e.getValue(), Files.getLastModifiedTime(e.getKey()), e.getKey().toString());
        assertEquals(expected, csvRows(out, expected).size());
    }

    private static void assertRow(Map<String, CSVRecord> rows, String name, String status, String reason) {
        CSVRecord r = rows.get(name);
        assertTrue(r != null, "no row for " + name);
        assertEquals(status, r.get("status"), name + ": " + r.get("reason"));
        assertTrue(r.get("reason").toLowerCase(Locale.ROOT).contains(reason),
                name + ": reason '" + r.get("reason") + "' does not say '" + reason + "'");
    }

    private static Map<String, CSVRecord> csvRows(Path out, int expected) throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve(BatchRunner.CSV));
        assertEquals("\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8), "CSV starts with a BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(expected, records.size(), "one row per input");
        Map<String, CSVRecord> byName = new LinkedHashMap<>();
        for (CSVRecord r : records) byName.put(Path.of(r.get("file")).getFileName().toString(), r);
        return byName;
    }

    private static int countVisibleFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return (int) s.filter(Files::isRegularFile)
                    .filter(p -> Stream.iterate(root.relativize(p), q -> q != null, Path::getParent)
                            .noneMatch(q -> q.getFileName().toString().startsWith(".")))
                    .count();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
