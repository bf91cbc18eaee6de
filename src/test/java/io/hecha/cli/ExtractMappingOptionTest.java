package io.hecha.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hecha extract --mapping FILE}: a malformed mapping is a usage error naming file, line and key. */
class ExtractMappingOptionTest {
    @Test
    void malformedMappingIsRejectedWithFileLineAndKey(@TempDir Path out) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(o), new PrintWriter(e), "extract",
                "--mapping", "src/test/resources/mappings-bad/unknown-key.yaml", "-o", out.toString(),
                "fixtures/tangshan-gxj-2024.docx");
        assertEquals(ExitCodes.USAGE, code, o + "" + e);
        assertTrue(e.toString().contains("unknown-key.yaml:6"), e.toString());
        assertTrue(e.toString().contains("report.score.heading"), e.toString());
    }

    @Test
    void checkAcceptsTheOptionToo() {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(o), new PrintWriter(e), "check",
                "--mapping", "src/test/resources/mappings-bad/bad-pattern.yaml", "fixtures/tangshan-gxj-2024.docx");
        assertEquals(ExitCodes.USAGE, code, o + "" + e);
        assertTrue(e.toString().contains("bad-pattern.yaml:4"), e.toString());
    }

    @Test
    void forcedMappingIsUsed(@TempDir Path out) throws Exception {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = HechaCommand.execute(new PrintWriter(o), new PrintWriter(e), "extract",
                "--mapping", "mappings/项目支出绩效评价.yaml", "-o", out.toString(), "fixtures/tangshan-gxj-2024.docx");
        assertEquals(ExitCodes.OK, code, o + "" + e);
        String json = java.nio.file.Files.readString(out.resolve("tangshan-gxj-2024.docx.json"));
        assertTrue(json.contains("\"mapping\" : \"项目支出绩效评价.yaml\""), json.substring(0, 200));
        assertTrue(json.contains("\"type\" : \"项目支出绩效评价\""));
        assertTrue(json.contains("\"mappingVersion\" : 2"));
    }
}
