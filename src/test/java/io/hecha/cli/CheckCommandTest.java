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
        assertTrue(r.out().contains("junk.docx: unreadable: not a document"), r.out());
        assertFalse(r.err().contains("junk.docx"), "said once, in the report: " + r.err());
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
    void referenceExitsOneWithItsSingleErrorAndEvidence() {
        Run r = run("check", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString());
        assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(1, java.util.Arrays.stream(lines).filter(l -> l.startsWith("ERROR ")).count(), r.out());
        assertTrue(r.out().contains("ERROR fixed-assets.net-value — "), r.out());
        assertTrue(r.out().contains("evidence: 截至2024年底，唐山市工信局固定资产原值合计2303.82万元"), r.out());
        assertTrue(r.out().contains("values: 1363.97, 2303.82, 933.85, 1369.97; expected [1369.965, 1369.975]; actual 1363.97"), r.out());
        assertTrue(lines[0].startsWith("== ") && lines[0].contains(": 1 error, "), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("1 file: 1 error, "), lines[lines.length - 1]);
    }

    @Test
    void correctedExitsZero() {
        Run r = run("check", io.hecha.TestFiles.fixture("tangshan-gxj-2024-corrected.docx").toString());
        assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("ERROR "), r.out());
    }

    @Test
    void jsonGroupsFindingsPerFile() throws Exception {
        Run r = run("check", "--format", "json", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString(),
                io.hecha.TestFiles.fixture("tangshan-gxj-2024-corrected.docx").toString());
        assertEquals(ExitCodes.FINDINGS, r.code());
        var tree = io.hecha.output.Json.MAPPER.readTree(r.out());
        assertEquals(2, tree.size());
        var first = tree.get(0).get("findings");
        var errors = new java.util.ArrayList<com.fasterxml.jackson.databind.JsonNode>();
        first.forEach(f -> { if (f.get("severity").asText().equals("error")) errors.add(f); });
        assertEquals(1, errors.size());
        assertEquals("fixed-assets.net-value", errors.get(0).get("rule").asText());
        assertEquals("1363.97", errors.get(0).get("actual").asText());
        assertEquals("表7", errors.get(0).get("evidence").get(1).get("location").get("table").asText());
        tree.get(1).get("findings").forEach(f -> assertNotEquals("error", f.get("severity").asText()));
    }

    @Test
    void unreadableTakesPrecedenceOverErrors(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.7 truncated");
        Run r = run("check", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString(), junk.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("ERROR fixed-assets.net-value"), "the readable file is still reported: " + r.out());
    }

    @Test
    void badMappingIsUsageError(@TempDir Path dir) throws Exception {
        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, "this: [is not a mapping");
        Run r = run("check", "--mapping", mapping.toString(), io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("bad mapping"), r.err());
    }

    @Test
    void unknownFormatIsUsageError(@TempDir Path dir) {
        assertEquals(ExitCodes.USAGE, run("check", "--format", "xml", dir.resolve("a.docx").toString()).code());
    }

    @Test
    void eachFileSaysWhatWasChecked() throws Exception {
        Run r = run("check", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString());
        String first = r.out().split("\n")[0];
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; checked (\\d+) relations in (\\d+) tables and (\\d+) sentences$")
                .matcher(first);
        assertTrue(m.find(), first);
        assertTrue(Integer.parseInt(m.group(1)) >= 100 && Integer.parseInt(m.group(2)) >= 5 && Integer.parseInt(m.group(3)) >= 1, first);
        Run json = run("check", "--format", "json", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString());
        var coverage = io.hecha.output.Json.MAPPER.readTree(json.out()).get(0).get("coverage");
        assertEquals("checked", coverage.get("status").asText());
        assertEquals(Integer.parseInt(m.group(1)), coverage.get("relations").asInt());
        int perRule = 0;
        for (var n : coverage.get("byRule")) perRule += n.asInt();
        assertEquals(coverage.get("relations").asInt(), perRule, "every relation is counted under its rule once");
        assertTrue(coverage.get("byRule").has("fixed-assets.net-value"), coverage.toString());
        assertTrue(coverage.get("byTable").has("#/tables/6"), "表7 is the assets table: " + coverage);
    }

    /** A document with no number in it (a real Word file written elsewhere) is read but not checked: exit 8, the reason said. */
    @Test
    void aDocumentWithNothingToCheckIsNotChecked() throws Exception {
        Path nothing = io.hecha.TestFiles.shared().resolve("corpus/wild/poi-bookmarks.docx");
        Run r = run("check", nothing.toString());
        assertEquals(ExitCodes.NOT_CHECKED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("poi-bookmarks.docx: 0 errors, 0 warnings; not checked: no table or figure found"), r.out());
        assertTrue(r.out().contains("some input not checked"), r.out());
        Run json = run("check", "--format", "json", nothing.toString());
        var coverage = io.hecha.output.Json.MAPPER.readTree(json.out()).get(0).get("coverage");
        assertEquals("not-checked", coverage.get("status").asText());
        assertEquals("no table or figure found", coverage.get("reason").asText());
        assertEquals(0, coverage.get("relations").asInt());
        // not checked outranks errors elsewhere (the check is incomplete); unreadable outranks it
        assertEquals(ExitCodes.NOT_CHECKED, run("check", io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString(),
                nothing.toString()).code());
        assertEquals(ExitCodes.UNREADABLE, run("check", nothing.toString(), nothing.resolveSibling("missing.docx").toString()).code());
    }
}
