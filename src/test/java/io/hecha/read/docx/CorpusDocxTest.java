package io.hecha.read.docx;

import io.hecha.TestFiles;
import io.hecha.model.Block;
import io.hecha.model.Bookmark;
import io.hecha.model.Document;
import io.hecha.model.Paragraph;
import io.hecha.model.Table;
import io.hecha.model.TableCell;
import io.hecha.read.BadInputException;
import io.hecha.read.InputFile;
import io.hecha.read.Readers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DOCX files of the shared corpus: real-world ones read cleanly, hostile ones fail with a reason. */
class CorpusDocxTest {
    static Path wild(String name) {
        return TestFiles.shared().resolve("corpus/wild").resolve(name);
    }

    static Path hostile(String name) {
        return TestFiles.shared().resolve("corpus/hostile").resolve(name);
    }

    @TestFactory
    Stream<DynamicTest> everyWildDocxReadsWithRectangularGrids() {
        List<Path> files = TestFiles.corpus("wild", ".docx");
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Document d = Readers.read(f);
            assertEquals("docx", d.source().format());
            assertFalse(d.blocks().isEmpty());
            for (Table t : d.tables()) assertRectangular(t);
            for (Bookmark b : d.bookmarks()) {
                assertTrue(b.firstBlock() >= 0 && b.firstBlock() <= b.lastBlock() && b.lastBlock() < d.blocks().size(),
                        b.toString());
            }
        }));
    }

    static void assertRectangular(Table t) {
        int width = t.columnCount();
        for (List<String> row : t.grid()) assertEquals(width, row.size(), t.id() + " row width");
        for (TableCell c : t.cells()) {
            assertTrue(c.row() + c.rowSpan() <= t.rowCount() && c.column() + c.colSpan() <= width, t.id() + " " + c);
            assertEquals(c.text(), t.text(c.row() + c.rowSpan() - 1, c.column() + c.colSpan() - 1),
                    "a merged cell's text stands in every position it covers");
            for (Table n : c.nestedTables()) assertRectangular(n);
        }
    }

    @Test
    void manyMergedCellsAreResolved() throws BadInputException {
        Document d = Readers.read(wild("poi-bug65649.docx"));
        long merged = d.tables().stream().flatMap(t -> t.cells().stream())
                .filter(c -> c.rowSpan() > 1 || c.colSpan() > 1).count();
        assertTrue(merged > 1000, "merged cells: " + merged);
    }

    @Test
    void bookmarksOfPoiBookmarksDocx() throws BadInputException {
        // word/document.xml holds w:bookmarkStart names "poi" (on the title) and "xwpf" (on the sentence)
        Document d = Readers.read(wild("poi-bookmarks.docx"));
        assertEquals(List.of("poi", "xwpf"), d.bookmarks().stream().map(Bookmark::name).toList());
        Bookmark xwpf = d.bookmarks().get(1);
        Paragraph p = (Paragraph) d.blocks().get(xwpf.firstBlock());
        assertTrue(p.text().contains("having bookmarks"), p.text());
        assertTrue(p.bookmarks().contains("xwpf"));
    }

    @Test
    void trackedChangesOf58067AreAccepted() throws BadInputException {
        // the file deletes "This is another Test." and the word "only " (w:del/w:delText) and inserts paragraphs
        Document d = Readers.read(wild("poi-58067.docx"));
        String text = d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        assertFalse(text.contains("another Test"), text);
        assertFalse(text.contains("only"), text);
        assertTrue(text.contains("This is a whole paragraph where one word is deleted."), text);
        assertTrue(text.contains("This is a test."), text);
        assertTrue(text.contains("\n5\n"), text);
    }

    @Test
    void numberedListRendersAsWordShowsIt() throws BadInputException {
        // Tika's numbered-list sample: nested formats, a start of 6, restarts, skipped ("missing") levels
        Document d = Readers.read(wild("tika-testWORD_numbered_list.docx"));
        List<String> shown = d.paragraphs().stream().filter(p -> !p.number().isEmpty())
                .map(Paragraph::displayText).toList();
        for (String expected : List.of("1)This", "a)Is", "i)A multi", "ii)Level", "iii)List", "2)foo", "II.bar",
                "6.six", "7.seven", "a.seven a", "e.seven e", "2.A ii 2", "3.page break list 3",
                "Some-1-CrazyFormatGreek numbering with crazy format - alpha", "1.1.1.1.1.1", "2.2.", "2.1.2.1")) {
            assertTrue(shown.contains(expected), expected + " not in " + shown);
        }
        assertEquals("Intervening table", d.tables().get(0).text(0, 0));
        assertTrue(d.tables().get(0).text(0, 1).startsWith("1.Within cell 1\na.Cell a\nb.Cell b"), d.tables().get(0).text(0, 1));
    }

    @Test
    void chineseReportWithAutoNumberingTocAndCharts() throws BadInputException {
        Document d = Readers.read(wild("mineru-docx_01.docx"));
        assertEquals(2, d.charts().size());
        assertFalse(d.allSections().isEmpty());
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p && p.style().toLowerCase().startsWith("toc")) {
                assertEquals(0, p.headingLevel(), "TOC entry as heading: " + p.text());
            }
        }
        assertTrue(d.bookmarks().stream().anyMatch(b -> b.name().startsWith("_Toc")));
    }

    @Test
    void hostileDocxFailWithAReason() {
        assertReason(hostile("poi-truncated62886.docx"), "truncated or corrupt");
        assertReason(hostile("tika-testWORD_truncated.docx"), "not a DOCX");
        assertReason(hostile("poi-bug53475-password-is-pass.docx"), "encrypted: a password is required");
        assertReason(hostile("tika-testWORD_protected_passtika.docx"), "encrypted: a password is required");
        // a DTD with an external entity: refused before anything could be resolved
        assertReason(hostile("poi-ExternalEntityInText.docx"), "DTD");
    }

    @Test
    void encryptedDocxOpensWithThePassword() throws Exception {
        InputFile in = InputFile.of(hostile("poi-bug53475-password-is-pass.docx"));
        Document d = Readers.read(in.withPassword("pass"));
        assertFalse(d.blocks().isEmpty());
        BadInputException e = assertThrows(BadInputException.class, () -> Readers.read(in.withPassword("nope")));
        assertEquals("encrypted: wrong password", e.reason());
    }

    @TestFactory
    Stream<DynamicTest> fuzzedDocxNeverThrowAnythingElse() {
        return TestFiles.corpus("hostile", ".docx").stream().map(f -> DynamicTest.dynamicTest(
                f.getFileName().toString(), () -> {
                    try {
                        Readers.read(f);
                    } catch (BadInputException e) {
                        assertTrue(e.getMessage().startsWith(f.getFileName().toString() + ": "), e.getMessage());
                    }
                }));
    }

    private static void assertReason(Path file, String expected) {
        BadInputException e = assertThrows(BadInputException.class, () -> Readers.read(file));
        assertTrue(e.reason().contains(expected), e.getMessage());
        assertEquals(file.getFileName().toString(), e.fileName());
    }
}
