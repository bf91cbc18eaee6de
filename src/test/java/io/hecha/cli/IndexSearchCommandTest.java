package io.hecha.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hecha.TestFiles;
import io.hecha.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hecha index} and {@code hecha search}, black-box through output and exit code. */
class IndexSearchCommandTest {
    @TempDir
    Path tmp;

    static LocateCommandTest.Run run(String... args) {
        return LocateCommandTest.run(args);
    }

    /** Two result JSONs (goldens) copied into a folder of their own (so the test may change them). */
    private Path reports() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        for (String f : List.of("project-eval-sample.docx", "self-eval-form-sample.docx")) {
            Files.copy(TestFiles.golden(f), dir.resolve(f + ".json"));
        }
        return dir;
    }

    /** The number of golden result files: other fixtures come and go, so it is counted, never written down. */
    static long goldens() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.goldens())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
        }
    }

    @Test
    void indexingAnUnchangedFolderAgainAddsNothing() throws IOException {
        long n = goldens();
        Path index = tmp.resolve("index");
        LocateCommandTest.Run first = run("index", TestFiles.goldens().toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertTrue(first.out().contains(n + " added, 0 replaced, 0 unchanged, 0 skipped (not documents), 0 failed"), first.out());
        assertTrue(first.err().contains("[1/" + n + "]"), "progress, one line per input when not on a terminal: " + first.err());
        LocateCommandTest.Run again = run("index", TestFiles.goldens().toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("0 added, 0 replaced, " + n + " unchanged"), again.out());
        assertTrue(again.out().contains("holds " + n + " reports"), again.out());
        LocateCommandTest.Run rebuilt = run("index", TestFiles.goldens().toString(), "--index", index.toString(), "--rebuild");
        assertTrue(rebuilt.out().contains(n + " added, 0 replaced, 0 unchanged"), rebuilt.out());
    }

    @Test
    void aChangedFileReplacesItsEntryAndARemovedOneGoes() throws IOException {
        Path dir = reports();
        Path index = tmp.resolve("index");
        assertEquals(ExitCodes.OK, run("index", dir.toString(), "--index", index.toString()).code());
        assertEquals(ExitCodes.NOT_FOUND, run("search", index.toString(), "独一无二检索词").code());

        Path changed = dir.resolve("project-eval-sample.docx.json");
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(changed.toFile());
        ObjectNode para = ((ArrayNode) json.get("paragraphs")).addObject();
        para.put("text", "补充说明：独一无二检索词出现在这一段。").put("number", "").put("style", "").put("headingLevel", 0);
        para.putArray("bookmarks");
        para.putObject("provenance").put("index", 999).put("section", "附件");
        Files.writeString(changed, Json.toText(json));

        LocateCommandTest.Run r = run("index", dir.toString(), "--index", index.toString());
        assertTrue(r.out().contains("0 added, 1 replaced, 1 unchanged"), r.out());
        assertTrue(r.out().contains("holds 2 reports"), r.out());
        LocateCommandTest.Run found = run("search", index.toString(), "独一无二检索词", "--format", "json");
        assertEquals(ExitCodes.OK, found.code(), found.err());
        JsonNode hits = Json.MAPPER.readTree(found.out());
        assertEquals(1, hits.get("total").asInt());
        JsonNode snippet = hits.at("/hits/0/snippets/0");
        assertEquals("附件", snippet.at("/location/sectionPath").asText());
        assertEquals("#/paragraphs/" + (json.get("paragraphs").size() - 1), snippet.at("/location/ref").asText());
        assertEquals(List.of(5, 12), List.of(snippet.at("/highlights/0/0").asInt(), snippet.at("/highlights/0/1").asInt()));

        Files.delete(dir.resolve("self-eval-form-sample.docx.json"));
        LocateCommandTest.Run gone = run("index", dir.toString(), "--index", index.toString());
        assertTrue(gone.out().contains("1 removed") && gone.out().contains("holds 1 reports"), gone.out());
    }

    @Test
    void searchPrintsHitsSnippetsAndFacets() throws IOException {
        Path index = tmp.resolve("index");
        run("index", reports().toString(), "--index", index.toString());
        LocateCommandTest.Run r = run("search", index.toString(), "执行率", "--facet", "type,year", "--where", "year=2024");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("2 reports match"), r.out());
        assertTrue(r.out().contains("预算【执行率】89.71%"), "a word inside a longer one is found: " + r.out());
        assertTrue(r.out().contains("[table-1 项目资金（万元）/"), "a cell hit says its table and labels: " + r.out());
        assertTrue(r.out().contains("year: 2024 (2)"), r.out());
        // 预算执行率 scored 4.49 of 5 (0.898) in one report, 9.47 of 10 (0.947) in the other
        LocateCommandTest.Run ind = run("search", index.toString(), "--indicator", "预算执行率", "--below", "0.9");
        assertEquals(ExitCodes.OK, ind.code(), ind.err());
        assertTrue(ind.out().startsWith("1 report matches") && ind.out().contains("project-eval-sample.docx"), ind.out());
        assertTrue(ind.out().contains("指标 预算执行率: 分值 5, 得分 4.49, 得分率 89.8%"), ind.out());
        LocateCommandTest.Run both = run("search", index.toString(), "--indicator", "预算执行率", "--below", "0.95");
        assertTrue(both.out().startsWith("2 reports match"), both.out());
    }

    @Test
    void exitCodesForNothingFoundBadUsageAndNoIndex() throws IOException {
        Path index = tmp.resolve("index");
        run("index", reports().toString(), "--index", index.toString());
        assertEquals(ExitCodes.NOT_FOUND, run("search", index.toString(), "--where", "year<2000").code());
        LocateCommandTest.Run bad = run("search", index.toString(), "--where", "year>>2000");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("--where"), bad.err());
        assertEquals(ExitCodes.USAGE, run("search", index.toString(), "--below", "0.5").code());
        assertEquals(ExitCodes.USAGE, run("search", index.toString(), "--facet", "colour").code());
        LocateCommandTest.Run none = run("search", tmp.resolve("nothing").toString(), "绩效");
        assertEquals(ExitCodes.UNREADABLE, none.code());
        assertTrue(none.err().contains("no hecha index in"), none.err());
        assertEquals(ExitCodes.USAGE, run("index", tmp.resolve("missing").toString(), "--index", index.toString()).code());
    }

    @Test
    void aDamagedIndexGivesAClearErrorNotAStackTrace() throws IOException {
        Path index = tmp.resolve("index");
        Path dir = reports();
        run("index", dir.toString(), "--index", index.toString());
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().equals("write.lock")) continue;
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
            }
        }
        LocateCommandTest.Run search = run("search", index.toString(), "绩效");
        assertEquals(ExitCodes.UNREADABLE, search.code(), search.out() + search.err());
        assertTrue(search.err().startsWith("hecha: the index in " + index + " is damaged"), search.err());
        assertFalse(search.err().contains("\tat "), "no stack trace: " + search.err());
        LocateCommandTest.Run index2 = run("index", dir.toString(), "--index", index.toString());
        assertEquals(ExitCodes.UNREADABLE, index2.code());
        assertTrue(index2.err().contains("is damaged"), index2.err());
    }
}
