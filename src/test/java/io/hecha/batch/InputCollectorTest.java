package io.hecha.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputCollectorTest {
    @TempDir
    Path tmp;

    @Test
    void namesAreUniqueStableAndLeaveOutHiddenFilesAndOurOutputs() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.createDirectories(a.resolve("2024/sub"));
        Files.createDirectories(a.resolve(".git"));
        Files.writeString(a.resolve("r.docx"), "x");
        Files.writeString(a.resolve("2024/sub/r.docx"), "x");
        Files.writeString(a.resolve(".hidden.docx"), "x");
        Files.writeString(a.resolve(".git/config"), "x");
        Files.writeString(b.resolve("r.docx"), "x");
        Path out = Files.createDirectories(a.resolve("output"));
        Files.writeString(out.resolve("r.docx.json"), "{}");

        List<BatchInput> inputs = InputCollector.collect(List.of(a, b, a.resolve("r.docx")), out);
        List<String> names = inputs.stream().map(BatchInput::output).toList();
        assertEquals(List.of(".git.json", ".hidden.docx.json", "2024__sub__r.docx.json", "a__r.docx.json", "b__r.docx.json"), names);
        assertEquals("hidden folder (name starts with a dot; not searched)", inputs.get(0).skipped(), "one row for .git, none for its files");
        assertEquals("hidden file (name starts with a dot)", inputs.get(1).skipped());
        assertEquals(a.resolve("2024/sub/r.docx").toString(), inputs.get(2).display());
        assertEquals("", inputs.get(2).skipped());
        assertEquals(names, InputCollector.collect(List.of(a, b), out).stream().map(BatchInput::output).toList());

        List<BatchInput> single = InputCollector.collect(List.of(a.resolve("r.docx")), out);
        assertEquals("r.docx.json", single.get(0).output());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> InputCollector.collect(List.of(tmp.resolve("nope")), out));
    }

    @Test
    void ownJsonOutputsAreLeftOutAndGlobsIncludeOrExclude() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.createDirectories(a.resolve("2023"));
        for (String n : List.of("r.docx", "r.docx.json", "notes.json", "2023/old.pdf", "2023/old.pdf.json", "x.txt")) {
            Files.writeString(a.resolve(n), "x");
        }
        Path out = tmp.resolve("out");
        InputCollector.Inputs all = InputCollector.scan(List.of(a), out, InputFilter.DEFAULT);
        assertEquals(List.of("2023/old.pdf", "notes.json", "r.docx", "x.txt"), relative(a, all));
        assertEquals(2, all.excluded());

        InputCollector.Inputs some = InputCollector.scan(List.of(a), out,
                new InputFilter(List.of(), List.of("*.txt", "2023/**")));
        assertEquals(List.of("notes.json", "r.docx"), relative(a, some));
        assertEquals(4, some.excluded());

        InputCollector.Inputs only = InputCollector.scan(List.of(a), out, new InputFilter(List.of("*.pdf.json"), List.of()));
        assertEquals(List.of("2023/old.pdf.json"), relative(a, only), "an include names the JSON explicitly");

        // a file named on the command line is taken whatever the filter says
        assertEquals(1, InputCollector.scan(List.of(a.resolve("r.docx.json")), out, InputFilter.DEFAULT).inputs().size());
        assertThrows(IllegalArgumentException.class, () -> new InputFilter(List.of("[a-"), List.of()));
    }

    @Test
    void theFixturesFolderHoldsOnlyDocuments() throws Exception {
        // the README's `./hecha batch fixtures -o output`: every input a document a reader claims
        List<BatchInput> inputs = InputCollector.collect(List.of(io.hecha.TestFiles.fixtures()), tmp.resolve("out"));
        assertFalse(inputs.isEmpty());
        for (BatchInput in : inputs) {
            var file = new io.hecha.read.InputFile(in.path().getFileName().toString(), Files.readAllBytes(in.path()), null);
            assertTrue(io.hecha.read.Readers.detect(file).format() != io.hecha.read.Format.UNKNOWN, in.display());
        }
    }

    private static List<String> relative(Path root, InputCollector.Inputs found) {
        return found.inputs().stream().map(i -> root.relativize(i.path()).toString().replace('\\', '/')).toList();
    }

    @Test
    void symbolicLinksOutOfTheFolderAreNotFollowed() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.docx"), "x");
        Files.writeString(a.resolve("in.docx"), "x");
        Files.createSymbolicLink(a.resolve("out-file.docx"), outside.resolve("secret.docx"));
        Files.createSymbolicLink(a.resolve("out-dir"), outside);
        Files.createSymbolicLink(a.resolve("same.docx"), a.resolve("in.docx"));
        Files.createSymbolicLink(a.resolve("broken.docx"), tmp.resolve("nowhere.docx"));
        java.util.Map<String, String> skipped = new java.util.TreeMap<>();
        for (BatchInput in : InputCollector.collect(List.of(a), tmp.resolve("out"))) {
            skipped.put(in.path().getFileName().toString(), in.skipped());
        }
        assertEquals("broken symbolic link (its target does not exist)", skipped.get("broken.docx"));
        assertEquals("", skipped.get("in.docx"));
        assertEquals("symbolic link out of the input folder (not followed)", skipped.get("out-dir"));
        assertEquals("symbolic link out of the input folder (not followed)", skipped.get("out-file.docx"));
        assertEquals("", skipped.get("same.docx"), "a link to a file inside the folder is read");
        assertEquals(5, skipped.size(), skipped.toString());
    }

    @Test
    void controlCharactersInNamesAreEscaped() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("evil\n[99:99] fake\u001b[2J.docx"), "x");
        BatchInput in = InputCollector.collect(List.of(a), tmp.resolve("out")).get(0);
        assertEquals(a.resolve("evil\\x0A[99:99] fake\\x1B[2J.docx").toString(), in.display());
        assertEquals("evil%0A[99:99] fake%1B[2J.docx.json", in.output());
    }

    @Test
    void veryLongPathsGiveShortNames() throws Exception {
        Path deep = tmp;
        for (int i = 0; i < 12; i++) deep = Files.createDirectories(deep.resolve("很长的文件夹名称第" + i + "层"));
        Files.writeString(deep.resolve("报告.docx"), "x");
        BatchInput in = InputCollector.collect(List.of(tmp), tmp.resolve("out")).get(0);
        assertTrue(in.output().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 220, in.output());
        assertTrue(in.output().endsWith("报告.docx.json"), in.output());
    }
}
