package io.hecha.cli;

import io.hecha.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hecha locate} and {@code hecha extract}, black-box through output and exit code. */
class LocateCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String fixture() {
        return TestFiles.fixture("tangshan-gxj-2024.docx").toString();
    }

    @Test
    void bookmarkOnASentencePrintsTheSentence() {
        Run r = run("locate", fixture(), "--bookmark", "_Toc26370");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("净值合计1363.97万元"), r.out());
        assertEquals(1, r.out().strip().lines().count(), "only the bookmarked paragraph: " + r.out());
    }

    @Test
    void bookmarksWorkOnAPdfThatCarriesThemAsNamedDestinations() {
        String pdf = TestFiles.fixture("tangshan-gxj-2024.pdf").toString();
        Run sentence = run("locate", pdf, "--bookmark", "_Toc26370");
        assertEquals(ExitCodes.OK, sentence.code(), sentence.err());
        assertTrue(sentence.out().contains("净值合计1363.97万元"), sentence.out());
        assertEquals(1, sentence.out().strip().lines().count(), "only the bookmarked paragraph: " + sentence.out());
        Run heading = run("locate", pdf, "--bookmark", "_Toc22359");
        assertEquals(ExitCodes.OK, heading.code(), heading.err());
        assertTrue(heading.out().startsWith("（二）资产情况"), heading.out());
        assertTrue(heading.out().contains("表7"), heading.out());
    }

    @Test
    void headingPrintsItsWholeSectionWithTheTable() {
        Run r = run("locate", fixture(), "--heading", "资产情况");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("（二）资产情况"), r.out());
        assertTrue(r.out().contains("表7  固定资产情况表"), r.out());
        assertTrue(r.out().contains("合计 | 2303.82 | 1369.97"), r.out());
        assertFalse(r.out().contains("财政资金使用管理情况"), "stops at the next section: " + r.out());
    }

    @Test
    void headingWithNumberAndSpacesMatchesToo() {
        Run r = run("locate", fixture(), "--heading", "（二） 资产 情况");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("（二）资产情况"), r.out());
    }

    @Test
    void bookmarkOnAHeadingGivesTheSection() {
        Run r = run("locate", fixture(), "--bookmark", "_Toc22359");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("（二）资产情况"), r.out());
        assertTrue(r.out().contains("表7"), r.out());
    }

    @Test
    void tableAsJson() {
        Run r = run("locate", fixture(), "--table", "表7", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("\"kind\" : \"table\""), r.out());
        assertTrue(r.out().contains("\"caption\" : \"表7  固定资产情况表\""), r.out());
        assertTrue(r.out().contains("\"columnCount\" : 3"), r.out());
    }

    @Test
    void notFoundExitsFive() {
        Run r = run("locate", fixture(), "--heading", "没有这个标题");
        assertEquals(ExitCodes.NOT_FOUND, r.code());
        assertTrue(r.err().contains("没有这个标题"), r.err());
        assertEquals(ExitCodes.NOT_FOUND, run("locate", fixture(), "--bookmark", "_NoSuch").code());
        assertEquals(ExitCodes.NOT_FOUND, run("locate", fixture(), "--table", "表99").code());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("locate", fixture()).code(), "no query");
        assertEquals(ExitCodes.USAGE, run("locate", fixture(), "--table", "表7", "--heading", "x").code(), "two queries");
        assertEquals(ExitCodes.USAGE, run("locate", fixture(), "--table", "表7", "--format", "xml").code());
    }

    @Test
    void unreadableInputExitsThreeNamingFileAndReason(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("report.docx");
        Files.writeString(fake, "this is plain text, not a Word document");
        Run r = run("locate", fake.toString(), "--table", "表7");
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.err().contains("report.docx: not a"), r.err());

        Run e = run("extract", "-o", dir.resolve("out").toString(), fake.toString());
        assertEquals(ExitCodes.UNREADABLE, e.code());
        assertTrue(e.err().contains("report.docx: not a"), e.err());
        assertFalse(e.err().contains("at io.hecha"), "no stack trace without --debug: " + e.err());
    }

    @Test
    void extractWritesTheJson(@TempDir Path dir) throws Exception {
        Run r = run("extract", "-o", dir.toString(), fixture());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String json = Files.readString(dir.resolve("tangshan-gxj-2024.docx.json"));
        assertTrue(json.contains("\"id\" : \"表7\""));
        assertTrue(json.contains("\"name\" : \"_Toc26370\""));
    }
}
