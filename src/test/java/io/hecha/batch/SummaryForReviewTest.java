package io.hecha.batch;

import io.hecha.read.BadInputException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summaries as a reviewer uses them, read back with POI and jsoup: numbers are typed cells in
 * their printed format, reports with errors come first and are marked, rows link to their JSON and
 * findings to their report, evidence wraps; the page states the difference beside the interval.
 */
class SummaryForReviewTest {
    @TempDir
    Path tmp;

    /** a-clean: 0 errors; b-two: 2 errors; c-bad: fails; d-id: 1 error and a report identity; e-one: 1 error. */
    private final InputProcessor fake = (input, detected) -> {
        String n = input.fileName();
        if (n.startsWith("c-bad")) throw new BadInputException(n, "encrypted: a password is required");
        if (n.startsWith("d-id")) return FakeResults.identified(input);
        int errors = n.startsWith("b-two") ? 2 : n.startsWith("e-one") ? 1 : 0;
        return FakeResults.result(input, errors, 0);
    };

    private Path batch() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String n : List.of("a-clean.pdf", "b-two.pdf", "c-bad.pdf", "d-id.pdf", "e-one.pdf")) FakeResults.pdfLike(in, n);
        Path out = tmp.resolve("out");
        BatchOptions opts = new BatchOptions(out, 2, Duration.ofSeconds(30), 10 * 1024 * 1024, false, null, "");
        new BatchRunner(opts, fake, new PrintWriter(new StringWriter()), false).run(InputCollector.collect(List.of(in), out));
        return out;
    }

    private static String name(Row r) {
        return Path.of(r.getCell(0).getStringCellValue()).getFileName().toString();
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : header) m.put(c.getStringCellValue(), c.getColumnIndex());
        return m;
    }

    @Test
    void theWorkbookHasTypedNumbersSortedMarkedAndLinkedRows() throws Exception {
        Path out = batch();
        try (InputStream s = Files.newInputStream(out.resolve(BatchRunner.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            XSSFSheet reports = wb.getSheet("报告");
            List<String> order = new ArrayList<>();
            for (int i = 1; i <= 5; i++) order.add(name(reports.getRow(i)));
            // errors first (most first), then warnings, then the failed input, then the rest in input order;
            // every fake result has one warning
            assertEquals(List.of("b-two.pdf", "d-id.pdf", "e-one.pdf", "a-clean.pdf", "c-bad.pdf"), order);

            Map<String, Integer> rc = columns(reports.getRow(0));
            Row id = reports.getRow(2);
            Cell year = id.getCell(rc.get("年度"));
            assertEquals(CellType.NUMERIC, year.getCellType());
            assertEquals(2024.0, year.getNumericCellValue());
            assertEquals("0", year.getCellStyle().getDataFormatString());
            Cell score = id.getCell(rc.get("得分"));
            assertEquals(CellType.NUMERIC, score.getCellType());
            assertEquals(88.5, score.getNumericCellValue());
            assertEquals("0.0", score.getCellStyle().getDataFormatString(), "the score keeps its one printed decimal");
            assertEquals(CellType.NUMERIC, id.getCell(rc.get("错误数")).getCellType());
            assertEquals(CellType.NUMERIC, id.getCell(rc.get("警告数")).getCellType());
            assertEquals(CellType.STRING, id.getCell(rc.get("被评价单位")).getCellType());

            assertEquals(FillPatternType.SOLID_FOREGROUND, reports.getRow(1).getCell(0).getCellStyle().getFillPattern(),
                    "a report with errors is marked");
            assertEquals(FillPatternType.NO_FILL, reports.getRow(5).getCell(0).getCellStyle().getFillPattern(),
                    "a failed input without findings is not marked as having errors");

            Cell json = id.getCell(rc.get("JSON"));
            assertNotNull(json.getHyperlink(), "each report row links to its JSON");
            assertEquals(HyperlinkType.FILE, json.getHyperlink().getType());
            assertEquals("d-id.pdf.json", json.getHyperlink().getAddress());
            assertTrue(Files.isRegularFile(out.resolve(json.getHyperlink().getAddress())));
            assertEquals(null, reports.getRow(5).getCell(rc.get("JSON")).getHyperlink(), "no JSON, no link");

            XSSFSheet findings = wb.getSheet("问题");
            Map<String, Integer> fc = columns(findings.getRow(0));
            assertEquals(fc.get("审核") + 1, (int) fc.get("审核意见"));
            assertEquals(findings.getRow(0).getLastCellNum() - 1, (int) fc.get("审核意见"), "the reviewer's columns last");
            Row first = findings.getRow(1);
            assertEquals("b-two.pdf", name(first), "findings follow the report order");
            assertEquals("error", first.getCell(fc.get("严重程度")).getStringCellValue());
            Cell link = first.getCell(fc.get("文件"));
            assertEquals(HyperlinkType.DOCUMENT, link.getHyperlink().getType());
            assertEquals("'报告'!A2", link.getHyperlink().getAddress(), "a finding links to its report's row");
            Row d = null;
            for (Row r : findings) if (r.getRowNum() > 0 && name(r).equals("d-id.pdf")) { d = r; break; }
            assertNotNull(d);
            assertEquals("'报告'!A3", d.getCell(fc.get("文件")).getHyperlink().getAddress());

            // printed 1230.00 against the computed [1234.555, 1234.565]: numbers in the printed format
            Cell printed = first.getCell(fc.get("报告值"));
            assertEquals(CellType.NUMERIC, printed.getCellType());
            assertEquals(1230.0, printed.getNumericCellValue());
            assertEquals("0.00", printed.getCellStyle().getDataFormatString());
            Cell computed = first.getCell(fc.get("计算值"));
            assertEquals(CellType.NUMERIC, computed.getCellType());
            assertEquals(1234.56, computed.getNumericCellValue(), 1e-9);
            Cell diff = first.getCell(fc.get("差"));
            assertEquals(4.56, diff.getNumericCellValue(), 1e-9);
            assertEquals("0.00", diff.getCellStyle().getDataFormatString());
            assertEquals("[1234.555, 1234.565]", first.getCell(fc.get("计算区间")).getStringCellValue());
            Cell v1 = first.getCell(fc.get("数值1"));
            assertEquals(CellType.NUMERIC, v1.getCellType());
            assertEquals(1234.56, v1.getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", v1.getCellStyle().getDataFormatString(), "printed 1,234.56 keeps its separator");
            assertEquals(1230.0, first.getCell(fc.get("数值2")).getNumericCellValue(), 1e-9);
            Cell page = first.getCell(fc.get("页"));
            assertEquals(CellType.NUMERIC, page.getCellType());
            assertEquals(4.0, page.getNumericCellValue());
            assertTrue(first.getCell(fc.get("依据")).getCellStyle().getWrapText(), "evidence wraps");

            // a warning without numbers: text stays text, no computed value
            Row warning = null;
            for (Row r : findings) if (r.getRowNum() > 0 && "warning".equals(r.getCell(fc.get("严重程度")).getStringCellValue())) { warning = r; break; }
            assertNotNull(warning);
            assertEquals(null, warning.getCell(fc.get("计算值")));
        }
    }

    @Test
    void thePageIsSortedHighlightedFilterableAndStatesTheDifference() throws Exception {
        Path out = batch();
        var doc = Jsoup.parse(Files.readString(out.resolve(BatchRunner.HTML)));
        var rows = doc.select("#reports tbody tr");
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).text().contains("b-two.pdf"), rows.get(0).text());
        assertTrue(rows.get(0).hasClass("has-errors"));
        assertFalse(rows.get(3).hasClass("has-errors"), rows.get(3).text());
        assertEquals("d-id.pdf.json", rows.get(1).select("a[href$=.json]").attr("href"));
        assertNotNull(doc.selectFirst("input#only-errors[type=checkbox]"), "a 'has errors' filter");
        assertTrue(doc.select("script").html().contains("has-errors"), "the filter keeps rows with errors");
        assertTrue(doc.select("section.report.has-errors").size() >= 3);
        assertTrue(doc.select(".interval").stream().anyMatch(e -> e.text().equals("[1234.555, 1234.565]")));
        assertTrue(doc.select(".diff").stream().anyMatch(e -> e.text().equals("差 4.56")), doc.select(".diff").text());
        String where = doc.select("section.report td").eachText().stream().filter(t -> t.contains("固定资产情况表")).findFirst().orElse("");
        assertEquals(1, where.split("表7", -1).length - 1, "the caption is not doubled: " + where);
    }
}
