package io.hecha.read.pdf;

import io.hecha.TestFiles;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReaderTest {
    private static Path wild(String name) {
        return TestFiles.shared().resolve("corpus/wild").resolve(name);
    }

    private static Path hostile(String name) {
        return TestFiles.shared().resolve("corpus/hostile").resolve(name);
    }

    private static Document read(Path p) throws BadInputException {
        return new PdfReader().read(InputFile.of(p));
    }

    @Test
    void everyWildPdfReads() {
        for (Path p : TestFiles.corpus("wild", ".pdf")) {
            // 240 s: the wild scan (8 large pages) is read by OCR, some 10 s a page on a busy 2-core machine
            Document d = assertTimeoutPreemptively(java.time.Duration.ofSeconds(240), () -> Readers.read(p), p.toString());
            assertEquals("pdf", d.source().format(), p.toString());
            assertNotNull(d.source().pageCount(), p.toString());
        }
    }

    @Test
    void quarterlyReportTablesComeOutAsRectangularGrids() throws BadInputException {
        Document d = read(wild("pdfplumber-issue-67-example.pdf"));
        List<Table> tables = d.tables();
        assertTrue(tables.stream().filter(t -> t.columnCount() >= 3).count() >= 10, "tables: " + tables.size());
        for (Table t : tables) {
            for (List<String> row : t.grid()) assertEquals(t.columnCount(), row.size(), t.id());
            assertNotNull(t.provenance().page());
            assertNotNull(t.provenance().bbox());
            for (TableCell c : t.cells()) {
                assertNotNull(c.provenance().page(), t.id());
                assertNotNull(c.provenance().bbox(), t.id());
            }
        }
        // page 3, first table (checked against the rendered page)
        Table first = tables.get(0);
        assertEquals(3, first.provenance().page());
        assertEquals(4, first.columnCount());
        assertEquals("本报告期", first.text(0, 1));
        assertEquals("营业收入（元）", first.text(1, 0));
        assertEquals("4,755,785.11", first.text(1, 1));
        assertEquals("-16.55%", first.text(1, 3));
        assertEquals("上升5.72个百分点", first.text(7, 3).replace(" ", ""));
        // page 4: shareholder table with merged header cells
        Table holders = tables.stream().filter(t -> t.provenance().page() == 4).findFirst().orElseThrow();
        assertEquals("报告期末普通股股东总数", holders.text(0, 0));
        assertEquals(2, holders.cellAt(0, 0).colSpan());
        assertEquals("79,053", holders.text(0, 2));
        assertEquals("前10名股东持股情况", holders.text(1, 3));
        assertEquals(holders.columnCount(), holders.cellAt(1, 0).colSpan());
        // the consolidated balance sheet runs over pages 9-11 and is one table
        Table balance = tables.stream().filter(t -> t.provenance().page() == 9).findFirst().orElseThrow();
        assertEquals(3, balance.columnCount());
        assertEquals("项目", balance.text(0, 0));
        assertTrue(balance.rowCount() > 60, "rows: " + balance.rowCount());
        assertTrue(balance.grid().stream().anyMatch(r -> r.get(0).equals("资产总计") && r.get(1).equals("298,608,889.04")));
        assertTrue(balance.cells().stream().anyMatch(c -> c.provenance().page() == 11));
    }

    @Test
    void quarterlyReportParagraphsAndHeadings() throws BadInputException {
        Document d = read(wild("pdfplumber-issue-67-example.pdf"));
        List<Paragraph> ps = d.paragraphs();
        // running header and page numbers are gone
        assertTrue(ps.stream().noneMatch(p -> p.text().contains("2018年第一季度报告全文")));
        assertTrue(ps.stream().noneMatch(p -> p.text().matches("\\d+")));
        // a paragraph wrapped over three lines is one paragraph, without spaces
        assertTrue(ps.stream().anyMatch(p -> p.text().equals("公司董事会、监事会及董事、监事、高级管理人员保证季度报告内容的真实、"
                + "准确、完整，不存在虚假记载、误导性陈述或者重大遗漏，并承担个别和连带的法律责任。")));
        assertTrue(ps.stream().anyMatch(p -> p.isHeading() && p.text().equals("一、主要会计数据和财务指标")));
        assertTrue(ps.stream().anyMatch(p -> p.isHeading() && p.text().equals("（一）新增发行H股")));
        assertTrue(d.allSections().stream().anyMatch(s -> s.path().endsWith("二、 > （一）")));
        for (Paragraph p : ps) {
            assertNotNull(p.provenance().page());
            assertNotNull(p.provenance().bbox());
        }
    }

    @Test
    void outlineEntriesBecomeBookmarksAndHeadings() throws BadInputException {
        Document d = read(wild("tika-testPDF_bookmarks.pdf"));
        List<String> names = d.bookmarks().stream().map(b -> b.name()).toList();
        assertTrue(names.containsAll(List.of("Countries", "France", "Denmark bookmark is here")), names.toString());
        Paragraph denmark = d.paragraphs().stream().filter(p -> p.bookmarks().contains("Denmark bookmark is here"))
                .findFirst().orElseThrow();
        assertEquals("This is a page about Denmark", denmark.text());
        assertEquals(2, denmark.provenance().page());
        assertTrue(denmark.isHeading());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void scannedPdfIsReadByOcr() throws BadInputException {
        Document d = read(wild("mineru-small_ocr.pdf"));
        assertEquals("ok", d.source().status());
        assertFalse(d.paragraphs().isEmpty());
        assertTrue(d.diagnostics().stream().anyMatch(x -> x.code().equals("ocr.pages")), d.diagnostics().toString());
    }

    @Test
    void encryptedPdfNeedsItsPassword() throws BadInputException {
        InputFile in = InputFile.of(hostile("pdfplumber-password-example.pdf"));
        BadInputException none = assertThrows(BadInputException.class, () -> new PdfReader().read(in));
        assertEquals("encrypted: a password is required", none.reason());
        BadInputException wrong = assertThrows(BadInputException.class, () -> new PdfReader().read(in.withPassword("nope")));
        assertEquals("encrypted: wrong password", wrong.reason());
        Document d = new PdfReader().read(in.withPassword("test"));
        assertFalse(d.paragraphs().isEmpty());
    }

    @Test
    void hostilePdfsFailClearlyOrReadWithinBounds() {
        for (Path p : TestFiles.corpus("hostile", ".pdf")) {
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
                try {
                    Document d = Readers.read(p);
                    assertNotNull(d.source());
                } catch (BadInputException e) {
                    assertTrue(e.getMessage().startsWith(p.getFileName().toString() + ": "), e.getMessage());
                    assertFalse(e.reason().isBlank());
                }
            }, p.toString());
        }
    }

    @Test
    void zeroBytesAndGarbageAreBadInput() {
        BadInputException empty = assertThrows(BadInputException.class,
                () -> new PdfReader().read(new InputFile("x.pdf", new byte[0], null)));
        assertTrue(empty.reason().contains("empty"));
        BadInputException junk = assertThrows(BadInputException.class,
                () -> new PdfReader().read(new InputFile("y.pdf", "%PDF-1.4\nnot really".getBytes(), null)));
        assertTrue(junk.reason().startsWith("not a readable PDF"), junk.reason());
    }
}
