package io.hecha.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CheckCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void unreadableInputExitsThree(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.docx");
        Files.writeString(junk, "not a document");
        Run r = run("check", junk.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("junk.docx"), r.err());
        assertTrue(r.out().contains("unreadable"), r.out());
    }

    @Test
    void missingFileExitsThreeInJsonToo(@TempDir Path dir) {
        Run r = run("check", "--format", "json", dir.resolve("missing.docx").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.out().contains("\"error\""), r.out());
    }

    @Test
    void helpDocumentsExitCodes() {
        Run r = run("check", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("takes precedence"), r.out());
    }

    @Test
    void unknownFormatIsUsageError(@TempDir Path dir) {
        assertEquals(ExitCodes.USAGE, run("check", "--format", "xml", dir.resolve("a.docx").toString()).code());
    }
}
