package io.hecha.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(List.of("2024__sub__r.docx.json", "a__r.docx.json", "b__r.docx.json"), names);
        assertEquals(a.resolve("2024/sub/r.docx").toString(), inputs.get(0).display());
        assertEquals(names, InputCollector.collect(List.of(a, b), out).stream().map(BatchInput::output).toList());

        List<BatchInput> single = InputCollector.collect(List.of(a.resolve("r.docx")), out);
        assertEquals("r.docx.json", single.get(0).output());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> InputCollector.collect(List.of(tmp.resolve("nope")), out));
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
